import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { DatasetLine } from '../dataset-files.js';

/** The non-empty lines of an NDJSON file, numbered from 1, named by the file's base name (its ids derive from it). */
export function readNdjsonFile(path: string): DatasetLine[] {
  const file = basename(path);
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((text, index) => ({ file, line: index + 1, text }))
    .filter(({ text }) => text.trim() !== '');
}

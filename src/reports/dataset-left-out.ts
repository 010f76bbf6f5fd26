import { readFileSync } from 'node:fs';
import type { DatasetLeftOut } from './gather/read-models.js';

/** Written by the public dataset's curation; copied beside the code by the build. */
export const DATA_QUALITY_FILE = new URL('../dataset/data-quality.json', import.meta.url);

interface DataQualityFile {
  readonly bySource: Readonly<Record<string, number>>;
  readonly sources: Readonly<Record<string, { readonly title: string }>>;
}

/** The public dataset's undated facts left out, per source document. */
export function readDatasetLeftOut(file: URL = DATA_QUALITY_FILE): DatasetLeftOut {
  const data = JSON.parse(readFileSync(file, 'utf8')) as DataQualityFile;
  return {
    sources: Object.entries(data.sources).map(([key, source]) => ({ title: source.title, undated: data.bySource[key] ?? 0 })),
  };
}

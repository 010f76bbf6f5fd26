import { readdirSync, readFileSync } from 'node:fs';

/** The curated NDJSON files, resolved beside this module: `src/dataset/` in tests, `dist/src/dataset/` once the build copies them. */
export const DATASET_DIR = new URL('./', import.meta.url);

/** One non-empty line of a dataset file, as text; `line` counts from 1 so messages can point at it. */
export interface DatasetLine {
  readonly file: string;
  readonly line: number;
  readonly text: string;
}

/** File names in a stable order; each file stands alone (no plan or initiative spans two files). */
export function datasetFileNames(dir: URL = DATASET_DIR): string[] {
  return readdirSync(dir).filter((name) => name.endsWith('.ndjson')).sort();
}

export function readDatasetLines(dir: URL = DATASET_DIR): DatasetLine[] {
  return datasetFileNames(dir).flatMap((file) =>
    readFileSync(new URL(file, dir), 'utf8')
      .split('\n')
      .map((text, index) => ({ file, line: index + 1, text }))
      .filter(({ text }) => text.trim() !== ''),
  );
}

/** One refused line of an import file. */
export interface ImportLineError {
  readonly file: string;
  readonly line: number;
  readonly code: string;
  readonly field?: string;
  readonly message: string;
}

/** What an import did, line by line counted. */
export interface ImportReport {
  readonly lines: number;
  /** Lines whose events were written by this run. */
  readonly written: number;
  /** Lines an earlier run had already written (an import is idempotent). */
  readonly alreadyPresent: number;
  readonly errors: readonly ImportLineError[];
  /** False when errors stopped the import before anything was written. */
  readonly committed: boolean;
}

/** Swedish one-line-per-problem summary for the command line and logs. */
export function describeImport(report: ImportReport): string {
  const head = report.committed
    ? `${report.lines} rader: ${report.written} skrivna, ${report.alreadyPresent} fanns redan, ${report.errors.length} felaktiga hoppades över.`
    : `${report.lines} rader: ${report.errors.length} felaktiga; inget skrevs.`;
  const lines = report.errors.map(
    (error) => `${error.file}:${error.line}: ${error.code}${error.field ? ` (${error.field})` : ''}: ${error.message}`,
  );
  return [head, ...lines].join('\n');
}

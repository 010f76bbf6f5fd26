/**
 * How the ledger file is opened; the benchmark's raw baseline opens its file
 * the same way, so it measures the limit of these very settings.
 *
 * - WAL, synchronous=FULL: every acknowledged append is fsynced, so a
 *   recorded decision survives a power cut, not only a process crash.
 * - No mmap (SQLite's default): a catch-up reads the whole file once, and
 *   mapped pages count as the process's resident memory (≈ 256 MB more at 1M
 *   events) for no measurable gain in CPU time.
 * - A 16 MB page cache: the operating system caches the file anyway; 64 MB
 *   only kept more of the pages a catch-up scanned once (≈ 50 MB more resident
 *   at 1M events), while appends need few pages.
 */
export const LEDGER_PRAGMAS: readonly string[] = ['journal_mode = WAL', 'synchronous = FULL', 'cache_size = -16384'];

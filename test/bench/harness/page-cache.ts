import { closeSync, existsSync, openSync, readSync } from 'node:fs';

const BLOCK = 1 << 20;

/**
 * Reads database files through once, so that the timed run after it reads
 * them from the page cache. This machine pages out file pages nobody touched
 * for about a minute (a DAMON `pageout` scheme on its physical memory, pages
 * idle 12 aggregation intervals of 5 s), and its virtual disk reads about
 * 3 MB/s: a raw scan of the 1M log took 4.0 s after another scan and 20.6 s
 * after 100 s idle. In a run whose sides take turns for minutes, whichever
 * side found its file paged out measured the disk instead of itself.
 */
export function warmPageCache(...paths: readonly string[]): void {
  const buffer = Buffer.allocUnsafe(BLOCK);
  for (const path of paths.flatMap((each) => [each, `${each}-wal`])) {
    if (!existsSync(path)) continue;
    const fd = openSync(path, 'r');
    try {
      while (readSync(fd, buffer, 0, BLOCK, null) > 0);
    } finally {
      closeSync(fd);
    }
  }
}

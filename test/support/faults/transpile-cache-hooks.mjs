/**
 * Load hook in front of ../ts-hooks.mjs: a `.ts` module whose path and text
 * were transpiled before is served from OMSTALLNING_TS_CACHE; otherwise the
 * next hook transpiles it and the result is kept there. Without the variable
 * it only passes through.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const cacheDir = process.env.OMSTALLNING_TS_CACHE;

export async function load(url, context, nextLoad) {
  if (!cacheDir || !url.startsWith('file:') || !url.endsWith('.ts')) return nextLoad(url, context);
  const text = readFileSync(fileURLToPath(url), 'utf8');
  const cached = join(cacheDir, `${createHash('sha1').update(url).update('\0').update(text).digest('hex')}.js`);
  if (existsSync(cached)) return { format: 'module', source: readFileSync(cached, 'utf8'), shortCircuit: true };
  const loaded = await nextLoad(url, context);
  // Written whole under a temporary name, then renamed: a child killed mid-write leaves no half file behind.
  const partial = `${cached}.${process.pid}.tmp`;
  writeFileSync(partial, String(loaded.source));
  renameSync(partial, cached);
  return loaded;
}

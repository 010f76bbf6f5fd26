import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The node options `npm start` gives the service (package.json's start
 * script, `node <options> dist/service.js`), so the bench runs the service, and
 * the read path it measures, exactly as users run it.
 */
export function serviceNodeFlags(root: string): string[] {
  const { scripts } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  const match = /^node((?:\s+--\S+)*)\s+dist\/service\.js$/.exec(scripts.start.trim());
  if (!match) throw new Error(`package.json's start script is not "node [--options] dist/service.js": ${scripts.start}`);
  return match[1].trim().split(/\s+/).filter((flag) => flag.length > 0);
}

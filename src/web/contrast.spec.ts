import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ASSETS_DIR } from './assets.js';

/** WCAG 2 relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}

const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};

const css = readFileSync(join(ASSETS_DIR, 'site.css'), 'utf8');
const variables = Object.fromEntries([...css.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1], m[2]]));

describe('stylesheet colours', () => {
  it.each([
    ['text', 'bg'],
    ['muted', 'bg'],
    ['muted', 'panel'],
    ['link', 'bg'],
    ['link', 'panel'],
    ['link', 'new-bg'],
    ['text', 'new-bg'],
    ['ok-text', 'ok-bg'],
    ['part-text', 'part-bg'],
    ['none-text', 'none-bg'],
  ])('%s on %s has a contrast of at least 4.5:1', (fg, bg) => {
    expect(contrast(variables[fg], variables[bg])).toBeGreaterThanOrEqual(4.5);
  });

  it('keeps white header text readable on the brand colour', () => {
    expect(contrast('#ffffff', variables.brand)).toBeGreaterThanOrEqual(4.5);
  });
});

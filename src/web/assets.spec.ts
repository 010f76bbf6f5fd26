import { loadAssets } from './assets.js';

describe('web assets', () => {
  const assets = loadAssets();

  it('serves the stylesheet and the live-update script with their content types', () => {
    expect(assets.get('site.css')?.contentType).toBe('text/css; charset=utf-8');
    expect(assets.get('live.js')?.contentType).toBe('text/javascript; charset=utf-8');
  });

  it('gives each asset an etag that follows its content', () => {
    const etags = [...assets.values()].map((a) => a.etag);
    expect(new Set(etags).size).toBe(etags.length);
    expect(assets.get('site.css')?.etag).toMatch(/^"[\w-]{22}"$/);
  });

  it('knows nothing outside its folder', () => {
    expect(assets.has('../assets.ts')).toBe(false);
    expect(assets.has('assets.spec.ts')).toBe(false);
  });
});

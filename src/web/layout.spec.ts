import { html } from './html.js';
import { pageLink, renderPage, type PageShell } from './layout.js';

const now = new Date('2024-06-10T09:00:00Z');
const shell = (changes: Partial<PageShell> = {}): PageShell => ({
  title: 'Värmlands län',
  path: '/lan/17',
  query: { kind: 'malbild' },
  asOf: { at: now, requested: null, live: true },
  embed: false,
  liveUrl: '/events/live?lan=lan%3A17',
  position: 42,
  body: html`<p>innehåll</p>`,
  ...changes,
});

describe('page layout', () => {
  it('is a Swedish document with a skip link, landmarks and the as-of control', () => {
    const page = renderPage(shell());
    expect(page).toContain('<html lang="sv">');
    expect(page).toContain('<a class="skip-link" href="#innehall">');
    expect(page).toMatch(/<header class="site">[\s\S]*<nav aria-label="Huvudmeny">/);
    expect(page).toContain('<main id="innehall"');
    expect(page).toContain('<label for="asOf">');
    expect(page).toContain('<input type="date" id="asOf" name="asOf"');
    expect(page).toContain('<script src="/assets/live.js" defer></script>');
  });

  it('keeps the other filters when the as-of date changes', () => {
    expect(renderPage(shell())).toContain('<input type="hidden" name="kind" value="malbild">');
  });

  it('follows the live stream from the position it was rendered at, only when showing now', () => {
    expect(renderPage(shell())).toContain('data-live-url="/events/live?lan=lan%3A17" data-live-position="42"');
    const past = renderPage(shell({ asOf: { at: new Date('2023-05-01T21:59:59.999Z'), requested: '2023-05-01', live: false } }));
    expect(past).not.toContain('data-live-url');
    expect(past).toContain('value="2023-05-01"');
    expect(past).toContain('Visa läget nu');
  });

  it('leaves out header, navigation and footer when embedded, and links back to the full page', () => {
    const page = renderPage(shell({ embed: true, query: { embed: '1' } }));
    expect(page).not.toContain('<header');
    expect(page).not.toContain('Huvudmeny');
    expect(page).toContain('href="/lan/17" target="_top"');
  });

  it('builds links that change one parameter and drop the read-your-writes position', () => {
    expect(pageLink('/lan/17', { kind: 'malbild', minPosition: '9' }, { year: '2022' })).toBe('/lan/17?kind=malbild&year=2022');
    expect(pageLink('/', { asOf: '2023-01-01' }, { asOf: undefined })).toBe('/');
  });
});

import type { Page } from 'playwright-core';
import type { Clock } from '../../src/config/clock.js';
import { ProjectionRunner } from '../../src/projections/projection-runner.js';
import { launchBrowser, type BrowserSession, type WatchedPage } from '../support/browser.js';
import { postAsAdmin, startApp, type StartedApp } from '../support/start-app.js';

/** A clock the test moves: the public dataset is recorded on one day, the decision under test a month later. */
class MovableClock implements Clock {
  constructor(private current: Date) {}
  now(): Date {
    return new Date(this.current);
  }
  set(iso: string): void {
    this.current = new Date(iso);
  }
}

const DATASET_DAY = '2024-03-01T09:00:00Z';
const DECISION_DAY = '2024-04-15T10:00:00Z';

let app: StartedApp;
let browser: BrowserSession;
const clock = new MovableClock(new Date(DATASET_DAY));

async function open(path: string, options: { width?: number } = {}): Promise<WatchedPage> {
  const watched = await browser.newPage(options);
  await watched.page.goto(`${app.url}${path}`);
  return watched;
}

async function expectNoErrors(watched: WatchedPage, name: string): Promise<void> {
  await watched.screenshot(name);
  expect(watched.errors).toEqual([]);
  await watched.page.close();
}

const mainText = (page: Page) => page.locator('main').innerText();

/** The plan the live test records, corrected in the audit test. */
let initiated: { eventId: string } | null = null;

beforeAll(async () => {
  app = await startApp({ publicDataset: 'auto', clock });
  const runner = app.app.get(ProjectionRunner);
  await runner.whenReady();
  const head = (await runner.status()).head;
  if (head !== null) await runner.waitFor(head, 30_000);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe('web pages against the public dataset', () => {
  it('the dashboard shows every indicator with last year beside it, a chart each, the 21 län and the latest decisions', async () => {
    const watched = await open('/');
    const { page } = watched;
    expect(await page.title()).toBe('Omställningen till nära vård i Sverige – Omställning');
    const cards = page.locator('#indikatorkort .card');
    expect(await cards.count()).toBeGreaterThanOrEqual(10);
    const malbild = page.locator('[data-indicator="lan-med-malbild"]');
    expect(await malbild.locator('h3').innerText()).toBe('Län med beslutad länsgemensam målbild');
    expect(await malbild.locator('.compare').innerText()).toMatch(/^\d{4}: \d+(–\d+)? av 21 län/);
    expect(await page.locator('#diagram svg[role="img"]').count()).toBe(await cards.count());
    expect(await page.locator('#lantabell tbody tr').count()).toBe(21);
    expect(await page.locator('#lantabell tbody tr', { hasText: 'Värmlands län' }).innerText()).toContain('Beslutad (17 av 17)');
    expect(await page.locator('#senaste-beslut li').count()).toBeGreaterThan(0);
    await expectNoErrors(watched, 'dashboard');
  });

  it('Värmland shows its målbild adopted by 17 of 17, the step curve, the timeline and the trend report link', async () => {
    const watched = await open('/lan/17');
    const { page } = watched;
    expect(await page.locator('h1').innerText()).toBe('Värmlands län');
    const malbild = page.locator('article.plan', { hasText: 'Värmlands målbild' }).first();
    expect(await malbild.innerText()).toContain('17 av 17 har antagit');
    expect(await malbild.locator('svg[role="img"]').count()).toBe(1);
    expect(await malbild.locator('tbody tr').count()).toBe(17);
    expect(await page.locator('#tidslinjetabell tbody tr').count()).toBeGreaterThan(17);
    expect(await page.locator('a', { hasText: 'Trendrapport för Värmlands län' }).getAttribute('href')).toMatch(/^\/reports\/trend\?scope=lan:17&/);
    await expectNoErrors(watched, 'lan-17');
  });

  it('the län timeline filters by kind and year without script', async () => {
    const watched = await open('/lan/17');
    const { page } = watched;
    await page.selectOption('#filter-kind', 'malbild');
    await page.selectOption('#filter-year', '2022');
    await Promise.all([page.waitForURL(/kind=malbild/), page.click('form.filters button')]);
    const rows = page.locator('#tidslinjetabell tbody tr');
    expect(await rows.count()).toBe(17);
    expect(await rows.first().innerText()).toContain('2022');
    await expectNoErrors(watched, 'lan-17-filtrerad');
  });

  it('the embeddable län page has no header, navigation or footer of the site', async () => {
    const watched = await open('/lan/17?embed=1');
    const { page } = watched;
    expect(await page.locator('header').count()).toBe(0);
    expect(await page.locator('nav[aria-label="Huvudmeny"]').count()).toBe(0);
    expect(await mainText(page)).toContain('17 av 17 har antagit');
    await expectNoErrors(watched, 'lan-17-inbaddad');
  });

  it('the audit view shows the verified hash chain, the log with metadata and a stream with its history', async () => {
    const watched = await open('/audit');
    const { page } = watched;
    expect(await page.locator('#verifieringen').innerText()).toContain('Hashkedjan är obruten');
    expect(await page.locator('#handelselogg tbody tr').count()).toBe(50);
    await Promise.all([page.waitForURL(/stream=/), page.locator('#handelselogg tbody tr a').first().click()]);
    expect(await page.locator('#strom').innerText()).toMatch(/^Strömmens historik: /);
    expect(await page.locator('ol.history > li').count()).toBeGreaterThan(0);
    await expectNoErrors(watched, 'granskning');
  });

  it('is usable on a 360 px phone: nothing wider than the screen but the scrollable tables', async () => {
    for (const path of ['/', '/lan/17', '/audit']) {
      const watched = await open(path, { width: 360 });
      const overflow = await watched.page.evaluate<number>('document.documentElement.scrollWidth');
      expect(overflow).toBeLessThanOrEqual(360);
      await expectNoErrors(watched, `mobil${path.replace(/\W+/g, '-')}`);
    }
  });

  it('starts keyboard navigation at a skip link that moves focus to the content', async () => {
    const watched = await open('/');
    const { page } = watched;
    await page.keyboard.press('Tab');
    expect(await page.evaluate<string | null>('document.activeElement && document.activeElement.textContent')).toBe('Hoppa till innehållet');
    await page.keyboard.press('Enter');
    expect(await page.evaluate<string | null>('document.activeElement && document.activeElement.id')).toBe('innehall');
    await expectNoErrors(watched, 'tangentbord');
  });

  it('shows a decision recorded through the API on the open dashboard without a reload, and the older state as of an earlier date', async () => {
    const watched = await open('/');
    const { page } = watched;
    await page.waitForSelector('body[data-live-state="open"]');
    clock.set(DECISION_DAY);
    const response = await postAsAdmin(app, '/plans', {
      planId: 'gotland-malbild-test',
      title: 'Målbild för nära vård på Gotland',
      kind: 'malbild',
      scope: 'lan',
      lan: 'lan:09',
      initiatedOn: '2024-03',
      source: { title: 'Regionfullmäktiges protokoll', publisher: 'Region Gotland' },
    });
    expect(response.status).toBe(201);
    initiated = (await response.json()) as { eventId: string };
    const added = page.locator('#senaste-beslut li.is-new', { hasText: 'Målbild för nära vård på Gotland' });
    await added.waitFor();
    expect(await page.locator('#live-announcer').innerText()).toContain('Målbild för nära vård på Gotland');
    await watched.screenshot('dashboard-direkt');

    await page.fill('#asOf', '2024-03-31');
    await Promise.all([page.waitForURL(/asOf=2024-03-31/), page.click('form.asof button')]);
    expect(await page.locator('.asof-status').innerText()).toContain('Visar liggaren som den såg ut');
    expect(await page.locator('#senaste-beslut').innerText()).not.toContain('Målbild för nära vård på Gotland');
    expect(await page.locator('body').getAttribute('data-live-url')).toBeNull();
    await expectNoErrors(watched, 'dashboard-tidigare');
  });

  it('shows a correction in the audit beside the record it corrects, with its reason', async () => {
    expect(initiated).not.toBeNull();
    const response = await postAsAdmin(app, '/corrections', {
      eventId: initiated!.eventId,
      fields: { title: 'Målbild för god och nära vård på Gotland' },
      reason: 'Titeln återgavs fel',
      source: { title: 'Regionfullmäktiges protokoll', publisher: 'Region Gotland' },
    });
    expect(response.status).toBe(201);
    const watched = await open('/audit?stream=plan-gotland-malbild-test');
    const pair = watched.page.locator('ol.history .pair').first();
    expect(await pair.innerText()).toMatch(/Revision 0: Arbete inlett[\s\S]*Rättelse[\s\S]*Titeln återgavs fel/);
    await expectNoErrors(watched, 'granskning-rattelse');
  });

  it('adds a plan recorded for the län to the open län page without a reload', async () => {
    const watched = await open('/lan/17');
    const { page } = watched;
    await page.waitForSelector('body[data-live-state="open"]');
    const response = await postAsAdmin(app, '/plans', {
      planId: 'varmland-handlingsplan-test',
      title: 'Handlingsplan för nära vård i Region Värmland',
      kind: 'handlingsplan',
      scope: 'region',
      lan: 'lan:17',
      source: { title: 'Regionstyrelsens protokoll', publisher: 'Region Värmland' },
    });
    expect(response.status).toBe(201);
    await page.locator('#planlista article.plan', { hasText: 'Handlingsplan för nära vård i Region Värmland' }).waitFor();
    expect(await page.locator('#planlista').innerText()).toContain('17 av 17 har antagit');
    await expectNoErrors(watched, 'lan-17-direkt');
  });

  it('answers a wrong address or date with a Swedish page naming the problem, and serves its files with their types', async () => {
    const unknown = await fetch(`${app.url}/lan/99`);
    expect(unknown.status).toBe(404);
    expect(await unknown.text()).toContain('Länet med kod &quot;99&quot; finns inte');
    const badDate = await fetch(`${app.url}/?asOf=ig%C3%A5r`);
    expect(badDate.status).toBe(400);
    expect(await badDate.text()).toContain('asOf: &quot;igår&quot; är inget datum');
    const page = await fetch(`${app.url}/lan/17?embed=1`);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(page.headers.get('content-security-policy')).toContain('frame-ancestors *');
    const script = await fetch(`${app.url}/assets/live.js`);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await fetch(`${app.url}/assets/nope.js`)).status).toBe(404);
  });
});

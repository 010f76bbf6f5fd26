import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser, SCREENSHOT_DIR, type BrowserSession, type WatchedPage } from '../support/browser.js';
import { startApp, type StartedApp } from '../support/start-app.js';
import { importPublicDataset } from './reports-support.js';

interface Opened {
  readonly page: Page;
  readonly watched: WatchedPage;
  /** Console errors (from the harness) and warnings, which a report must not cause either. */
  readonly problems: () => string[];
  readonly requests: string[];
}

describe('the HTML trend report in headless Chromium', () => {
  let started: StartedApp;
  let browser: BrowserSession;

  beforeAll(async () => {
    browser = await launchBrowser();
    started = await startApp();
    await importPublicDataset(started.app);
  });

  afterAll(async () => {
    await browser?.close();
    await started?.close();
  });

  async function open(query: string): Promise<Opened> {
    const watched = await browser.newPage();
    const { page } = watched;
    const warnings: string[] = [];
    const requests: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(`warning: ${message.text()}`);
    });
    page.on('request', (request) => requests.push(request.url()));
    const response = await page.goto(`${started.url}/reports/trend?${query}`, { waitUntil: 'load' });
    expect(response?.status()).toBe(200);
    return { page, watched, problems: () => [...watched.errors, ...warnings], requests };
  }

  it('opens Värmland\'s report without console errors, shows the adoption curve and takes a screenshot', async () => {
    const { page, watched, problems, requests } = await open('from=2019&to=2023&scope=lan:17&format=html');
    expect(await page.title()).toBe('Trendrapport 2019–2023: Värmlands län');
    expect(await page.locator('h1').innerText()).toBe('Trendrapport 2019–2023: Värmlands län');
    const curve = page.locator('svg#diagram-antagande-lan17-malbild-2022');
    await expect(curve.getAttribute('role')).resolves.toBe('img');
    expect(await curve.locator('text').allTextContents()).toContain('17 av 17, 16 juni 2022');
    expect(await curve.boundingBox()).toMatchObject({ width: expect.any(Number) });
    expect((await curve.boundingBox())!.width).toBeGreaterThan(300);
    expect(await page.locator('#sammanfattning').innerText()).toContain('blev fullt antagen den 16 juni 2022');
    const screenshot = await watched.screenshot('trendrapport-lan-17');
    expect(statSync(screenshot).size).toBeGreaterThan(10_000);
    expect(problems()).toEqual([]);
    expect(requests).toEqual([`${started.url}/reports/trend?from=2019&to=2023&scope=lan:17&format=html`]);
  });

  it('prints the national report on A4 pages', async () => {
    const { page, watched, problems } = await open('from=2019&to=2023&format=html');
    expect(await page.locator('#avstamning').innerText()).toContain('SKR publicerade 20 av 21 län (2022); liggaren härleder');
    await watched.screenshot('trendrapport-hela-landet');
    const pdfPath = join(SCREENSHOT_DIR, 'trendrapport-hela-landet.pdf');
    await page.pdf({ path: pdfPath, preferCSSPageSize: true, printBackground: true });
    const pdf = readFileSync(pdfPath, 'latin1');
    const pages = [...pdf.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => [Math.round(Number(m[1])), Math.round(Number(m[2]))]);
    expect(pages.length).toBeGreaterThan(1);
    // A4 is 595 × 842 points.
    expect(pages.every(([width, height]) => Math.abs(width - 595) <= 1 && Math.abs(height - 842) <= 1)).toBe(true);
    expect(problems()).toEqual([]);
  });
});

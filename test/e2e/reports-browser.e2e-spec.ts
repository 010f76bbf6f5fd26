import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { startApp, type StartedApp } from '../support/start-app.js';
import { importPublicDataset } from './reports-support.js';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

interface Opened {
  readonly page: Page;
  readonly problems: string[];
  readonly requests: string[];
}

describe('the HTML trend report in headless Chromium', () => {
  let started: StartedApp;
  let context: BrowserContext;
  let profile: string;

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(`Chromium saknas på ${CHROMIUM}; installera Debians paket (apt-get install -y chromium) för att köra webbläsartestet`);
    }
    started = await startApp();
    await importPublicDataset(started.app);
    profile = mkdtempSync(join(tmpdir(), 'omstallning-chromium-'));
    context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, args: ARGS, headless: true, locale: 'sv-SE' });
  });

  afterAll(async () => {
    await context?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
    await started?.close();
  });

  async function open(query: string): Promise<Opened> {
    const page = await context.newPage();
    const problems: string[] = [];
    const requests: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    page.on('request', (request) => requests.push(request.url()));
    const response = await page.goto(`${started.url}/reports/trend?${query}`, { waitUntil: 'load' });
    expect(response?.status()).toBe(200);
    return { page, problems, requests };
  }

  it('opens Värmland\'s report without console errors, shows the adoption curve and takes a screenshot', async () => {
    const { page, problems, requests } = await open('from=2019&to=2023&scope=lan:17&format=html');
    expect(await page.title()).toBe('Trendrapport 2019–2023: Värmlands län');
    expect(await page.locator('h1').innerText()).toBe('Trendrapport 2019–2023: Värmlands län');
    const curve = page.locator('svg#diagram-antagande-lan17-malbild-2022');
    await expect(curve.getAttribute('role')).resolves.toBe('img');
    expect(await curve.locator('text').allTextContents()).toContain('17 av 17, 16 juni 2022');
    expect(await curve.boundingBox()).toMatchObject({ width: expect.any(Number) });
    expect((await curve.boundingBox())!.width).toBeGreaterThan(300);
    expect(await page.locator('#sammanfattning').innerText()).toContain('blev fullt antagen den 16 juni 2022');
    const screenshot = join(tmpdir(), 'omstallning-trendrapport-lan-17.png');
    await page.screenshot({ path: screenshot, fullPage: true });
    expect(statSync(screenshot).size).toBeGreaterThan(10_000);
    expect(problems).toEqual([]);
    expect(requests).toEqual([`${started.url}/reports/trend?from=2019&to=2023&scope=lan:17&format=html`]);
  });

  it('prints the national report on A4 pages', async () => {
    const { page, problems } = await open('from=2019&to=2023&format=html');
    expect(await page.locator('#avstamning').innerText()).toContain('SKR publicerade 20 av 21 län (2022); liggaren härleder');
    await page.screenshot({ path: join(tmpdir(), 'omstallning-trendrapport-hela-landet.png'), fullPage: true });
    const pdfPath = join(tmpdir(), 'omstallning-trendrapport-hela-landet.pdf');
    await page.pdf({ path: pdfPath, preferCSSPageSize: true, printBackground: true });
    const pdf = readFileSync(pdfPath, 'latin1');
    const pages = [...pdf.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => [Math.round(Number(m[1])), Math.round(Number(m[2]))]);
    expect(pages.length).toBeGreaterThan(1);
    // A4 is 595 × 842 points.
    expect(pages.every(([width, height]) => Math.abs(width - 595) <= 1 && Math.abs(height - 842) <= 1)).toBe(true);
    expect(problems).toEqual([]);
  });
});

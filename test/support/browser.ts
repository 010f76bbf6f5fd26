import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

/** Debian's Chromium, installed by `.ci/run`; CHROMIUM_PATH points elsewhere when needed. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Where screenshots go: the OS temp dir, never the repository. */
export const SCREENSHOT_DIR = join(tmpdir(), 'omstallning-screenshots');

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface BrowserSession {
  readonly context: BrowserContext;
  /** A new tab that records console errors and uncaught page errors. */
  newPage(options?: { readonly width?: number; readonly height?: number }): Promise<WatchedPage>;
  close(): Promise<void>;
}

export interface WatchedPage {
  readonly page: Page;
  /** Console errors and uncaught exceptions seen so far, as text. */
  readonly errors: string[];
  /** Saves a full-page PNG under SCREENSHOT_DIR and returns its path. */
  screenshot(name: string): Promise<string>;
}

/**
 * Starts headless Chromium with a fresh profile. Fails loudly when Chromium is
 * missing: a browser test that quietly skips would hide a broken page.
 */
export async function launchBrowser(): Promise<BrowserSession> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium finns inte på ${CHROMIUM_PATH}. Webbtesterna kräver Debians chromium: kör "apt-get install -y chromium" (det gör .ci/run) eller sätt CHROMIUM_PATH.`,
    );
  }
  const userDataDir = mkdtempSync(join(tmpdir(), 'omstallning-chromium-'));
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    locale: 'sv-SE',
    timezoneId: 'Europe/Stockholm',
    viewport: { width: 1280, height: 900 },
  });
  return {
    context,
    async newPage(options = {}) {
      const page = await context.newPage();
      if (options.width) await page.setViewportSize({ width: options.width, height: options.height ?? 800 });
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(`console: ${message.text()} (${message.location().url})`);
      });
      page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
      return {
        page,
        errors,
        async screenshot(name: string) {
          const path = join(SCREENSHOT_DIR, `${name}.png`);
          await page.screenshot({ path, fullPage: true });
          return path;
        },
      };
    },
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

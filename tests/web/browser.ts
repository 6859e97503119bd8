import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { startStaticServer, type StaticServer } from '../../src/cli/serve.js';

/**
 * Debian's chromium, driven by playwright-core (never a downloaded browser: it cannot work
 * here). playwright-core gives each launch a fresh temporary profile (its own
 * --user-data-dir, which it refuses to take as an argument) and removes it on close.
 */

export const CHROMIUM = process.env.STACKHEAP_CHROMIUM ?? '/usr/bin/chromium';

/** Why the browser tests cannot run, or null when they can. In CI a missing browser is a failure. */
export function browserMissing(): string | null {
  if (existsSync(CHROMIUM)) return null;
  return `${CHROMIUM} is missing: install it with \`apt-get install -y chromium\``;
}

export interface LaunchedBrowser {
  readonly browser: Browser;
  close(): Promise<void>;
}

export async function launchChromium(): Promise<LaunchedBrowser> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    // playwright-core adds --headless itself for headless launches; the rest keep chromium
    // from reaching any network and from doing first-run work.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
    ],
    headless: true,
  });
  return {
    browser,
    close: () => browser.close(),
  };
}

export const ARTIFACTS = fileURLToPath(new URL('./artifacts/', import.meta.url));

export interface PageHarness {
  /** A new tab on the page (`hash` appended to its URL). Requests to anywhere but the page's own
   *  server are blocked and, like uncaught page errors, collected in `errors`; `requests` are the
   *  URLs the page and its worker asked for. Those `hold` matches wait until `release()`; those
   *  `fail` matches get its HTTP status, or no answer at all ('network'). */
  open(hash?: string, options?: { width?: number; dark?: boolean; hold?: RegExp; fail?: { readonly url: RegExp; readonly status: number | 'network' } }): Promise<{ page: Page; errors: string[]; requests: string[]; release(): void }>;
}

/** Serves dist/web (built by `npm run build`, never here) with the same static server as
 *  `stackheap serve`, on an ephemeral port, to one chromium for the calling test file. */
export function servePage(): PageHarness {
  let server: StaticServer;
  let launched: LaunchedBrowser;
  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    server = await startStaticServer({ port: 0, root: fileURLToPath(new URL('../../dist/web/', import.meta.url)) });
    launched = await launchChromium();
  }, 30_000);
  afterAll(async () => {
    await launched?.close();
    await server?.close();
  });
  return {
    async open(hash = '', options = {}) {
      const page = await launched.browser.newPage({ viewport: { width: options.width ?? 1280, height: 860 }, colorScheme: options.dark ? 'dark' : 'light' });
      const errors: string[] = [];
      const requests: string[] = [];
      let release = (): void => undefined;
      const released = new Promise<void>((resolve) => (release = resolve));
      page.on('pageerror', (error) => errors.push(error.message));
      await page.route('**/*', async (route) => {
        const url = route.request().url();
        requests.push(url);
        if (!url.startsWith(server.url)) return route.abort();
        if (options.hold?.test(url)) await released;
        if (options.fail?.url.test(url)) return options.fail.status === 'network' ? route.abort() : route.fulfill({ status: options.fail.status, body: '' });
        return route.continue();
      });
      // A request the page cancels itself (ERR_ABORTED: a worker replaced by Stop or a new run
      // drops its background download of std's chunks) is no failure; a network failure, as
      // `fail: { status: 'network' }` makes one, is ERR_FAILED.
      page.on('requestfailed', (request) => {
        const why = request.failure()?.errorText ?? '';
        if (why !== 'net::ERR_ABORTED') errors.push(`request failed: ${request.url()} ${why}`);
      });
      await page.goto(server.url + hash);
      return { page, errors, requests, release };
    },
  };
}

/** Moves the page's slider to step `index`, as dragging it does, and waits until that step's
 *  memory is drawn (not only its counter). */
export async function slideTo(page: Page, index: number): Promise<void> {
  await page.locator('#slider').evaluate((slider: HTMLInputElement, i) => {
    slider.value = String(i);
    slider.dispatchEvent(new Event('input'));
  }, index);
  await expect.poll(() => page.locator('#memory:not([aria-busy])').getAttribute('data-step'), { timeout: 30_000 }).toBe(String(index));
}

import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

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

// Debian Chromium driven by playwright-core (no bundled browser download: CI installs chromium with apt).
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import chromiumArgs from './chromium-args.json';

// The flags the project's guide gives for Debian's Chromium, shared with the benches (bench/support/chromium.js).
export const CHROMIUM_ARGS: readonly string[] = chromiumArgs;

export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

export async function launchChromium(): Promise<Browser> {
  const executablePath = chromiumPath();
  try {
    return await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS] });
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new Error(
      `Chromium did not start from ${executablePath} (set CHROMIUM_PATH, or apt-get install chromium): ${reason}`,
    );
  }
}

// Generous: a loaded 2-core CI machine can take seconds to render a page; waits end as soon as the thing shows.
export const WAIT_MS = 30_000;

/**
 * A fresh context (its own IndexedDB, cookies and storage) that trusts the sandbox's self-signed certificate and
 * can reach nothing but `origin`: any other request is refused unless a later route (e.g. the Office.js stub)
 * answers it, so no test depends on the internet.
 */
export async function newContext(
  browser: Browser,
  origin: string,
  options: BrowserContextOptions = {},
): Promise<BrowserContext> {
  const context = await browser.newContext({
    ignoreHTTPSErrors: true,
    locale: 'en-GB',
    timezoneId: 'Europe/London',
    viewport: { width: 1024, height: 800 },
    ...options,
  });
  context.setDefaultTimeout(WAIT_MS);
  await context.route(
    (url) => url.origin !== origin,
    (route) => route.abort('blockedbyclient'),
  );
  return context;
}

/** Uncaught exceptions in a page: a test fails if the product throws, even when the screen looks right. */
export function collectPageErrors(page: Page, into: string[]): Page {
  page.on('pageerror', (error) => into.push(`${page.url()}: ${error.name}: ${error.message}`));
  return page;
}

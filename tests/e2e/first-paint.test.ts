// outlook.html draws its first screen (built with the page) without waiting for the card's whole stylesheet: the
// rules that screen uses are in the page. The stylesheet then applies without changing how the screen looks (and the
// inlined copy of its rules goes), and the card's scripts start only once it is in, so the card never shows a style
// that has not arrived.
import type { Page, Route } from 'playwright-core';
import { useE2e } from './support/e2e';
import { stubOfficeJs } from './support/office';
import { referralForm, signInAs } from './support/referral-card';

const e2e = useE2e({ pages: ['outlook.html'] });

const STYLESHEET = /\/griffel\.[0-9a-f]+\.css$/;
const CARD_SCRIPTS = /\/(vendor|outlook)\.[0-9a-f]+\.js$/;

/** Holds the stylesheet's response back until the returned function is called. */
async function holdStylesheet(page: Page): Promise<() => void> {
  let release: () => void = () => undefined;
  const held = new Promise<void>((go) => (release = go));
  await page.route(STYLESHEET, async (route: Route) => {
    await held;
    await route.continue();
  });
  return release;
}

const stylesheetApplied = (page: Page) =>
  page.waitForFunction(() =>
    [...document.styleSheets].some((s) => /griffel/.test(s.href ?? '') && s.cssRules.length > 100),
  );

/** Waits until the page has drawn its first content (the entry is recorded a frame after the paint, not at once). */
const firstPaint = (page: Page) =>
  page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);

describe("outlook.html's first screen and the card's stylesheet", () => {
  it.each([320, 1280])(
    'at %i px the first screen is drawn before the stylesheet arrives, and looks the same once it applies',
    async (width) => {
      const { page, url } = e2e();
      await page.setViewportSize({ width, height: 900 });
      // The card's scripts never run here, so the first screen stays to be compared.
      await page.route(CARD_SCRIPTS, (route) => route.abort('blockedbyclient'));
      const release = await holdStylesheet(page);
      await page.goto(url('/outlook.html'), { waitUntil: 'commit' });
      const name = page.locator('[data-first-screen]').getByRole('textbox', { name: 'Your name' });
      await name.waitFor();
      await firstPaint(page);
      const before = await page.screenshot({ fullPage: true });
      const inlined = page.locator('style[data-first-screen-styles]');
      await expect(inlined.count()).resolves.toBe(1);
      release();
      await stylesheetApplied(page);
      // The inlined rules, which the stylesheet repeats, are then removed.
      await inlined.waitFor({ state: 'detached' });
      const after = await page.screenshot({ fullPage: true });
      expect(after.equals(before)).toBe(true);
      // And the screen was usable meanwhile: it takes typing.
      await name.fill('Riley');
      await expect(name.inputValue()).resolves.toBe('Riley');
    },
  );

  it('the card starts only once the stylesheet is in, and keeps what was typed on the first screen', async () => {
    const { page, url } = e2e();
    await stubOfficeJs(page);
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (CARD_SCRIPTS.test(r.url()) && r.resourceType() === 'script') scripts.push(r.url());
    });
    const release = await holdStylesheet(page);
    await page.goto(url('/outlook.html'), { waitUntil: 'commit' });
    await page.locator('[data-first-screen]').getByRole('textbox', { name: 'Your team (optional)' }).fill('Team North');
    // Drawn while the stylesheet is still held back.
    await firstPaint(page);
    // Preloaded, but not run: the first screen is still there a moment later.
    await page.waitForTimeout(1500);
    await expect(page.locator('[data-first-screen]').count()).resolves.toBe(1);
    await expect(page.evaluate(() => document.querySelectorAll('head script[src]').length)).resolves.toBe(0);
    release();
    await stylesheetApplied(page);
    await page.locator('[data-first-screen]').waitFor({ state: 'detached' });
    await signInAs(page);
    await expect(referralForm(page).getByRole('textbox', { name: 'Your team (optional)' }).inputValue()).resolves.toBe(
      'Team North',
    );
    expect(scripts.length).toBeGreaterThan(0);
  });
});

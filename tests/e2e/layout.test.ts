// The card's layout in Chromium, for the worked example family (docs/examples/referral.json): at 1280 × 800 the form
// and the services sit side by side, each scrolling on its own, the page is no taller than three screens, and "File
// referral" is at most 15 Tab presses after the form's last field; at 320 px (the Outlook task pane) one column with
// the action bar stuck to the bottom; resizing across the wide layout's edge keeps the field being typed in. axe-core
// finds nothing anywhere, Fluent's focus manager (Tabster) included.
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import example from '../../docs/examples/referral.json';
import { expectNoAxeViolations } from './support/axe';
import { useE2e } from './support/e2e';
import { seedDraft } from './support/filing-e2e';
import { stubOfficeJs } from './support/office';
import {
  NVR,
  panel,
  personCard,
  referralForm,
  section,
  serviceRow,
  signInAs,
  signInPage,
} from './support/referral-card';

const e2e = useE2e({ pages: ['index.html', 'outlook.html'] });

const SCREEN = { width: 1280, height: 800 } as const;
const MAX_SCREENS = 3;
const MAX_TABS = 15;

/** Where screenshots go for a person to look at: E2E_SHOTS_DIR, as the other browser tests use, else the temp dir. */
function shotsDir(): string {
  const dir = process.env.E2E_SHOTS_DIR ?? join(tmpdir(), 'referral-card-e2e-shots');
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** Signs in with the worked example family restored from a draft, at `width` × `height`. */
async function openWorkedExample(page: Page, url: (path: string) => string, width: number, height: number) {
  await page.setViewportSize({ width, height });
  await page.goto(url('/'));
  await signInPage(page)
    .getByRole('radio', { name: /^Riley Referrer/ })
    .waitFor();
  await seedDraft(page, { ...example, id: randomUUID() });
  await signInAs(page);
  await section(page, 'Services').getByRole('listitem', { name: NVR }).waitFor();
  await page.getByRole('button', { name: 'File referral' }).waitFor();
}

/** The form's last field (the notes), focused. */
async function focusLastField(page: Page): Promise<string> {
  return referralForm(page).evaluate((form) => {
    const fields = Array.from(form.querySelectorAll<HTMLElement>('input, select, textarea')).filter(
      (f) =>
        !(f as HTMLInputElement).disabled && f.getClientRects().length > 0 && (f as HTMLInputElement).type !== 'hidden',
    );
    const last = fields.at(-1)!;
    last.focus();
    return `${last.tagName.toLowerCase()} ${last.id}`;
  });
}

/** Tab presses from the focus to the element `name`d, or Infinity past `limit`. */
async function tabsTo(page: Page, name: string, limit: number): Promise<number> {
  for (let presses = 1; presses <= limit; presses += 1) {
    await page.keyboard.press('Tab');
    const here = await page.evaluate((n) => document.activeElement?.textContent?.trim() === n, name);
    if (here) return presses;
  }
  return Infinity;
}

describe('the layout for the worked example family', () => {
  it('at 1280 × 800: side by side, each side scrolling on its own, three screens at most, "File referral" close by', async () => {
    const { page, url } = e2e();
    await openWorkedExample(page, url, SCREEN.width, SCREEN.height);
    await serviceRow(page, NVR).waitFor();

    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(height).toBeLessThanOrEqual(MAX_SCREENS * SCREEN.height);

    // The form and the services each scroll inside the window; the form is the longer of the two.
    const form = await referralForm(page).evaluate((el) => {
      let box: HTMLElement | null = el.parentElement;
      while (box && getComputedStyle(box).overflowY !== 'auto') box = box.parentElement;
      return box && { scroll: box.scrollHeight, client: box.clientHeight, left: box.getBoundingClientRect().left };
    });
    const services = await panel(page).evaluate((el) => {
      let box: HTMLElement | null = el.parentElement;
      while (box && getComputedStyle(box).overflowY !== 'auto') box = box.parentElement;
      return box && { client: box.clientHeight, left: box.getBoundingClientRect().left };
    });
    expect(form && services).toBeTruthy();
    expect(form!.scroll).toBeGreaterThan(form!.client);
    expect(services!.left).toBeGreaterThan(form!.left + 400);

    // The action bar is in view without scrolling, and stays there when the form scrolls to its end.
    const file = page.getByRole('button', { name: 'File referral' });
    const inView = async () => {
      const box = await file.boundingBox();
      return !!box && box.y >= 0 && box.y + box.height <= SCREEN.height;
    };
    await expect(inView()).resolves.toBe(true);
    const last = await focusLastField(page);
    expect(last).toMatch(/^textarea /);
    await expect(inView()).resolves.toBe(true);
    await expect(tabsTo(page, 'File referral', 40)).resolves.toBeLessThanOrEqual(MAX_TABS);

    await expectNoAxeViolations(page, 'the worked example at 1280 × 800');
    await page.screenshot({ path: join(shotsDir(), 'layout-1280.png') });
  });

  it('at 320 px: one column behind tabs, the action bar stuck to the bottom of the pane', async () => {
    const { page, url } = e2e();
    await openWorkedExample(page, url, 320, 720);
    await expect(page.getByRole('tablist', { name: 'Referral sections' }).count()).resolves.toBe(1);
    const file = page.getByRole('button', { name: 'File referral' });
    for (const where of [0.5, 1]) {
      await page.evaluate((f) => window.scrollTo(0, f * document.documentElement.scrollHeight), where);
      const box = await file.boundingBox();
      expect(box && box.y + box.height).toBeLessThanOrEqual(720);
      expect(box && box.y).toBeGreaterThan(720 / 2);
    }
    // Nothing wider than the pane.
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(320);
    await expectNoAxeViolations(page, 'the worked example at 320 px');
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(shotsDir(), 'layout-320.png') });
    await page.getByRole('tab', { name: /^Services/ }).click();
    await serviceRow(page, NVR).waitFor();
    await expectNoAxeViolations(page, 'the services tab at 320 px');
    await page.screenshot({ path: join(shotsDir(), 'layout-320-services.png') });
  });
});

describe("crossing the wide layout's edge (a window resized or zoomed)", () => {
  it('keeps the field being typed in: the same box, its focus and its text as typed, both ways', async () => {
    const { page, url } = e2e();
    await openWorkedExample(page, url, 1280, 800);
    const sam = personCard(page, 'Sam Example');
    const dob = sam.getByRole('textbox', { name: 'Date of birth' });
    await dob.fill('');
    await dob.pressSequentially('2/6/201');
    await dob.evaluate((el) => el.setAttribute('data-probe', 'typed-in'));
    // At 320 px the sections are behind tabs; at 1280 px they are not.
    const sections = page.getByRole('tablist', { name: 'Referral sections' });
    for (const width of [320, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      await sections.waitFor({ state: width === 320 ? 'visible' : 'detached' });
      await nextFrame(page);
      await expect(dob.getAttribute('data-probe')).resolves.toBe('typed-in');
      await expect(dob.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
      await expect(dob.inputValue()).resolves.toBe('2/6/201');
    }
    // Typing carries on where it was.
    await page.keyboard.type('4');
    await expect(dob.inputValue()).resolves.toBe('2/6/2014');
    await sam.getByText('Read as 2 June 2014.', { exact: true }).waitFor();
  });
});

/** Each section or person's card whose content reaches below its own box ("id: content to y, box to y"). */
function spilledParts(page: Page): Promise<string[]> {
  return referralForm(page).evaluate((form) =>
    Array.from(form.querySelectorAll('section, li[aria-labelledby^="person-"]')).flatMap((part) => {
      const box = part.getBoundingClientRect();
      const bottom = Math.max(...Array.from(part.querySelectorAll('*'), (el) => el.getBoundingClientRect().bottom));
      const name = part.id || part.getAttribute('aria-labelledby');
      return bottom > box.bottom + 1
        ? [`${name}: content to ${Math.round(bottom)}, box to ${Math.round(box.bottom)}`]
        : [];
    }),
  );
}

/** The parts the browser is skipping now (content-visibility: auto, far out of view): their content is not shown. */
function skippedParts(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('[data-skip-offscreen]'))
      .filter((part) => part.firstElementChild?.checkVisibility({ contentVisibilityAuto: true }) === false)
      .map((part) => part.id || String(part.getAttribute('aria-labelledby'))),
  );
}

const nextFrame = (page: Page) =>
  page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(undefined)))));

describe('parts far out of view are skipped by the browser, and keep their real size', () => {
  it('when they change while skipped ("Check referral"), and when the pane narrows', async () => {
    const { page, url } = e2e();
    // The last child has no date of birth, so "Check referral" puts a problem in a card far below.
    const more = ['Jo', 'Kit', 'Lee'].map((name, i) => ({
      id: `c${i + 3}`,
      kind: 'child',
      name: `${name} Example`,
      ...(i < 2 ? { dateOfBirth: `201${i + 5}-03-01` } : {}),
    }));
    await page.setViewportSize({ width: 400, height: 800 });
    await page.goto(url('/'));
    await signInPage(page)
      .getByRole('radio', { name: /^Riley Referrer/ })
      .waitFor();
    await seedDraft(page, { ...example, id: randomUUID(), people: [...example.people, ...more] });
    await signInAs(page);
    await page.getByRole('button', { name: 'Check referral' }).waitFor();
    await page.waitForFunction(() => document.querySelectorAll('[data-skip-offscreen]').length > 0);
    await nextFrame(page);
    const skipped = await skippedParts(page);
    expect(skipped).toEqual(expect.arrayContaining(['person-5-title', 'section-notes']));
    expect(await spilledParts(page)).toEqual([]);

    await page.getByRole('button', { name: 'Check referral' }).click();
    const lee = referralForm(page).locator('li[aria-labelledby="person-5-title"]');
    await lee
      .getByText(/date of birth/i)
      .first()
      .waitFor({ state: 'attached' });
    expect(await spilledParts(page)).toEqual([]);

    await page.setViewportSize({ width: 320, height: 720 });
    await nextFrame(page);
    expect(await spilledParts(page)).toEqual([]);
    // Far parts are skipped again once their new size is known.
    await nextFrame(page);
    expect((await skippedParts(page)).length).toBeGreaterThan(0);
  });
});

describe("Fluent's focus manager adds nothing that axe-core reports", () => {
  it('on outlook.html with the drafts menu and the delete dialog open', async () => {
    const { page, url } = e2e();
    await stubOfficeJs(page);
    await page.goto(url('/outlook.html'));
    await signInAs(page);
    await section(page, 'Why you are referring')
      .getByRole('textbox', { name: 'Reason for referral' })
      .fill('Aggressive at home');
    await page.getByRole('button', { name: 'Drafts (1)' }).click();
    await page.getByRole('menu').waitFor();
    await expectNoAxeViolations(page, 'outlook.html with the drafts menu open');
    await page.getByRole('menuitem', { name: /^Delete Referral started / }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Delete this draft?' });
    await dialog.waitFor();
    await expectNoAxeViolations(page, 'outlook.html with the delete dialog open');
    // The page behind the dialog is out of reach: Tab stays inside.
    for (let i = 0; i < 4; i += 1) {
      await page.keyboard.press('Tab');
      await expect(dialog.evaluate((d) => d.contains(document.activeElement))).resolves.toBe(true);
    }
    await page.keyboard.press('Escape');
    await expect(dialog.count()).resolves.toBe(0);
    await expect(page.locator('[data-tabster-dummy]').count()).resolves.toBe(0);
    await expectNoAxeViolations(page, 'outlook.html after the dialog');
  });
});

// How the tests see the card: by roles and labels, as a screen-reader user would.
import type { Locator, Page } from 'playwright-core';
import { eventually } from './wait';

export const REFERRER_NAME = 'Riley Referrer';

/** The words the panel and the form use for verdicts (VERDICT_WORDS in src/domain/eligibility/verdict-words.ts). */
export const VERDICTS = {
  eligible: 'Eligible',
  ineligible: 'Not eligible',
  review: 'Needs a professional judgement',
  incomplete: 'More information needed',
} as const;
export type VerdictWords = (typeof VERDICTS)[keyof typeof VERDICTS];

export const NVR = 'NVR (Non-Violent Resistance) Informed Practice';
export const CODA = 'CODA - Children Overcoming Domestic Abuse';

/** The sandbox's persona picker (index.html with the sandbox configuration). */
export function signInPage(page: Page): Locator {
  return page.getByRole('main', { name: 'Sign in to the local sandbox' });
}

/**
 * Picks the persona on the sandbox sign-in page and waits for the referral form. A page reopened in the same browser
 * profile signs in again as the persona chosen last, without the picker (until "Sign out"): then it only waits.
 */
export async function signInAs(page: Page, displayName: string = REFERRER_NAME): Promise<void> {
  const persona = page.getByRole('radio', { name: new RegExp(`^${escape(displayName)}\\b`) });
  // outlook.html opens on the card's first screen built with the page, until the card (or the picker) replaces it.
  await page.locator('[data-first-screen]').waitFor({ state: 'detached' });
  await persona.or(referralForm(page)).first().waitFor();
  if (await persona.isVisible()) {
    await persona.check();
    await page.getByRole('button', { name: `Sign in as ${displayName}` }).click();
  }
  await referralForm(page).waitFor();
}

export const referralForm = (page: Page): Locator => page.getByRole('form', { name: 'Referral' });
export const section = (page: Page, title: string): Locator =>
  referralForm(page).getByRole('region', { name: title, exact: true });
export const panel = (page: Page): Locator => page.getByRole('region', { name: 'Services and eligibility' });
export const serviceRow = (page: Page, serviceName: string): Locator =>
  panel(page).getByRole('article', { name: serviceName, exact: true });
/** Looks a service up by name in the panel ("Find a service"), so it shows though its provider's group is folded. */
export async function findService(page: Page, serviceName: string): Promise<Locator> {
  await panel(page).getByRole('searchbox', { name: 'Find a service' }).fill(serviceName);
  const row = serviceRow(page, serviceName);
  await row.waitFor();
  return row;
}
/** "What the chosen services still need to know", whose heading counts what is still asked. */
export const questionsSection = (page: Page): Locator =>
  referralForm(page).getByRole('region', { name: /^What the chosen services still need to know/ });
/** A person's card in the Family section, by its title ("Dana Example", or "Child 2" while unnamed). */
export const personCard = (page: Page, title: string): Locator =>
  section(page, 'Family').getByRole('listitem', { name: new RegExp(`^${escape(title)} \\((child|adult)\\)$`) });
export const filingStatus = (page: Page): Locator => page.locator('#filing-status');

/** Waits until the panel shows `verdict` for the service (and no other verdict); says what it shows if it never does. */
export async function expectVerdict(page: Page, serviceName: string, verdict: VerdictWords): Promise<void> {
  const row = serviceRow(page, serviceName);
  await eventually(async () => {
    const shown = await verdictOf(row);
    if (shown !== verdict) {
      const unmet = await row
        .getByText(/^(Not met|Needs a judgement|Needs information): |^Still needed: /)
        .allTextContents();
      throw new Error(`it shows "${shown ?? 'no verdict'}"${unmet.length ? `; ${unmet.join(' | ')}` : ''}`);
    }
    return true;
  }, `"${serviceName}" to be "${verdict}"`);
}

/** Waits until the form's Services section shows `verdict` for a chosen service (visible in either layout). */
export async function expectChosenVerdict(page: Page, serviceName: string, verdict: VerdictWords): Promise<void> {
  const item = section(page, 'Services').getByRole('listitem', { name: serviceName, exact: true });
  await eventually(async () => {
    const shown = await verdictOf(item);
    if (shown !== verdict) throw new Error(`it shows "${shown ?? 'no verdict'}"`);
    return true;
  }, `the chosen "${serviceName}" to be "${verdict}"`);
}

/** The verdict words shown in a service row, if exactly one is shown. */
export async function verdictOf(row: Locator): Promise<string | undefined> {
  const found: string[] = [];
  for (const words of Object.values(VERDICTS))
    if ((await row.getByText(words, { exact: true }).count()) > 0) found.push(words);
  return found.length === 1 ? found[0] : found.length ? found.join(' + ') : undefined;
}

/** A date of birth `years` (and three months) ago, as the card types it (DD/MM/YYYY) and stores it (YYYY-MM-DD). */
export function dateOfBirth(years: number, now: Date = new Date()): { uk: string; iso: string } {
  const d = new Date(Date.UTC(now.getUTCFullYear() - years, now.getUTCMonth(), 1));
  d.setUTCMonth(d.getUTCMonth() - 3);
  const iso = d.toISOString().slice(0, 10);
  const [y, m, day] = iso.split('-');
  return { uk: `${day}/${m}/${y}`, iso };
}

/** A past date in UK format (for "consent recorded on"). */
export function daysAgoUk(days: number, now: Date = new Date()): string {
  const d = new Date(now.getTime() - days * 86_400_000);
  return d.toLocaleDateString('en-GB', { timeZone: 'Europe/London' });
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Waits until a field holds `expected` (restoring a draft and prefilling are asynchronous). */
export async function expectValue(field: Locator, expected: string | RegExp): Promise<void> {
  await eventually(
    async () => {
      const value = await field.inputValue();
      if (typeof expected === 'string' ? value !== expected : !expected.test(value))
        throw new Error(`it holds ${JSON.stringify(value)}`);
      return true;
    },
    `${field} to hold ${String(expected)}`,
  );
}

/** Waits until a radio or checkbox is checked. */
export async function expectChecked(control: Locator): Promise<void> {
  await eventually(async () => (await control.isChecked()) || false, `${control} to be checked`);
}

type StoredDraft = { id: string; updatedAt: string; referral: Record<string, unknown> };

/**
 * The drafts as they are in the page's IndexedDB right now (src/ui/features/drafts: DRAFTS_DB_NAME "referral-card",
 * store "drafts"). Read from a page of the same origin; it never creates the database.
 */
export async function storedDrafts(page: Page): Promise<StoredDraft[]> {
  return page.evaluate(
    () =>
      new Promise<StoredDraft[]>((resolve, reject) => {
        const open = indexedDB.open('referral-card');
        open.onupgradeneeded = () => open.transaction?.abort(); // no database yet: nothing stored
        open.onerror = () => resolve([]);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('drafts')) {
            db.close();
            resolve([]);
            return;
          }
          const all = db.transaction('drafts').objectStore('drafts').getAll();
          all.onsuccess = () => {
            db.close();
            resolve(all.result as StoredDraft[]);
          };
          all.onerror = () => reject(all.error);
        };
      }),
  );
}

/** Waits until a stored draft satisfies `test` (autosave: every change is stored within a second). */
export async function waitUntilStored(
  page: Page,
  what: string,
  test: (draft: StoredDraft) => boolean,
): Promise<StoredDraft> {
  return eventually(async () => (await storedDrafts(page)).find(test) ?? false, `a stored draft where ${what}`);
}

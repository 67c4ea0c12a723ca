// The remembered referrer and "Sign out" on a shared computer, in the real page: the referrer's role, organisation and
// phone come back on a new referral after the page is closed and opened again, signed in as the same persona without
// the picker; "Sign out" asks, then clears this person's drafts and details from the device and signs out.
import type { Page } from 'playwright-core';
import { useE2e } from './support/e2e';
import { expectNoAxeViolations } from './support/axe';
import { press, tabTo } from './support/keyboard';
import {
  REFERRER_NAME,
  expectValue,
  personCard,
  referralForm,
  section,
  signInAs,
  signInPage,
  storedDrafts,
  waitUntilStored,
} from './support/referral-card';
import { eventually } from './support/wait';

const e2e = useE2e();

const aboutYou = (page: Page) => section(page, 'About you');
const field = (page: Page, name: string) => aboutYou(page).getByRole('textbox', { name });
const DETAILS = {
  'Your role': 'Early help practitioner',
  'Your organisation': 'Lewisham Family Hub',
  'Your team (optional)': 'Early Help, South',
  'Your phone number (optional)': '020 8314 0000',
};

/** What the page keeps in local storage: each user's details are under a key made from a hash of who they are. */
const localStorageOf = (page: Page) =>
  page.evaluate(() => Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k) ?? ''])));

async function typeDetails(page: Page): Promise<void> {
  for (const [name, value] of Object.entries(DETAILS)) await field(page, name).fill(value);
  await eventually(async () => {
    const kept = Object.entries(await localStorageOf(page)).find(([k]) => k.startsWith('referral-card.user.'));
    return kept?.[1].includes(DETAILS['Your phone number (optional)']) ?? false;
  }, 'the details to be remembered');
}

describe('the remembered referrer', () => {
  it('prefills a new referral with the details typed last, after the page is closed and opened again', async () => {
    const { page, url, newPage } = e2e();
    await page.goto(url('/'));
    await signInAs(page);
    await typeDetails(page);
    const kept = await localStorageOf(page);
    const userKeys = Object.keys(kept).filter((k) => k.startsWith('referral-card.user.'));
    expect(userKeys).toHaveLength(1);
    expect(userKeys[0]).not.toMatch(/riley|sandbox/i); // no personal data in the key
    await page.close({ runBeforeUnload: true });

    // A restart: the same browser profile, a new page. The persona is signed in again without the picker.
    const again = await newPage();
    await again.goto(url('/'));
    await referralForm(again).waitFor();
    await expect(signInPage(again).count()).resolves.toBe(0);
    await expectValue(field(again, 'Your name'), REFERRER_NAME);
    for (const [name, value] of Object.entries(DETAILS)) await expectValue(field(again, name), value);
    // The referrer's own details are not a draft: nothing was kept in the drafts list for them.
    await again.getByRole('button', { name: 'Drafts (0)' }).waitFor();
  });
});

describe('Sign out', () => {
  it('asks first, then clears the drafts and remembered details and signs out; the next person starts afresh', async () => {
    const { page, url } = e2e();
    await page.goto(url('/'));
    await signInAs(page);
    await typeDetails(page);
    await section(page, 'Family').getByRole('button', { name: 'Add a child' }).click();
    await page.keyboard.type('Jo Example');
    await waitUntilStored(page, 'the child is saved', (d) => JSON.stringify(d.referral).includes('Jo Example'));

    // The keyboard: reach "Sign out", open the question, and Escape keeps everything.
    const signOut = page.getByRole('banner').getByRole('button', { name: 'Sign out' });
    await tabTo(page, signOut);
    await press(page, signOut);
    const dialog = page.getByRole('alertdialog', { name: 'Sign out of Referral Card?' });
    await dialog.getByText(/^Your 1 draft not filed: Referral for Jo, started /).waitFor();
    await dialog.getByText('The details remembered for you: your role, organisation, team and phone number.').waitFor();
    await expectNoAxeViolations(page, 'the sign-out question');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await eventually(
      async () => (await signOut.evaluate((el) => el === document.activeElement)) || false,
      'focus back',
    );
    expect(await storedDrafts(page)).toHaveLength(1);

    // Asked again, and confirmed from the keyboard: the page loads afresh and says the card was signed out.
    await press(page, signOut);
    const confirm = dialog.getByRole('button', { name: 'Sign out', exact: true });
    await tabTo(page, confirm);
    await press(page, confirm);
    const signedOut = page.getByRole('heading', { name: 'You have signed out of Referral Card' });
    await signedOut.waitFor();
    await expectNoAxeViolations(page, 'the signed-out screen');
    expect(await storedDrafts(page)).toEqual([]);
    const left = Object.keys(await localStorageOf(page));
    expect(left.filter((k) => k.startsWith('referral-card.user.') || k === 'referral-card.sandbox-persona')).toEqual(
      [],
    );

    // Whoever signs in next is asked who they are, and nothing of the last person is filled in.
    await page.getByRole('button', { name: 'Sign in' }).click();
    await signInPage(page).waitFor();
    await signInAs(page);
    await expectValue(field(page, 'Your role'), '');
    await expectValue(field(page, 'Your organisation'), '');
    await expectValue(field(page, 'Your team (optional)'), '');
    await page.getByRole('button', { name: 'Drafts (0)' }).waitFor();
    await expect(personCard(page, 'Jo Example').count()).resolves.toBe(0);
  });
});

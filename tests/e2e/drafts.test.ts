// Nothing typed is ever lost to closing the pane, a reload or a crash, and a referrer can keep several
// drafts. Each test has its own browser context, so its own IndexedDB.
import type { Page } from 'playwright-core';
import { useE2e } from './support/e2e';
import { expectValue, personCard, section, signInAs, storedDrafts, waitUntilStored } from './support/referral-card';
import { getIn } from '../../src/ui/state/draft';

const e2e = useE2e();

const roleField = (page: Page) => section(page, 'About you').getByRole('textbox', { name: 'Your role' });
const roleOf = (d: { referral: unknown }) => String(getIn(d.referral, ['referrer', 'role']) ?? '');

async function openCard(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await signInAs(page);
}

describe('drafts', () => {
  it('keeps a change typed just before the pane is closed', async () => {
    const { page, url, newPage } = e2e();
    await openCard(page, url('/'));
    await roleField(page).fill('Family support worker');
    await waitUntilStored(page, 'the role is saved', (d) => roleOf(d) === 'Family support worker');
    // The last change, then the pane closes at once: the autosave timer has not fired; pagehide must save it.
    await roleField(page).fill('Family support worker (schools)');
    await page.close({ runBeforeUnload: true });

    const again = await newPage();
    await openCard(again, url('/'));
    await expectValue(roleField(again), 'Family support worker (schools)');
  });

  it('keeps a change typed just before a reload', async () => {
    const { page, url } = e2e();
    await openCard(page, url('/'));
    await roleField(page).fill('Health visitor');
    await waitUntilStored(page, 'the role is saved', (d) => roleOf(d) === 'Health visitor');
    await roleField(page).fill('Health visitor, 0-19 team');
    await page.reload();
    await signInAs(page);
    await expectValue(roleField(page), 'Health visitor, 0-19 team');
  });

  it('restores everything saved before the page crashed', async () => {
    const { page, url, newPage, context } = e2e();
    await openCard(page, url('/'));
    await roleField(page).fill('School nurse');
    await section(page, 'Family').getByRole('button', { name: 'Add a child' }).click();
    await page.keyboard.type('Jo Example');
    await waitUntilStored(page, 'the child is saved', (d) =>
      JSON.stringify(getIn(d.referral, ['people'])).includes('Jo Example'),
    );
    const cdp = await context.newCDPSession(page);
    const crashed = page.waitForEvent('crash');
    // The renderer dies before it can answer, so the command's reply never comes: wait for the crash instead.
    void cdp.send('Page.crash').catch(() => undefined);
    await crashed;

    const again = await newPage();
    await openCard(again, url('/'));
    await expectValue(roleField(again), 'School nurse');
    await expectValue(personCard(again, 'Jo Example').getByRole('textbox', { name: 'Full name' }), 'Jo Example');
  });

  it('keeps several drafts, lists them, and opens the one chosen', async () => {
    const { page, url } = e2e();
    await openCard(page, url('/'));
    await section(page, 'Family').getByRole('button', { name: 'Add a child' }).click();
    await page.keyboard.type('Alex Example');
    await roleField(page).fill('Social worker');
    await waitUntilStored(page, 'the first draft is saved', (d) => roleOf(d) === 'Social worker');

    await page.getByRole('button', { name: 'Drafts (1)' }).click();
    await page.getByRole('menuitem', { name: 'New referral' }).click();
    // A new referral: empty but for the prefilled referrer; the first is still listed.
    await expectValue(roleField(page), '');
    await expectValue(section(page, 'About you').getByRole('textbox', { name: 'Your name' }), 'Riley Referrer');
    await roleField(page).fill('IDVA');
    await waitUntilStored(page, 'the second draft is saved', (d) => roleOf(d) === 'IDVA');
    expect((await storedDrafts(page)).map(roleOf).sort()).toEqual(['IDVA', 'Social worker']);

    await page.getByRole('button', { name: 'Drafts (2)' }).click();
    await page.getByRole('menuitem', { name: /^Referral for Alex, started \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/ }).click();
    await expectValue(roleField(page), 'Social worker');
    await expectValue(personCard(page, 'Alex Example').getByRole('textbox', { name: 'Full name' }), 'Alex Example');
  });
});

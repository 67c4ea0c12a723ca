// Nothing typed is ever lost to closing the pane, a reload or a crash, and a referrer can keep several
// drafts. Each test has its own browser context, so its own IndexedDB.
import type { Page } from 'playwright-core';
import { useE2e } from './support/e2e';
import { expectValue, personCard, section, signInAs, storedDrafts, waitUntilStored } from './support/referral-card';
import { getIn } from '../../src/ui/state/draft';

const e2e = useE2e();

const roleField = (page: Page) => section(page, 'About you').getByRole('textbox', { name: 'Your role' });
// The referrer's own details alone are not a draft (they are remembered for the user): these tests type the reason.
const reasonField = (page: Page) =>
  section(page, 'Why you are referring').getByRole('textbox', { name: 'Reason for referral' });
const reasonOf = (d: { referral: unknown }) => String(getIn(d.referral, ['reason']) ?? '');

async function openCard(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await signInAs(page);
}

describe('drafts', () => {
  it('keeps a change typed just before the pane is closed', async () => {
    const { page, url, newPage } = e2e();
    await openCard(page, url('/'));
    await reasonField(page).fill('Aggressive at home');
    await waitUntilStored(page, 'the reason is saved', (d) => reasonOf(d) === 'Aggressive at home');
    // The last change, then the pane closes at once: the autosave timer has not fired; pagehide must save it.
    await reasonField(page).fill('Aggressive at home since the summer');
    await page.close({ runBeforeUnload: true });

    const again = await newPage();
    await openCard(again, url('/'));
    await expectValue(reasonField(again), 'Aggressive at home since the summer');
  });

  it('keeps a change typed just before a reload', async () => {
    const { page, url } = e2e();
    await openCard(page, url('/'));
    await reasonField(page).fill('Missing school');
    await waitUntilStored(page, 'the reason is saved', (d) => reasonOf(d) === 'Missing school');
    await reasonField(page).fill('Missing school since September');
    await page.reload();
    await signInAs(page);
    await expectValue(reasonField(page), 'Missing school since September');
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
    await reasonField(page).fill('First family');
    await waitUntilStored(page, 'the first draft is saved', (d) => reasonOf(d) === 'First family');

    await page.getByRole('button', { name: 'Drafts (1)' }).click();
    await page.getByRole('menuitem', { name: 'New referral' }).click();
    // A new referral: empty but for the prefilled referrer; the first is still listed.
    await expectValue(reasonField(page), '');
    await expectValue(section(page, 'About you').getByRole('textbox', { name: 'Your name' }), 'Riley Referrer');
    await reasonField(page).fill('Second family');
    await waitUntilStored(page, 'the second draft is saved', (d) => reasonOf(d) === 'Second family');
    expect((await storedDrafts(page)).map(reasonOf).sort()).toEqual(['First family', 'Second family']);

    await page.getByRole('button', { name: 'Drafts (2)' }).click();
    await page.getByRole('menuitem', { name: /^Referral for Alex, started \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/ }).click();
    await expectValue(reasonField(page), 'First family');
    await expectValue(personCard(page, 'Alex Example').getByRole('textbox', { name: 'Full name' }), 'Alex Example');
  });
});

// My referrals in the browser against the sandbox: a referral filed from the card is listed with the children's
// initials and ages (from its referral.json, never the subject), found by searching their initials, and opened to the
// summary the service received. A reopened card reads nothing again (the details are kept on the device), and a new
// referral of the same child to the same service is warned about before filing; a referral is withdrawn with a
// reason after a confirmation, and the service mailbox receives the withdrawal. axe-core on each screen.
import { randomUUID } from 'node:crypto';
import example from '../../docs/examples/referral.json';
import { referenceFor } from '../../src/domain';
import { expectNoAxeViolations } from './support/axe';
import { managerOf, received, seedDraft, useFilingE2e } from './support/filing-e2e';
import type { FilingE2e } from './support/filing-e2e';
import { filingStatus, NVR, signInAs, signInPage } from './support/referral-card';

const e2e = useFilingE2e();

/** docs/examples/referral.json: Sam (born 2 June 2014) and Alex Example (born 15 January 2020), referred to NVR. */
const referral = (id: string) => ({ ...example, id, attachments: [] });

async function openReadyCard(t: FilingE2e, id: string): Promise<void> {
  await t.page.goto(t.url('/'));
  await signInPage(t.page)
    .getByRole('radio', { name: /^Riley Referrer/ })
    .waitFor();
  await seedDraft(t.page, referral(id));
  await signInAs(t.page);
  await filingStatus(t.page).getByRole('heading', { name: 'Ready to file', exact: true }).waitFor();
}

/** Whole years on the day the test runs, in London, as the card counts them. */
function ageToday(dateOfBirth: string): number {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const [by, bm, bd] = dateOfBirth.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

it('finds a filed referral by the children’s initials and opens the summary that was sent', async () => {
  const t = e2e();
  const { page } = t;
  const id = randomUUID();
  const reference = referenceFor(id);
  await openReadyCard(t, id);
  await page.getByRole('button', { name: 'File referral' }).click();
  await page.getByRole('heading', { name: 'Referral filed' }).waitFor();

  await page.getByRole('button', { name: 'See My referrals' }).click();
  const list = page.getByRole('list', { name: 'Referrals I filed' });
  const label = `Children: S E, age ${ageToday('2014-06-02')}; A E, age ${ageToday('2020-01-15')}`;
  const mine = list.getByRole('listitem', { name: reference, exact: true });
  await mine.getByText(label).waitFor();
  await expectNoAxeViolations(page, 'My referrals with labels');

  await page.getByRole('searchbox', { name: /^Search/ }).fill('s.e');
  await page.getByText('1 referral matches.').waitFor();
  await expect(list.getByRole('listitem', { name: /^RC-/ }).count()).resolves.toBe(1);
  await expectNoAxeViolations(page, 'My referrals, searched');

  await mine.getByRole('button', { name: `Open what was sent in ${reference}` }).click();
  await page.getByRole('heading', { name: `What was sent in ${reference}` }).waitFor();
  await page.getByRole('heading', { name: `Referral ${reference}` }).waitFor();
  await page.getByRole('heading', { name: "Reason for the referral, in the referrer's words" }).waitFor();
  await page.getByText(example.reason).waitFor();
  await page.getByRole('button', { name: 'Download referral.pdf' }).waitFor();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download referral.pdf' }).click();
  expect((await download).suggestedFilename()).toBe('referral.pdf');
  await expectNoAxeViolations(page, 'a referral opened from My referrals');
  await page.getByRole('button', { name: 'Back to My referrals' }).click();
  await mine.getByText(label).waitFor();

  // Reopened: the details come from this device; Sent Items' attachments are not downloaded again.
  const downloads: string[] = [];
  page.on('request', (r) => {
    if (/\/attachments(\/|\?|$)/.test(r.url())) downloads.push(r.url());
  });
  await page.reload();
  await signInAs(page);
  await page.getByRole('button', { name: 'My referrals' }).click();
  await list.getByRole('listitem', { name: reference, exact: true }).getByText(label).waitFor();
  expect(downloads).toEqual([]);
});

it('warns before filing when the same child was referred to the same service in the last 90 days', async () => {
  const t = e2e();
  const { page } = t;
  const first = randomUUID();
  await openReadyCard(t, first);
  await page.getByRole('button', { name: 'File referral' }).click();
  await page.getByRole('heading', { name: 'Referral filed' }).waitFor();

  const second = randomUUID();
  await seedDraft(page, referral(second), new Date(Date.now() + 60_000));
  await page.reload();
  await signInAs(page);
  const before = page.getByRole('region', { name: 'Before you file', exact: true });
  const warning = before.getByRole('note', { name: 'You may have referred this child already' });
  await warning
    .getByText(new RegExp(`You referred Sam Example to ${escape(NVR)} on \\d{1,2} \\w+ \\(${referenceFor(first)}\\)`))
    .waitFor();
  // A warning, not a block.
  await filingStatus(page).getByRole('heading', { name: 'Ready to file', exact: true }).waitFor();
  await expectNoAxeViolations(page, 'the card with a possible duplicate');
});

it('withdraws a referral, with a reason, after a confirmation: the service mailbox receives the withdrawal', async () => {
  const t = e2e();
  const { page } = t;
  const id = randomUUID();
  const reference = referenceFor(id);
  await openReadyCard(t, id);
  await page.getByRole('button', { name: 'File referral' }).click();
  await page.getByRole('heading', { name: 'Referral filed' }).waitFor();
  await page.getByRole('button', { name: 'See My referrals' }).click();
  await page.getByRole('button', { name: `Open what was sent in ${reference}` }).click();
  await page.getByRole('button', { name: 'Withdraw', exact: true }).click();
  await page.getByRole('textbox', { name: /Why you are withdrawing/ }).fill('The family moved out of the borough.');
  await page.getByRole('button', { name: 'Withdraw referral' }).click();
  await page.getByText('Withdraw this referral? This cannot be undone from the card.').waitFor();
  await expectNoAxeViolations(page, 'the withdrawal confirmation');
  await page.getByRole('button', { name: 'Yes, withdraw it' }).click();
  await page.getByText('The referral was withdrawn. The service will close it.').waitFor();
  const lewisham = 'Family.Hub.Referrals@lewisham.gov.uk';
  const messages = await received(t, managerOf(t, lewisham), lewisham, id);
  expect(messages).toHaveLength(2);
  expect(messages.map((m) => m.subject)).toContain(`OFFICIAL-SENSITIVE: Withdrawal of referral ${reference}`);
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

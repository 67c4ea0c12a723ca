// The triage cards (Teams, Adaptive Card 1.5) rendered by the official adaptivecards renderer in headless Chromium,
// as the sandbox's channel page does: no parse or validation warnings, nothing logged, names shown as text; and in
// the deciders' allocation view the renderer itself puts the chosen worker in the Allocate button's data, refuses
// Allocate with no choice, and lets Back through without one.
import { triageCard, TRIAGE_VERB_NAMES, type TriageCardView } from '../../src/cards';
import { useCardRenderer } from './support/card-renderer';
import { TEST_MS } from './support/e2e';

const WREN = '4066a7e4-0ddd-569b-a57b-bea9ed530e6b';
const HOSTILE = '<img src=x onerror="window.pwned=1"> **b** {{DATE(x)}}';
const view: TriageCardView = {
  referralId: '5b1d3c1e-2f7a-4c55-9a0e-6a1f6d1b2c3d',
  mailbox: 'family.hub.referrals@lewisham.gov.uk',
  version: 1,
  reference: 'RC-5B1D3C1E',
  serviceName: 'NVR (Non-Violent Resistance) Informed Practice',
  receivedOn: '7 December 2026',
  statusWords: 'Screening',
  deadline: { words: 'Screening due by 14 December 2026 (5 working days left)', status: 'on-track' },
  // What screening offers; with "Open in board" that is the renderer's (and Teams') most buttons a card shows, 5.
  verbs: TRIAGE_VERB_NAMES.filter((v) => v !== 'triage.start-screening'),
  boardUrl: 'https://board.example/',
};
const team = [
  { id: '7010f8c4-a444-5e4e-a3e8-f6b0e4e360fd', name: HOSTILE },
  { id: WREN, name: 'Wren Worker' },
];

const CARDS: [string, unknown][] = [
  ['everyone’s view, screening', triageCard(view)],
  ['the deciders’ view with the team to choose from', triageCard({ ...view, allocation: { workers: team } })],
  ['the deciders’ view when the team cannot be listed', triageCard({ ...view, allocation: { unavailable: 'No.' } })],
  [
    'allocated, naming the worker',
    triageCard({ ...view, statusWords: 'Allocated to a worker', verbs: [], allocatedTo: 'Wren Worker' }),
  ],
];

jest.setTimeout(TEST_MS);
const cards = useCardRenderer();
const render = (card: unknown) => cards.render(card);

test.each(CARDS)('%s renders with no warnings, and names stay text', async (_name, card) => {
  const before = cards.logged.length;
  const out = await render(card);
  expect(out.events).toEqual([]);
  expect(out.rendered).toBe(true);
  expect(cards.logged.slice(before)).toEqual([]);
  expect(out.text).toContain('Referral RC-5B1D3C1E');
  expect(out.images).toBe(0);
  expect(out.strong).toBe(0);
  expect(out.pwned).toBe(false);
});

test('choosing Wren Worker and pressing Allocate sends the worker’s id with the card’s data', async () => {
  await render(CARDS[1]![1]);
  const host = cards.page().locator('#card-host');
  const list = host.getByRole('combobox', { name: /Allocate to/ });
  // The hostile name is an option's text, never markup.
  await expect(list.locator('option').allTextContents()).resolves.toContain(HOSTILE.replace('{{', '{\u200b{'));

  await host.getByRole('button', { name: 'Allocate', exact: true }).click();
  // Nothing chosen: the renderer shows the list's error and sends nothing.
  await host.getByText('Choose the worker to allocate.').waitFor();
  await expect(cards.executed()).resolves.toEqual([]);

  await list.selectOption({ label: 'Wren Worker' });
  await host.getByRole('button', { name: 'Allocate', exact: true }).click();
  await expect(cards.executed()).resolves.toEqual([
    {
      verb: 'triage.allocate',
      data: { referralId: view.referralId, mailbox: view.mailbox, expectedVersion: 1, workerId: WREN },
    },
  ]);
});

test('Back goes through with nothing chosen, and carries no worker', async () => {
  await render(CARDS[1]![1]);
  await cards.page().locator('#card-host').getByRole('button', { name: 'Back', exact: true }).click();
  await expect(cards.executed()).resolves.toEqual([
    { verb: 'triage.back', data: { referralId: view.referralId, mailbox: view.mailbox, expectedVersion: 1 } },
  ]);
});

// Triage from filing to decision, in the browser against the sandbox with the triage bot running in this process:
// Riley files a referral to Lewisham's NVR from the card; the bot's next round posts one card in the team's Referrals
// channel (the sandbox's web view, drawn by the Adaptive Cards renderer) and the board lists it; a team member outside
// the deciding group is refused on the card; the team manager starts screening, accepts and allocates to Wren Worker
// on the card (the card and the mailbox change), and another referral is accepted and allocated on the board (its
// card follows); Riley's My referrals shows both; two bot instances on one store post one card; two managers deciding
// at once on the card and the board: one decision is saved, the other person is told who changed it. axe-core on the
// channel page at 1280 and 320 px, with screenshots in E2E_SHOTS_DIR (else the temp folder's referral-card-e2e-shots).
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import example from '../../docs/examples/referral.json';
import { referenceFor } from '../../src/domain';
import { expandProperties, REFERRAL_PROPERTY_IDS } from '../../src/graph';
import { expectNoAxeViolations } from './support/axe';
import { newContext } from './support/browser';
import { boardPath, boardRow, decideOnBoard, openBoard } from './support/board-view';
import {
  cardAnswer,
  cardFact,
  cardsFor,
  channelPath,
  openChannel,
  pressAs,
  referralCard,
  triageChannelOf,
} from './support/channel-view';
import { fileFromCard, received, useFilingE2e, type FilingE2e } from './support/filing-e2e';
import { signInAs } from './support/referral-card';
import { useTriageBot } from './support/triage-bot';
import { eventually } from './support/wait';

const LEWISHAM = 'Family.Hub.Referrals@lewisham.gov.uk';
const MANAGER_UPN = 'manager.lewisham@sandbox.test';
/** The sandbox's second team manager of every service, so two different managers can decide at once. */
const MORGAN = { upn: 'morgan.manager@sandbox.test', displayName: 'Morgan Manager' } as const;

const bot = useTriageBot();
const e2e = useFilingE2e({
  pages: ['index.html', 'board.html'],
  sandbox: () => bot.sandboxOptions(),
});

const nameOf = (t: FilingE2e, upn: string) => t.sandbox.seed.personas.find((p) => p.upn === upn)!.displayName;

type Filed = { id: string; reference: string };
/** The referral the journey follows from the first test to the My referrals test, and the one decided on the board. */
const journey: { first?: Filed; second?: Filed } = {};
const filed = (which: keyof typeof journey): Filed => {
  const f = journey[which];
  if (!f) throw new Error(`The ${which} referral was not filed: see the first failing test above.`);
  return f;
};

/** Riley files docs/examples/referral.json's family (Lewisham, NVR) from the card; the bot then takes a look. */
async function fileAndWatch(t: FilingE2e): Promise<Filed> {
  const id = randomUUID();
  await fileFromCard(t, { ...example, id, attachments: [] });
  const running = await bot.running(t.sandbox);
  await running.watch(LEWISHAM);
  return { id, reference: referenceFor(id) };
}

/** The referral message's triage state, version and categories, as the team manager reads them in the mailbox. */
async function inMailbox(t: FilingE2e, id: string) {
  const [message] = await received(t, MANAGER_UPN, LEWISHAM, id);
  if (!message) throw new Error(`${LEWISHAM} has no message for ${id}.`);
  const P = REFERRAL_PROPERTY_IDS;
  const read = await t.graph<{ categories: string[]; singleValueExtendedProperties?: { id: string; value: string }[] }>(
    MANAGER_UPN,
    `/users/${LEWISHAM}/messages/${message.id}?$select=categories&$expand=${expandProperties(P.triageState, P.triageVersion)}`,
  );
  const value = (pid: string) =>
    read.singleValueExtendedProperties?.find((p) => p.id.toLowerCase() === pid.toLowerCase())?.value;
  return { state: value(P.triageState), version: value(P.triageVersion), categories: read.categories };
}

async function channel(t: FilingE2e, page: Page = t.page): Promise<void> {
  await openChannel(page, t.url(channelPath(t.sandbox, LEWISHAM)));
}

function shotsDir(): string {
  const dir = process.env.E2E_SHOTS_DIR ?? join(tmpdir(), 'referral-card-e2e-shots');
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** Managers' own browsers: not Riley's, where the sandbox would sign the board in as Riley. Closed after each test. */
const managerContexts: BrowserContext[] = [];
afterEach(async () => {
  await Promise.all(managerContexts.splice(0).map((c) => c.close()));
});

/** The Lewisham board in a manager's own browser, signed in as `displayName`. */
async function boardAs(t: FilingE2e, displayName: string): Promise<Page> {
  const context = await newContext(t.context.browser()!, t.sandbox.origin);
  managerContexts.push(context);
  const page = await context.newPage();
  await openBoard(page, t.url(boardPath(LEWISHAM)), displayName);
  return page;
}

/** Presses a card's button and waits for the page to say what the bot answered. */
async function press(card: Locator, button: string): Promise<string> {
  await card.getByRole('button', { name: button, exact: true }).click();
  return eventually(async () => {
    const said = (await cardAnswer(card).textContent()) ?? '';
    return said !== '' && !said.startsWith('Sending') && said;
  }, `the bot's answer to "${button}"`);
}

/** The Lewisham channel in `page`, and the card of `reference` on it. */
async function cardIn(t: FilingE2e, reference: string, page: Page = t.page): Promise<Locator> {
  await channel(t, page);
  return referralCard(page, reference);
}

test('a referral filed from the card gets one card in the channel and a row on the board; axe at 1280 and 320 px', async () => {
  const t = e2e();
  journey.first = await fileAndWatch(t);
  const { reference } = journey.first;

  const page = await t.context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  const card = await cardIn(t, reference, page);
  await expect(cardsFor(page, reference)).resolves.toBe(1);
  await expect(cardFact(card, 'Status')).resolves.toBe('Received');
  await expect(cardFact(card, 'Service')).resolves.toBe('NVR (Non-Violent Resistance) Informed Practice');
  await card.getByRole('button', { name: 'Start screening', exact: true }).waitFor();
  const [opened] = await Promise.all([
    t.context.waitForEvent('page'),
    card.getByRole('link', { name: 'Open in board', exact: true }).click(),
  ]);
  expect(opened.url()).toBe(t.url(`/board.html?referral=${journey.first.id}&mailbox=${encodeURIComponent(LEWISHAM)}`));
  await opened.close();
  // A summary without family names: the example family is Dana, Sam and Alex Example.
  expect(await card.textContent()).not.toMatch(/Example|Dana|Sam\b|Alex/);
  await expectNoAxeViolations(page, 'the channel with a triage card at 1280 px');
  await page.screenshot({ path: join(shotsDir(), 'channel-1280.png'), fullPage: true });
  await page.setViewportSize({ width: 320, height: 720 });
  await expectNoAxeViolations(page, 'the channel with a triage card at 320 px');
  await card.screenshot({ path: join(shotsDir(), 'channel-card-320.png') });
  await page.screenshot({ path: join(shotsDir(), 'channel-320.png'), fullPage: true });

  const board = await boardAs(t, nameOf(t, MANAGER_UPN));
  await boardRow(board, reference).waitFor();
});

test('a team member outside the deciding group presses a decision: refused on screen, the mailbox unchanged', async () => {
  const t = e2e();
  const { id, reference } = filed('first');
  const before = await inMailbox(t, id);
  const card = await cardIn(t, reference);
  // Riley is not in the team, so Teams would not show Riley the channel: the picker does not offer Riley.
  const picker = t.page.getByRole('combobox', { name: "Press the cards' buttons as" });
  expect((await picker.locator('option').allTextContents()).some((o) => o.startsWith('Riley Referrer'))).toBe(false);
  await pressAs(t.page, 'Wren Worker');
  await press(card, 'Start screening');
  await card.getByText('You cannot decide on this referral').waitFor();
  await card
    .getByText(
      'Only members of the service’s deciding group (its team managers) can make triage decisions. Nothing was changed.',
    )
    .waitFor();
  await expectNoAxeViolations(t.page, 'the channel after a refused click');
  await card.screenshot({ path: join(shotsDir(), 'channel-card-refused.png') });
  await expect(inMailbox(t, id)).resolves.toEqual(before);

  // The channel's copy of the card is untouched for everyone else.
  await expect(cardFact(await cardIn(t, reference), 'Status')).resolves.toBe('Received');
});

test('the team manager starts screening and accepts on the card; the mailbox records each; the channel shows it to all', async () => {
  const t = e2e();
  const { id, reference } = filed('first');
  const card = await cardIn(t, reference);
  await pressAs(t.page, nameOf(t, MANAGER_UPN));
  await expect(press(card, 'Start screening')).resolves.toBe('The bot updated the card.');
  await expect(cardFact(card, 'Status')).resolves.toBe('Screening');
  await expect(inMailbox(t, id)).resolves.toMatchObject({ state: 'screening', version: '1' });

  await expect(press(card, 'Accept')).resolves.toBe('The bot updated the card.');
  await expect(cardFact(card, 'Status')).resolves.toBe('Accepted');
  const after = await inMailbox(t, id);
  expect(after).toMatchObject({ state: 'accepted', version: '2' });
  expect(after.categories).toContain('Referral: accepted');

  // Reopened (anyone else's view): the bot redrew the channel's copy too.
  const again = await cardIn(t, reference);
  await expect(cardFact(again, 'Status')).resolves.toBe('Accepted');
  await expect(again.getByRole('button', { name: 'Start screening' }).count()).resolves.toBe(0);
});

/**
 * The team manager allocates an accepted referral from its card: "Allocate to a worker" brings the team's list to
 * them alone, they choose Wren Worker and press Allocate; the mailbox, the card and the channel's copy show it.
 */
async function allocateOnCard(t: FilingE2e, { id, reference }: Filed): Promise<void> {
  const card = await cardIn(t, reference);
  await pressAs(t.page, nameOf(t, MANAGER_UPN));
  await expect(press(card, 'Allocate to a worker')).resolves.toBe('The bot updated the card.');
  const list = card.getByRole('combobox', { name: /Allocate to/ });
  const people = await list.locator('option').allTextContents();
  expect(people).toEqual(expect.arrayContaining(['Wren Worker', nameOf(t, MANAGER_UPN)]));
  expect(people).not.toContain('Riley Referrer');
  await expectNoAxeViolations(t.page, 'the channel with the allocation list');
  await list.selectOption({ label: 'Wren Worker' });
  await expect(press(card, 'Allocate')).resolves.toBe('The bot updated the card.');
  await expect(cardFact(card, 'Status')).resolves.toBe('Allocated to a worker');
  await expect(cardFact(card, 'Allocated to')).resolves.toBe('Wren Worker');
  const after = await inMailbox(t, id);
  expect(after).toMatchObject({ state: 'allocated', version: '3' });
  expect(after.categories).toContain('Referral: allocated to a worker');

  // Everyone else's view: the channel's copy names the worker and offers no more allocation.
  const again = await cardIn(t, reference);
  await expect(cardFact(again, 'Allocated to')).resolves.toBe('Wren Worker');
  await expect(again.getByRole('button', { name: 'Allocate to a worker' }).count()).resolves.toBe(0);
}

test('the accepted referral is allocated on the card; a second is accepted and allocated on the board, and its card follows', async () => {
  const t = e2e();
  await allocateOnCard(t, filed('first'));

  journey.second = await fileAndWatch(t);
  const { id, reference } = journey.second;
  const board = await boardAs(t, nameOf(t, MANAGER_UPN));
  await boardRow(board, reference).click();
  await decideOnBoard(board, 'Start screening');
  await board.getByText('Saved: the referral is now screening.').waitFor();
  await decideOnBoard(board, 'Accept and allocate to a worker', async (p) => {
    await p.getByRole('combobox', { name: /Worker/ }).selectOption({ label: 'Wren Worker' });
  });
  await board.getByText(/Saved: the referral is now allocated to a worker\./).waitFor();
  await expect(inMailbox(t, id)).resolves.toMatchObject({ state: 'allocated', version: '2' });

  await (await bot.running(t.sandbox)).watch(LEWISHAM);
  const card = await cardIn(t, reference);
  await expect(cardFact(card, 'Status')).resolves.toBe('Allocated to a worker');
  await expect(card.getByRole('button', { name: 'Start screening' }).count()).resolves.toBe(0);
});

test('Riley’s My referrals shows what the service decided', async () => {
  const t = e2e();
  const first = filed('first');
  const second = filed('second');
  await t.page.goto(t.url('/'));
  await signInAs(t.page);
  await t.page.getByRole('button', { name: 'My referrals' }).click();
  const list = t.page.getByRole('list', { name: 'Referrals I filed' });
  const item = (reference: string) => list.getByRole('listitem', { name: reference, exact: true });
  await item(first.reference).getByText('Accepted and allocated to a worker', { exact: true }).waitFor();
  await item(second.reference).getByText('Accepted and allocated to a worker', { exact: true }).waitFor();
});

test('two bot instances on one store, watching at once: one card for a new referral', async () => {
  const t = e2e();
  const id = randomUUID();
  const reference = referenceFor(id);
  await fileFromCard(t, { ...example, id, attachments: [] });
  const one = await bot.running(t.sandbox);
  const two = await bot.another(t.sandbox);
  const [a, b] = await Promise.all([one.watch(LEWISHAM), two.watch(LEWISHAM)]);
  expect([...a!, ...b!].reduce((n, r) => n + r.posted, 0)).toBe(1);
  // Another round each, as after a restart: still one.
  await Promise.all([one.watch(LEWISHAM), two.watch(LEWISHAM)]);
  await channel(t);
  await expect(cardsFor(t.page, reference)).resolves.toBe(1);
  const { teamId, channelId } = triageChannelOf(t.sandbox, LEWISHAM);
  const posts = await t.graph<{ value: { attachments: { content?: string }[] }[] }>(
    MANAGER_UPN,
    `/teams/${teamId}/channels/${encodeURIComponent(channelId)}/messages`,
  );
  expect(posts.value.filter((p) => p.attachments.some((x) => x.content?.includes(reference)))).toHaveLength(1);
});

test('two managers decide at once, one on the card and one on the board: one is saved, the other is told who', async () => {
  const t = e2e();
  const { id, reference } = await fileAndWatch(t);
  const board = await boardAs(t, MORGAN.displayName);
  await boardRow(board, reference).click();
  await board.getByRole('radio', { name: 'Start screening' }).check();
  const card = await cardIn(t, reference);
  await pressAs(t.page, nameOf(t, MANAGER_UPN));

  await Promise.all([board.getByRole('button', { name: 'Record decision' }).click(), press(card, 'Start screening')]);
  const boardSaid = board.getByText(/^Saved: the referral is now screening\.|changed this referral/).first();
  await boardSaid.waitFor();
  // What each side was told, compared at once, so a failure shows both.
  const told = { board: (await boardSaid.textContent()) ?? '', card: (await card.textContent()) ?? '' };
  const boardWon = told.board.startsWith('Saved');
  const manager = nameOf(t, MANAGER_UPN).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  expect(told).toEqual(
    boardWon
      ? {
          board: expect.stringMatching(/^Saved: the referral is now screening\./),
          card: expect.stringContaining(
            'Another team manager changed this referral while you were deciding: it is now screening. Your decision was not saved.',
          ),
        }
      : {
          board: expect.stringMatching(
            new RegExp(`^${manager} changed this referral at .*: it is now screening\\. Your decision`),
          ),
          card: expect.not.stringContaining('changed this referral'),
        },
  );
  await expect(cardFact(card, 'Status')).resolves.toBe('Screening');
  await expect(inMailbox(t, id)).resolves.toMatchObject({ state: 'screening', version: '1' });
});

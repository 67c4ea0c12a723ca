// kill -9 of the real sandbox (a child process on loopback with its data on disk) while the card's filing is at /send,
// 20 times. Each time the sandbox starts again on the same folder and the card, opened again, resumes through the
// coordinator with the real referral.json, Graph gateway and filing (a stand-in PDF). Every referral reaches the
// service mailbox exactly once; one the card reported as unconfirmed (accepted, but its Sent Items copy not yet
// shown) is settled by a later retry.
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSandboxTokenSource } from '../../src/auth/sandbox-token-source';
import { catalogue } from '../../src/catalogues';
import type { FilingCoordinator } from '../../src/filing';
import { createFilingService } from '../../src/filing/filing-service';
import { REFERRAL_PROPERTY_IDS, propertyFilter } from '../../src/graph';
import { fileRequestFor, openCardWith } from './card-support';
import { fakeJobStore } from './fakes';
import { SandboxLink, SandboxProcess } from './sandbox-process';

const CYCLES = 20;
const REFERRER = 'riley.referrer@sandbox.test';
const MANAGER = 'manager.lewisham@sandbox.test';
const MAILBOX = 'Family.Hub.Referrals@lewisham.gov.uk';
const PDF = new TextEncoder().encode('%PDF-1.7 stand-in');
// Exchange's window after the 202, longer than a restart and the resume's wait, so the resume meets it.
const HIDDEN_MS = 3_000;
const RETRIES = 12;

/** Where the kill lands: before /send leaves, racing it by a few milliseconds, or once Graph has handled it. */
type Cut = 'before' | 'racing' | 'after';
const CUTS: readonly Cut[] = ['before', 'racing', 'after', 'racing'];
// How long a racing kill waits after /send has left, by round of cuts.
const RACE_MS = [0, 1, 3, 6, 10];

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let sandbox: SandboxProcess;
let link: SandboxLink;
let service: ReturnType<typeof createFilingService>;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kill-during-send-'));
  sandbox = new SandboxProcess(dir);
  await sandbox.start();
  link = new SandboxLink(sandbox);
  countSends();
  service = createFilingService({
    graphBaseUrl: `${sandbox.origin}/graph/v1.0`,
    tokenSource: createSandboxTokenSource({
      persona: { upn: REFERRER, displayName: 'Riley Referrer' },
      fetch: sandbox.globalFetch,
      baseUrl: sandbox.origin,
    }),
    scopes: ['Mail.ReadWrite', 'Mail.Send'],
    catalogue,
    renderPdf: async () => PDF,
    httpHandler: link,
    retry: { sleep: async () => undefined, random: () => 0 },
    sentCopyWait: { tries: 2, delayMs: 250 },
  });
}, 60_000);

afterAll(async () => {
  await sandbox?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const openCard = (store: ReturnType<typeof fakeJobStore>) => openCardWith(service, store);

/** The messages of this referral in a folder, as its owner sees them. */
async function copiesOf(upn: string, path: string, referralId: string): Promise<number> {
  const client = await sandbox.client(upn);
  const page = (await client
    .api(path)
    .filter(propertyFilter(REFERRAL_PROPERTY_IDS.referralId, referralId))
    .select('id')
    .top(50)
    .get()) as { value: unknown[] };
  return page.value.length;
}

const received = (id: string) => copiesOf(MANAGER, `/users/${MAILBOX}/mailFolders/inbox/messages`, id);
const drafts = (id: string) => copiesOf(REFERRER, '/me/mailFolders/drafts/messages', id);
const sentItems = (id: string) => copiesOf(REFERRER, '/me/mailFolders/sentitems/messages', id);

/** Every /send that left, by referral; `atSend` (once) places the kill around the next one. */
const sends = new Map<string, number>();
let filing = '';
let atSend: ((send: () => Promise<void>) => Promise<void>) | undefined;

function countSends(): void {
  link.around = async (url, method, send) => {
    if (method !== 'POST' || !url.endsWith('/send')) return send();
    sends.set(filing, (sends.get(filing) ?? 0) + 1);
    const cut = atSend;
    atSend = undefined;
    return cut ? cut(send) : send();
  };
}

/** Files the referral with the kill placed by `cut`. */
async function fileAndKill(id: string, cut: Cut, raceMs: number, faults: object) {
  let exited: Promise<unknown> | undefined;
  atSend = async (send) => {
    if (cut === 'before') await (exited = sandbox.kill());
    if (cut === 'racing') exited = sleep(raceMs).then(() => sandbox.kill());
    // Graph handles /send and the connection drops before its answer; the sandbox dies right then.
    if (cut === 'after') await sandbox.setFaults({ ...faults, rateDrop: 1, dropAfterHandler: true, limit: 1 });
    try {
      await send();
    } finally {
      if (cut === 'after') await (exited = sandbox.kill());
    }
  };
  filing = id;
  const store = fakeJobStore();
  const first = openCard(store);
  await first.start(fileRequestFor(id));
  first.dispose();
  expect(atSend).toBeUndefined(); // the kill happened at /send
  await exited;
  return { first, store };
}

/** Retries, as the referrer would a few moments later, until the card is done (bounded). */
async function retryUntilDone(card: FilingCoordinator): Promise<number> {
  let retries = 0;
  while (card.getState().phase !== 'done' && retries < RETRIES) {
    expect(card.getState().mailboxes[0]?.failure?.kind).toBe('unconfirmed');
    await sleep(250);
    await card.retry();
    retries += 1;
  }
  return retries;
}

test(`kill -9 of the sandbox at /send, ${CYCLES} times: the resumed filing puts each referral in the service mailbox exactly once`, async () => {
  const ids: string[] = [];
  const outcomes = new Map<string, number>();
  const tally = (outcome: string) => outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
  for (let cycle = 0; cycle < CYCLES; cycle += 1) {
    const id = randomUUID();
    ids.push(id);
    const cut = CUTS[cycle % CUTS.length] as Cut;
    // Some sends are accepted with their Sent Items copy hidden for a while, as Exchange does.
    const faults = cycle % 3 === 2 ? { sentItemsDelayMs: HIDDEN_MS } : {};
    await sandbox.setFaults(faults);
    const { first, store } = await fileAndKill(id, cut, RACE_MS[Math.floor(cycle / 4)] ?? 0, faults);
    await sandbox.start();

    if (first.getState().phase === 'done') {
      tally('filed before the kill'); // the race lost: the answer came back before the process died
    } else {
      expect(first.getState().mailboxes[0]?.failure?.kind).toBe('connection');
      expect(store.jobs.get(id)?.mailboxes[0]).toMatchObject({ state: 'pending', sending: true });
      const wentBefore = (await received(id)) === 1;
      const sendsBefore = sends.get(id);
      const card = openCard(store);
      await card.resume();
      const unconfirmed = card.getState().phase !== 'done';
      const retries = await retryUntilDone(card);
      expect(card.getState().phase).toBe('done');
      // What had gone is never sent again; what had not is sent once.
      expect(sends.get(id)).toBe((sendsBefore ?? 0) + (wentBefore ? 0 : 1));
      expect(card.getState().mailboxes[0]?.alreadySent).toBe(wentBefore);
      if (unconfirmed) expect(retries).toBeGreaterThan(0);
      tally(wentBefore ? (unconfirmed ? 'unconfirmed, then found' : 'found sent') : 'sent after the wait');
    }
    expect(store.jobs.has(id)).toBe(false);
    expect(await received(id)).toBe(1);
    expect(await drafts(id)).toBe(0);
  }
  console.log(`kill at /send: ${[...outcomes].map(([o, n]) => `${o} ${n}`).join(', ')}`);
  // Every kind of cut happened, and after every restart each referral is still there once, with one Sent Items copy.
  for (const outcome of ['found sent', 'sent after the wait', 'unconfirmed, then found'])
    expect(outcomes.get(outcome)).toBeGreaterThan(0);
  await sleep(HIDDEN_MS);
  for (const id of ids) {
    expect(await received(id)).toBe(1);
    expect(await sentItems(id)).toBe(1);
  }
}, 180_000);

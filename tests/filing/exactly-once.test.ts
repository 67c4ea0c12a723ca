// Exactly once around /send, through the coordinator with the real documents, Graph gateway and sandbox: 20 filings
// are each cut short at /send (the request lost before Graph handles it, or the answer lost after it has), the card
// is opened again and resumes; every referral is in the service mailbox exactly once. Then the cut meets Exchange's
// window: the send was accepted but its Sent Items copy is still hidden when the resume looks.
import { randomUUID } from 'node:crypto';
import { catalogue } from '../../src/catalogues';
import type { JobStore } from '../../src/filing';
import { createFilingService } from '../../src/filing/filing-service';
import {
  LEWISHAM_MAILBOX,
  LEWISHAM_MANAGER,
  REFERRER,
  UndiciLink,
  clearFaults,
  sandboxTokenSource,
  setFaults,
  startHarness,
} from '../graph/support';
import type { Harness } from '../graph/support';
import { ownMessages, receivedBy } from '../graph/filing/inbox-support';
import { fileRequestFor, openCardWith } from './card-support';
import { fakeJobStore } from './fakes';

const PDF = new TextEncoder().encode('%PDF-1.7 stand-in');
const CYCLES = 20;

let h: Harness;
let link: UndiciLink;
let slept = 0;
/** Runs at each sleep of the resume's wait for the Sent Items copy. */
let duringWait: (() => void) | undefined;
let service: ReturnType<typeof createFilingService>;
beforeAll(async () => {
  h = await startHarness();
  link = new UndiciLink(h.dispatcher);
  service = createFilingService({
    graphBaseUrl: `${h.sandbox.origin}/graph/v1.0`,
    tokenSource: sandboxTokenSource(h, REFERRER, 'Riley Referrer'),
    scopes: ['Mail.ReadWrite', 'Mail.Send'],
    catalogue,
    // The PDF is not what this is about: a stand-in keeps twenty cycles quick.
    renderPdf: async () => PDF,
    httpHandler: link,
    retry: { sleep: async () => undefined, random: () => 0 },
    sentCopyWait: {
      tries: 2,
      delayMs: 1,
      sleep: async () => {
        slept += 1;
        duringWait?.();
      },
    },
  });
});
afterAll(() => h.close());
afterEach(async () => {
  link.before = undefined;
  duringWait = undefined;
  await clearFaults(h);
});

const openCard = (store: { store: JobStore }) => openCardWith(service, store);

test(`${CYCLES} filings cut short at /send and resumed: each referral reaches the service mailbox exactly once`, async () => {
  const outcomes: string[] = [];
  for (let cycle = 0; cycle < CYCLES; cycle += 1) {
    const id = randomUUID();
    const answerLost = cycle % 2 === 1;
    const store = fakeJobStore();
    // The cut: this /send and the look right after it lose their connection, before or after Graph handles /send.
    link.before = async (url, method) => {
      if (method === 'POST' && url.endsWith('/send'))
        await setFaults(h, { rateDrop: 1, dropAfterHandler: answerLost, limit: 2, pathPrefix: '/graph/v1.0/me/' });
    };
    const first = openCard(store);
    await first.start(fileRequestFor(id));
    link.before = undefined;
    await clearFaults(h);
    expect(first.getState().mailboxes[0]?.failure?.kind).toBe('connection');
    expect(store.jobs.get(id)?.mailboxes[0]?.sending).toBe(true);
    first.dispose();

    slept = 0;
    const reopened = openCard(store);
    await reopened.resume();
    expect(reopened.getState().phase).toBe('done');
    outcomes.push(reopened.getState().mailboxes[0]?.alreadySent ? 'found sent' : `sent after ${slept} looks`);
    expect(await receivedBy(h, LEWISHAM_MANAGER, LEWISHAM_MAILBOX, id)).toHaveLength(1);
    expect(await ownMessages(h, REFERRER, 'drafts', id)).toHaveLength(0);
  }
  // Both kinds of cut happened: a send that had gone was found, a send that had not was made after the wait.
  expect(new Set(outcomes)).toEqual(new Set(['found sent', 'sent after 2 looks']));
}, 120_000);

// Exchange's window between the 202 and the Sent Items copy, on the sandbox's clock (the test moves it).
const WINDOW_MS = 60_000;

/** The pane's job store as the pane sees it: once the pane has closed, nothing it does reaches the store any more. */
function paneStore(under: JobStore) {
  let closed = false;
  const store: JobStore = {
    ...under,
    put: async (job) => (closed ? undefined : under.put(job)),
    remove: async (id) => (closed ? undefined : under.remove(id)),
  };
  return { store, close: () => void (closed = true) };
}

const sendPosts = (sends: string[], id: string) => sends.filter((s) => s === id).length;

/** Graph handles this /send (its Sent Items copy hidden) and the answer is lost, with the look right after it. */
const loseTheAnswer = () =>
  setFaults(h, {
    sentItemsDelayMs: WINDOW_MS,
    rateDrop: 1,
    dropAfterHandler: true,
    limit: 2,
    pathPrefix: '/graph/v1.0/me/',
  });

test('accepted, but the Sent Items copy is still hidden when the resume looks: never sent again; found in the wait, or unconfirmed until a later retry finds it', async () => {
  const sends: string[] = [];
  const outcomes: string[] = [];
  for (let cycle = 0; cycle < 4; cycle += 1) {
    const id = randomUUID();
    const paneCloses = cycle % 2 === 1;
    const copyLandsDuringWait = cycle >= 2;
    const store = fakeJobStore();
    const pane = paneStore(store.store);
    await setFaults(h, { sentItemsDelayMs: WINDOW_MS });
    // The cut, once /send is on its way: Graph answers 202 but the answer is lost, or the pane closes before it hears.
    link.before = async (url, method) => {
      if (method !== 'POST' || !url.endsWith('/send')) return;
      sends.push(id);
      if (paneCloses) pane.close();
      else await loseTheAnswer();
    };
    const first = openCard(pane);
    await first.start(fileRequestFor(id));
    first.dispose();
    if (!paneCloses) expect(first.getState().mailboxes[0]?.failure?.kind).toBe('connection');
    expect(store.jobs.get(id)?.mailboxes[0]).toMatchObject({ state: 'pending', sending: true });
    // Delivered, gone from Drafts, and not yet in Sent Items: what the resume meets.
    expect(await receivedBy(h, LEWISHAM_MANAGER, LEWISHAM_MAILBOX, id)).toHaveLength(1);
    expect(await ownMessages(h, REFERRER, 'drafts', id)).toHaveLength(0);
    expect(await ownMessages(h, REFERRER, 'sentitems', id)).toHaveLength(0);
    await setFaults(h, { sentItemsDelayMs: WINDOW_MS });

    slept = 0;
    if (copyLandsDuringWait) duringWait = () => void (h.clock.now += WINDOW_MS * 0.6);
    const reopened = openCard(store);
    await reopened.resume();
    duringWait = undefined;
    expect(slept).toBeLessThanOrEqual(2); // the wait is bounded
    if (copyLandsDuringWait) expect(reopened.getState().phase).toBe('done');
    else {
      expect(reopened.getState().phase).toBe('failed');
      expect(reopened.getState().mailboxes[0]?.failure?.kind).toBe('unconfirmed');
      expect(store.jobs.get(id)?.mailboxes[0]).toMatchObject({ state: 'pending', sending: true });
      // A retry inside the window still cannot tell, and still sends nothing.
      await reopened.retry();
      expect(reopened.getState().mailboxes[0]?.failure?.kind).toBe('unconfirmed');
      h.clock.now += WINDOW_MS;
      await reopened.retry();
    }
    expect(reopened.getState().phase).toBe('done');
    expect(reopened.getState().mailboxes[0]?.alreadySent).toBe(true);
    outcomes.push(copyLandsDuringWait ? `found after ${slept} looks` : 'unconfirmed, then found');
    expect(sendPosts(sends, id)).toBe(1);
    expect(store.jobs.has(id)).toBe(false);
    expect(await receivedBy(h, LEWISHAM_MANAGER, LEWISHAM_MAILBOX, id)).toHaveLength(1);
    expect(await ownMessages(h, REFERRER, 'sentitems', id)).toHaveLength(1);
  }
  expect(outcomes).toEqual([
    'unconfirmed, then found',
    'unconfirmed, then found',
    'found after 2 looks',
    'found after 2 looks',
  ]);
}, 60_000);

test('unconfirmed, then the referrer goes back to the referral and files it again: still never sent a second time', async () => {
  const id = randomUUID();
  const store = fakeJobStore();
  const sends: string[] = [];
  await setFaults(h, { sentItemsDelayMs: WINDOW_MS });
  link.before = async (url, method) => {
    if (method !== 'POST' || !url.endsWith('/send')) return;
    sends.push(id);
    if (sends.length === 1) await loseTheAnswer();
  };
  const request = fileRequestFor(id);
  const card = openCard(store);
  await card.start(request);
  await setFaults(h, { sentItemsDelayMs: WINDOW_MS });
  await card.retry();
  expect(card.getState().mailboxes[0]?.failure?.kind).toBe('unconfirmed');
  // Back to the referral, and File again while the Sent Items copy is still hidden.
  await card.cancel();
  await card.start(request);
  expect(card.getState().mailboxes[0]?.failure?.kind).toBe('unconfirmed');
  expect(sendPosts(sends, id)).toBe(1);
  h.clock.now += WINDOW_MS;
  await card.retry();
  expect(card.getState().phase).toBe('done');
  expect(card.getState().mailboxes[0]?.alreadySent).toBe(true);
  expect(sendPosts(sends, id)).toBe(1);
  expect(await receivedBy(h, LEWISHAM_MANAGER, LEWISHAM_MAILBOX, id)).toHaveLength(1);
});

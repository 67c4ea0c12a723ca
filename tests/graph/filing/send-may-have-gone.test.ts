// A send that may have gone (an attempt reached /send and never heard it refused) is never sent blindly: the resume
// waits for the Sent Items copy over Exchange's window, reads the service's copy where it may, sends the draft again
// only if it is still a draft, and says so when it cannot tell.
import { randomUUID } from 'node:crypto';
import { fileToMailbox } from '../../../src/graph';
import {
  clearFaults,
  failureOf,
  gatewayFor,
  type Harness,
  LEWISHAM_MAILBOX,
  LEWISHAM_MANAGER,
  REFERRER,
  requestFor,
  setFaults,
  standardFiles,
  startHarness,
  type TestGateway,
} from '../support';
import { ownMessages, receivedBy } from './inbox-support';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());
afterEach(() => clearFaults(h));

/** A filing whose /send (and the check after it) loses its connection before Graph handles it: the draft stays. */
async function sendCutShort(g: TestGateway, referralId: string, phases: string[]) {
  g.link.before = async (url, method) => {
    if (method === 'POST' && url.endsWith('/send'))
      await setFaults(h, { rateDrop: 1, limit: 2, pathPrefix: '/graph/v1.0/me/messages' });
  };
  const failure = await failureOf(
    fileToMailbox(g.gateway, requestFor(referralId, LEWISHAM_MAILBOX, standardFiles()), {
      onSend: async (phase) => void phases.push(phase),
    }),
  );
  g.link.before = undefined;
  expect(failure).toMatchObject({ kind: 'offline', detail: { uncertain: true } });
  const [draft] = await ownMessages(h, REFERRER, 'drafts', referralId);
  return draft!.id;
}

const sendPosts = (g: TestGateway) => g.wire.filter((e) => e.method === 'POST' && e.path.endsWith('/send'));

test('the Sent Items copy lands during the wait: found, and nothing is sent again', async () => {
  const referralId = randomUUID();
  const g = gatewayFor(h, REFERRER);
  const phases: string[] = [];
  const draftId = await sendCutShort(g, referralId, phases);
  expect(phases).toEqual(['starting']); // no answer: the send may have gone
  // Exchange's window: the accepted message leaves Drafts and reaches Sent Items a while after the 202.
  const referrer = await h.client(REFERRER);
  let slept = 0;
  const sleep = async () => {
    slept += 1;
    if (slept === 1) await referrer.api(`/me/messages/${draftId}/send`).post({});
  };
  g.wire.length = 0;
  const result = await fileToMailbox(g.gateway, requestFor(referralId, LEWISHAM_MAILBOX, standardFiles()), {
    resume: true,
    sendMayHaveGone: true,
    sentCopyWait: { tries: 3, delayMs: 1, sleep },
  });
  expect(result.outcome).toBe('already-filed');
  expect(slept).toBe(1);
  expect(sendPosts(g)).toEqual([]);
  expect(await receivedBy(h, LEWISHAM_MANAGER, LEWISHAM_MAILBOX, referralId)).toHaveLength(1);
});

test('still a draft after the whole wait: the send never took, so the draft is sent, once', async () => {
  const referralId = randomUUID();
  const g = gatewayFor(h, REFERRER);
  await sendCutShort(g, referralId, []);
  let slept = 0;
  g.wire.length = 0;
  const result = await fileToMailbox(g.gateway, requestFor(referralId, LEWISHAM_MAILBOX, standardFiles()), {
    resume: true,
    sendMayHaveGone: true,
    sentCopyWait: { tries: 3, delayMs: 1, sleep: async () => void (slept += 1) },
  });
  expect(result.outcome).toBe('sent');
  expect(slept).toBe(3);
  expect(sendPosts(g)).toHaveLength(1);
  expect(g.wire.filter((e) => e.method === 'POST' && e.path.endsWith('/me/messages'))).toEqual([]);
  expect(await receivedBy(h, LEWISHAM_MANAGER, LEWISHAM_MAILBOX, referralId)).toHaveLength(1);
  expect(await ownMessages(h, REFERRER, 'sentitems', referralId)).toHaveLength(1);
});

test('out of Drafts but never in Sent Items: it cannot tell, says so, and sends nothing new', async () => {
  const referralId = randomUUID();
  const g = gatewayFor(h, REFERRER);
  const sent = await fileToMailbox(g.gateway, requestFor(referralId, LEWISHAM_MAILBOX, standardFiles()));
  // The copy is not there yet (or was moved): the message is neither a draft nor in Sent Items.
  await (await h.client(REFERRER)).api(`/me/messages/${sent.messageId}`).delete();
  g.wire.length = 0;
  let slept = 0;
  const failure = await failureOf(
    fileToMailbox(g.gateway, requestFor(referralId, LEWISHAM_MAILBOX, standardFiles()), {
      resume: true,
      sendMayHaveGone: true,
      sentCopyWait: { tries: 2, delayMs: 1, sleep: async () => void (slept += 1) },
    }),
  );
  expect(failure).toMatchObject({ kind: 'send-unconfirmed', retryable: false });
  expect(slept).toBe(2);
  expect(g.wire.filter((e) => e.method !== 'GET')).toEqual([]);
  expect(await receivedBy(h, LEWISHAM_MANAGER, LEWISHAM_MAILBOX, referralId)).toHaveLength(1);
});

test('where the filer may read the service mailbox, the service’s copy settles it without waiting', async () => {
  const referralId = randomUUID();
  const g = gatewayFor(h, LEWISHAM_MANAGER);
  await fileToMailbox(g.gateway, requestFor(referralId, LEWISHAM_MAILBOX, standardFiles()));
  const [own] = await ownMessages(h, LEWISHAM_MANAGER, 'sentitems', referralId);
  await (await h.client(LEWISHAM_MANAGER)).api(`/me/messages/${own!.id}`).delete();
  const sleep = jest.fn(async () => undefined);
  const result = await fileToMailbox(g.gateway, requestFor(referralId, LEWISHAM_MAILBOX, standardFiles()), {
    resume: true,
    sendMayHaveGone: true,
    sentCopyWait: { tries: 3, delayMs: 1, sleep },
  });
  expect(result.outcome).toBe('already-filed');
  expect(sleep).not.toHaveBeenCalled();
  expect(await receivedBy(h, LEWISHAM_MANAGER, LEWISHAM_MAILBOX, referralId)).toHaveLength(1);
});

test('a /send Microsoft 365 refuses is reported as refused: nothing went', async () => {
  const referralId = randomUUID();
  const g = gatewayFor(h, REFERRER, { retry: { maxRetries: 0 } });
  g.link.before = async (url, method) => {
    if (method === 'POST' && url.endsWith('/send'))
      await setFaults(h, { rate503: 1, limit: 1, pathPrefix: new URL(url).pathname });
  };
  const phases: string[] = [];
  const failure = await failureOf(
    fileToMailbox(g.gateway, requestFor(referralId, LEWISHAM_MAILBOX, standardFiles()), {
      onSend: async (phase) => void phases.push(phase),
    }),
  );
  expect(failure).toMatchObject({ kind: 'server', detail: { status: 503 } });
  expect(phases).toEqual(['starting', 'refused']);
  expect(await receivedBy(h, LEWISHAM_MANAGER, LEWISHAM_MAILBOX, referralId)).toHaveLength(0);
});

// A 429 storm is waited out (and the waits reported); an expired token is renewed without a word.
import { randomUUID } from 'node:crypto';
import { catalogue } from '../../../src/catalogues';
import { failureWords } from '../../../src/filing';
import { toFilingFailure } from '../../../src/filing/mailbox-filer';
import { fileToMailbox } from '../../../src/graph';
import {
  clearFaults,
  fileOf,
  gatewayFor,
  type Harness,
  LEWISHAM_MAILBOX,
  LEWISHAM_MANAGER,
  patternBytes,
  REFERRER,
  requestFor,
  setFaults,
  standardFiles,
  startHarness,
} from '../support';
import { receivedBy } from './inbox-support';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());
afterEach(() => clearFaults(h));

test('a 429 storm: every request is retried after the Retry-After it was given, the waits are reported, one message', async () => {
  const referralId = randomUUID();
  const slept: number[] = [];
  const { gateway, waits, wire } = gatewayFor(h, REFERRER, {
    retry: { sleep: async (s) => void slept.push(s), maxRetries: 3 },
  });
  // Three 429s in a row: the draft's POST is answered only at its fourth try.
  await setFaults(h, { rate429: 1, limit: 3, retryAfterSeconds: 1 });
  const result = await fileToMailbox(gateway, requestFor(referralId, LEWISHAM_MAILBOX, standardFiles()));
  expect(result.outcome).toBe('sent');
  expect(waits.map((w) => [w.seconds, w.status, w.attempt])).toEqual([
    [1, 429, 1],
    [1, 429, 2],
    [1, 429, 3],
  ]);
  expect(waits.every((w) => typeof w.requestId === 'string')).toBe(true);
  expect(slept).toEqual([1, 1, 1]);
  expect(wire.filter((e) => e.status === 429)).toHaveLength(3);
  expect(await receivedBy(h, LEWISHAM_MANAGER, LEWISHAM_MAILBOX, referralId)).toHaveLength(1);
});

test('a storm longer than the retries: throttled with the wait and the request id, and a resume files it once', async () => {
  const referralId = randomUUID();
  const { gateway, waits } = gatewayFor(h, REFERRER, { retry: { maxRetries: 2 } });
  await setFaults(h, { rate429: 1, limit: 3, retryAfterSeconds: 30 });
  const failure = await fileToMailbox(gateway, requestFor(referralId, LEWISHAM_MAILBOX, standardFiles())).catch(
    (e: unknown) => e,
  );
  expect(failure).toMatchObject({
    kind: 'throttled',
    retryable: true,
    detail: { status: 429, waitSeconds: 30, requestId: expect.any(String) },
  });
  const filing = toFilingFailure(failure, { catalogue, isOnline: () => true });
  expect(failureWords(filing.kind, filing.details, LEWISHAM_MAILBOX).what).toMatch(/asked us to wait 30 seconds/);
  expect(waits.map((w) => w.seconds)).toEqual([30, 30]);
  await fileToMailbox(gateway, requestFor(referralId, LEWISHAM_MAILBOX, standardFiles()), { resume: true });
  expect(await receivedBy(h, LEWISHAM_MANAGER, LEWISHAM_MAILBOX, referralId)).toHaveLength(1);
});

test('a Retry-After above the longest wait we sit through ends the retries at once', async () => {
  const { gateway, waits } = gatewayFor(h, REFERRER, { retry: { maxWaitSeconds: 60 } });
  await setFaults(h, { rate503: 1, limit: 1, retryAfterSeconds: 600 });
  const failure = await fileToMailbox(gateway, requestFor(randomUUID(), LEWISHAM_MAILBOX, standardFiles())).catch(
    (e: unknown) => e,
  );
  expect(failure).toMatchObject({ kind: 'server', retryable: true, detail: { status: 503, waitSeconds: 600 } });
  expect(waits).toEqual([]);
});

test('upload ranges answered 503 are retried like any request', async () => {
  const referralId = randomUUID();
  const { gateway, waits, wire } = gatewayFor(h, REFERRER);
  await setFaults(h, { rate503: 1, limit: 2, pathPrefix: '/upload/' });
  await fileToMailbox(
    gateway,
    requestFor(
      referralId,
      LEWISHAM_MAILBOX,
      standardFiles([fileOf('big', 'big.bin', 'application/octet-stream', patternBytes(5_000_000))]),
    ),
  );
  expect(waits.map((w) => w.status)).toEqual([503, 503]);
  expect(wire.filter((e) => e.method === 'PUT').map((e) => e.status)).toEqual([503, 503, 200, 201]);
  expect(await receivedBy(h, LEWISHAM_MANAGER, LEWISHAM_MAILBOX, referralId)).toHaveLength(1);
});

test('an expired token is renewed silently: one 401, a forced renewal, and the filing goes on', async () => {
  const referralId = randomUUID();
  const { gateway, source, wire } = gatewayFor(h, REFERRER);
  const getToken = jest.spyOn(source, 'getToken');
  await gateway.client.api('/me').get(); // signs in and caches a token
  h.clock.now += 2 * 60 * 60 * 1000; // the sandbox now sees that token as expired; the source's own clock does not
  const result = await fileToMailbox(gateway, requestFor(referralId, LEWISHAM_MAILBOX, standardFiles()));
  expect(result.outcome).toBe('sent');
  expect(wire.filter((e) => e.status === 401)).toHaveLength(1);
  expect(getToken.mock.calls.filter(([, options]) => options?.forceRefresh === true)).toHaveLength(1);
  expect(await receivedBy(h, LEWISHAM_MANAGER, LEWISHAM_MAILBOX, referralId)).toHaveLength(1);
});

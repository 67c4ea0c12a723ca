import { GraphError } from '@microsoft/microsoft-graph-client';
import { catalogue } from '../../../src/catalogues';
import { failureWords } from '../../../src/filing';
import { toFilingFailure } from '../../../src/filing/mailbox-filer';
import { GraphFailure, GRAPH_FAILURE_KINDS, toGraphFailure } from '../../../src/graph';
import { failureFromAnswer, envelopeOf } from '../../../src/graph/errors/to-graph-failure';
import { retryAfterSeconds } from '../../../src/graph/errors/retry-after';

const graphError = (status: number, code: string | null, headers: Record<string, string> = {}) => {
  const e = new GraphError(status, 'm');
  e.code = code;
  e.requestId = 'req-1';
  e.headers = new Headers(headers);
  return e;
};

test.each([
  [404, 'ErrorInvalidUser', 'mailbox-not-found'],
  [400, 'ErrorInvalidRecipients', 'mailbox-not-found'],
  [404, 'MailboxNotEnabledForRESTAPI', 'mailbox-not-found'],
  [403, 'ErrorAccessDenied', 'no-permission'],
  [403, 'ErrorSendAsDenied', 'no-permission'],
  [413, 'RequestEntityTooLarge', 'too-large'],
  [400, 'ErrorAttachmentSizeLimitExceeded', 'too-large'],
  [429, 'TooManyRequests', 'throttled'],
  [401, 'InvalidAuthenticationToken', 'signed-out'],
  [500, 'InternalServerError', 'server'],
  [503, 'ServiceUnavailable', 'server'],
  [504, null, 'server'],
  [412, 'ErrorIrresolvableConflict', 'rejected'],
  [404, 'ErrorItemNotFound', 'rejected'],
] as const)('HTTP %i %s is %s, with the request id', (status, code, kind) => {
  const f = toGraphFailure(graphError(status, code));
  expect(f).toBeInstanceOf(GraphFailure);
  expect(f.kind).toBe(kind);
  expect(f.requestId).toBe('req-1');
  expect(f.message).toContain('req-1');
});

test('no answer at all (status -1) is offline, an abort is cancelled, anything else unexpected', () => {
  const dropped = new GraphError(-1, 'fetch failed');
  dropped.code = 'TypeError';
  expect(toGraphFailure(dropped).kind).toBe('offline');
  const aborted = new GraphError(-1, 'aborted');
  aborted.code = 'AbortError';
  expect(toGraphFailure(aborted).kind).toBe('cancelled');
  expect(toGraphFailure(Object.assign(new Error('x'), { name: 'AbortError' })).kind).toBe('cancelled');
  expect(toGraphFailure(new RangeError('bug')).kind).toBe('unexpected');
  expect(toGraphFailure('a string').kind).toBe('unexpected');
});

test('the wait comes from Retry-After, as seconds or as an HTTP date', () => {
  expect(toGraphFailure(graphError(429, 'TooManyRequests', { 'Retry-After': '30' })).detail.waitSeconds).toBe(30);
  const now = Date.parse('2026-11-02T10:00:00Z');
  expect(retryAfterSeconds('Mon, 02 Nov 2026 10:01:30 GMT', now)).toBe(90);
  expect(retryAfterSeconds('Mon, 02 Nov 2026 09:00:00 GMT', now)).toBe(0);
  expect(retryAfterSeconds('soon', now)).toBeUndefined();
  expect(retryAfterSeconds('', now)).toBeUndefined();
  expect(retryAfterSeconds(null, now)).toBeUndefined();
  expect(failureFromAnswer({ status: 503, retryAfter: '-5' }).detail.waitSeconds).toBeUndefined();
});

test('a GraphFailure passes through, gaining context but never losing its own', () => {
  const original = new GraphFailure('offline', { mailbox: 'a@b.c' });
  expect(toGraphFailure(original)).toBe(original);
  const more = toGraphFailure(original, { mailbox: 'x@y.z', serviceIds: ['lewisham.general'] });
  expect(more.detail).toEqual({ mailbox: 'a@b.c', serviceIds: ['lewisham.general'] });
  expect(more).toBeInstanceOf(GraphFailure);
  expect(more.name).toBe('GraphFailure');
});

test('the envelope reader takes code and request id and ignores junk', () => {
  expect(envelopeOf({ error: { code: 'X', innerError: { 'request-id': 'r' } } })).toEqual({
    code: 'X',
    requestId: 'r',
  });
  expect(envelopeOf({ error: 'nope' })).toEqual({});
  expect(envelopeOf(null)).toEqual({});
  expect(envelopeOf({ error: { code: 5 } })).toEqual({});
});

test('every kind has words in filing’s one table, and retryable is exactly the kinds a later attempt can fix unchanged', () => {
  const retryable = GRAPH_FAILURE_KINDS.filter((k) => new GraphFailure(k).retryable);
  expect(retryable.sort()).toEqual(['cancelled', 'offline', 'server', 'signed-out', 'throttled']);
  for (const kind of GRAPH_FAILURE_KINDS) {
    const f = new GraphFailure(kind);
    expect(f).toBeInstanceOf(Error);
    expect(f.message).toContain(kind);
    const filing = toFilingFailure(f, { catalogue, isOnline: () => true });
    const words = failureWords(filing.kind, filing.details, 'family.hub@example.gov.uk');
    expect(`${words.what} ${words.todo}`.length).toBeGreaterThan(40);
    expect(`${words.what} ${words.todo}`).not.toMatch(/undefined|\[object/);
  }
});

test('too-large words give sizes, never the file name', () => {
  const words = (f: GraphFailure) => {
    const filing = toFilingFailure(f, { catalogue, isOnline: () => true });
    return failureWords(filing.kind, filing.details, 'family.hub@example.gov.uk').what;
  };
  const one = new GraphFailure('too-large', {
    fileId: 'f1',
    sizeBytes: 160 * 1024 * 1024,
    limitBytes: 150 * 1024 * 1024,
  });
  expect(words(one)).toMatch(/160 MB.*150 MB/);
  expect(words(one)).not.toMatch(/f1/);
  const total = new GraphFailure('too-large', { sizeBytes: 180 * 1024 * 1024, limitBytes: 150 * 1024 * 1024 });
  expect(words(total)).toMatch(/together are 180 MB/);
});

// readReferralDocument: a filed referral.json read back from a message is checked; anything else is quarantined with
// a reason in words, never thrown; only Graph's own failures are thrown, typed, for the caller to retry.
import { GraphFailure } from '../../../src/graph';
import {
  checkedFile,
  mailboxPath,
  readReferralDocument,
  REFERRAL_JSON_MAX_BYTES,
} from '../../../src/graph/referral-document/read-referral-document';
import { filedExample } from '../../ui/support/filed-documents';
import { base64, fakeMailClient, messageWith, pathsOf } from './fake-mail-client';

const ID = 'AAMkADk=/+x';
const good = () => JSON.stringify(filedExample());

test('a filed referral.json is read, checked and returned with its attachment id', async () => {
  const g = fakeMailClient(messageWith(ID, good()));
  const read = await readReferralDocument(g, 'me', ID);
  expect(read).toMatchObject({ ok: true, attachmentId: 'j' });
  expect(read.ok && read.document.reference).toBe(filedExample().reference);
  // The message id is escaped in the path: an id with / or + cannot reach another resource.
  expect(g.requests).toEqual([pathsOf(ID).list, pathsOf(ID).file('j')]);
});

test('a shared mailbox is addressed by its address, escaped', () => {
  expect(mailboxPath('me')).toBe('/me');
  expect(mailboxPath({ user: 'Family Hub/x@lewisham.gov.uk' })).toBe('/users/Family%20Hub%2Fx%40lewisham.gov.uk');
});

test.each([
  ['no referral.json', { value: [{ id: 'p', name: 'referral.pdf', size: 10 }] }, 'missing'],
  ['no attachments at all', { value: [] }, 'missing'],
  ['a listing that is not a list', { value: 'nope' }, 'missing'],
  [
    'two referral.json files',
    {
      value: [
        { id: 'a', name: 'referral.json', size: 10 },
        { id: 'b', name: ' Referral.JSON ', size: 10 },
      ],
    },
    'invalid',
  ],
  [
    'a file too large to be ours',
    { value: [{ id: 'j', name: 'referral.json', size: REFERRAL_JSON_MAX_BYTES + 1 }] },
    'too-large',
  ],
])('%s is quarantined with its reason, and nothing more is downloaded', async (_, listing, reason) => {
  const g = fakeMailClient({ [pathsOf(ID).list]: listing });
  const read = await readReferralDocument(g, 'me', ID);
  expect(read).toMatchObject({ ok: false, reason });
  expect(read.ok ? '' : read.message).toMatch(/^The referral/);
  expect(g.requests).toHaveLength(1);
});

test.each([
  ['not JSON', base64('{"reference": '), 'not-json'],
  ['not UTF-8', base64(new Uint8Array([0xff, 0xfe, 0x7b])), 'not-json'],
  ['not base64', '***', 'not-json'],
  ['JSON of another shape', base64('{"hello":"world"}'), 'invalid'],
  ['a referral that is not a filed one', base64(JSON.stringify(filedExample().referral)), 'invalid'],
  ['no content', undefined, 'missing'],
  ['more base64 than the size limit allows', 'A'.repeat(Math.ceil(REFERRAL_JSON_MAX_BYTES / 3) * 4 + 8), 'too-large'],
])('content that is %s is quarantined with its reason', (_, content, reason) => {
  expect(checkedFile(content, 'j')).toMatchObject({ ok: false, reason });
});

test('a nesting deeper than any referral is quarantined, never thrown', () => {
  const read = checkedFile(base64('['.repeat(200_000) + ']'.repeat(200_000)), 'j');
  expect(read.ok).toBe(false);
  expect(read.ok ? '' : read.reason).toMatch(/^(not-json|invalid)$/);
});

test('a hostile document is quarantined, not thrown: a prototype-polluting key changes nothing', () => {
  const hostile = `{"__proto__":{"polluted":true},${good().slice(1)}`;
  const read = checkedFile(base64(hostile), 'j');
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  if (read.ok) expect(Object.prototype.hasOwnProperty.call(read.document, 'polluted')).toBe(false);
});

test('Graph failures are thrown as GraphFailure (for a retry), never quarantined', async () => {
  const g = fakeMailClient({});
  await expect(readReferralDocument(g, 'me', ID)).rejects.toBeInstanceOf(GraphFailure);
  const half = fakeMailClient({ [pathsOf(ID).list]: messageWith(ID, good())[pathsOf(ID).list] });
  await expect(readReferralDocument(half, 'me', ID)).rejects.toBeInstanceOf(GraphFailure);
});

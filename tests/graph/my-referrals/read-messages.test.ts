// Reading one message as a filing (Sent Items) or a status report (Inbox): ours and well-formed, or skipped.
import { referralPropertiesFor } from '../../../src/graph/filing/referral-properties';
import { readSentFiling, readStatusReport } from '../../../src/graph/my-referrals/read-messages';

const ID = '0F8FAD5B-D9CB-469F-A165-70867728950E';
const SERVICE = 'lewisham.family-hub';
const SENT = '2026-11-30T10:15:00Z';

type Kind = 'referral' | 'advice' | 'status';
const message = (kind: Kind, over: Record<string, unknown> = {}, props: Record<string, unknown> = {}) => ({
  id: 'AAMk1',
  sentDateTime: SENT,
  toRecipients: [{ emailAddress: { address: 'referrals@lewisham.sandbox.test' } }],
  singleValueExtendedProperties: referralPropertiesFor({
    referralId: ID,
    schemaVersion: '1',
    serviceIds: [SERVICE],
    kind,
    ...props,
  }),
  ...over,
});

test('a filing of ours is read with its referral id in lower case', () => {
  expect(readSentFiling(message('referral'))).toEqual({
    messageId: 'AAMk1',
    referralId: ID.toLowerCase(),
    kind: 'referral',
    serviceIds: [SERVICE],
    mailbox: 'referrals@lewisham.sandbox.test',
    sentAt: SENT,
  });
  expect(readSentFiling(message('advice'))?.kind).toBe('advice');
});

test.each([
  ['not a message', 'hello'],
  ['a status message', message('status', {}, { status: 'declined' })],
  ['no recipient', message('referral', { toRecipients: [] })],
  ['no sent time', message('referral', { sentDateTime: null })],
  ['a sent time that is not a date', message('referral', { sentDateTime: 'yesterday' })],
  ['a referral id that is not a uuid', message('referral', {}, { referralId: 'RC-1234' })],
  ['a service id that is not one', message('referral', {}, { serviceIds: [SERVICE, 'Not A Service'] })],
  ['no service ids', message('referral', {}, { serviceIds: [] })],
  ['none of our properties', message('referral', { singleValueExtendedProperties: [] })],
])('a Sent Items message with %s is not a filing', (_, item) => {
  expect(readSentFiling(item)).toBeUndefined();
});

test('a status report is read, dated when sent, else when received', () => {
  const status = message('status', {}, { status: 'declined' });
  expect(readStatusReport(status)).toEqual({
    referralId: ID.toLowerCase(),
    serviceIds: [SERVICE],
    state: 'declined',
    at: SENT,
  });
  const received = '2026-12-01T09:00:00Z';
  expect(readStatusReport({ ...status, sentDateTime: null, receivedDateTime: received })?.at).toBe(received);
});

test.each([
  ['a referral, not a status', message('referral')],
  ['no state', message('status')],
  ['a state triage does not know', message('status', {}, { status: 'approved-by-magic' })],
  ['no date at all', message('status', { sentDateTime: null }, { status: 'declined' })],
  ['a referral id that is not a uuid', message('status', {}, { referralId: 'x', status: 'declined' })],
  ['not a message', [1, 2, 3]],
])('an Inbox message with %s is not a status report', (_, item) => {
  expect(readStatusReport(item)).toBeUndefined();
});

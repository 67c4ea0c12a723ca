// Search and filters of My referrals.
import { filtered, matching, NO_QUERY, servicesIn } from '../../../../src/ui/features/my-referrals/filter-referrals';
import type { MyReferral } from '../../../../src/ui/features/my-referrals/my-referrals.types';
import type { ReferralLabel } from '../../../../src/ui/features/my-referrals/referral-label';

const entry = (reference: string, services: [string, string, string?][]): MyReferral => ({
  referralId: reference,
  reference,
  sentAt: '2026-11-03T10:00:00Z',
  messages: [{ messageId: `m-${reference}`, mailbox: 'x@y.gov.uk' }],
  services: services.map(([serviceId, name, state]) => ({
    serviceId,
    name,
    kind: 'referral',
    mailbox: 'x@y.gov.uk',
    ...(state ? { status: { state, at: '2026-11-04T10:00:00Z' } } : {}),
  })),
});

const a = entry('RC-6B1F0D5E', [['lewisham.nvr', 'NVR (Non-Violent Resistance)', 'screening']]);
const b = entry('RC-8319677E', [
  ['lewisham.nvr', 'NVR (Non-Violent Resistance)'],
  ['lewisham.coda', 'CODA', 'declined'],
]);
const c = entry('RC-00000001', [['notts.solihull', 'Solihull Parenting']]);
const items = [a, b, c];
const LABELS: Record<string, ReferralLabel> = {
  'RC-6B1F0D5E': { kind: 'label', text: 'S E, age 12; A E, age 6', initials: ['S E', 'A E', 'E'] },
  'RC-8319677E': { kind: 'label', text: 'A H, age 4', initials: ['A H', 'H'] },
  'RC-00000001': { kind: 'unreadable', reason: 'damaged' },
};
const labelFor = (i: MyReferral) => LABELS[i.reference];
const find = (text: string, more: Partial<typeof NO_QUERY> = {}) =>
  matching(items, { ...NO_QUERY, ...more, text }, labelFor).map((i) => i.reference);

test('by the children’s initials, however they are typed', () => {
  expect(find('S E')).toEqual(['RC-6B1F0D5E']);
  expect(find('s.e.')).toEqual(['RC-6B1F0D5E']);
  expect(find('ah')).toEqual(['RC-8319677E']);
  // Initials match from their start, not anywhere inside: "ea" is not "A E".
  expect(find('ea')).toEqual([]);
});

test('by reference, whole or in part, and by a service’s name', () => {
  expect(find('rc-8319677e')).toEqual(['RC-8319677E']);
  expect(find('8319')).toEqual(['RC-8319677E']);
  expect(find('coda')).toEqual(['RC-8319677E']);
  expect(find('Non-Violent')).toEqual(['RC-6B1F0D5E', 'RC-8319677E']);
  expect(find('solihull')).toEqual(['RC-00000001']);
});

test('nothing typed finds everything; a search matching nothing finds nothing', () => {
  expect(find('  ')).toEqual(items.map((i) => i.reference));
  expect(find('zz')).toEqual([]);
  expect(find('<script>')).toEqual([]);
});

test('an entry whose details are not read yet is found by reference and service, not initials', () => {
  expect(matching(items, { ...NO_QUERY, text: 'SE' }, () => undefined)).toEqual([]);
  expect(matching(items, { ...NO_QUERY, text: 'coda' }, () => undefined)).toEqual([b]);
});

test('by status: any of the referral’s services in that state; “none” is no decision yet', () => {
  expect(find('', { status: 'declined' })).toEqual(['RC-8319677E']);
  expect(find('', { status: 'none' })).toEqual(['RC-8319677E', 'RC-00000001']);
  expect(find('', { status: 'accepted' })).toEqual([]);
});

test('by service, combined with the rest', () => {
  expect(find('', { service: 'lewisham.nvr' })).toEqual(['RC-6B1F0D5E', 'RC-8319677E']);
  expect(find('ah', { service: 'lewisham.nvr', status: 'screening' })).toEqual([]);
  expect(filtered(items, { ...NO_QUERY, service: 'notts.solihull', text: 'ignored here' })).toEqual([c]);
});

test('the service filter offers each service named once, by name', () => {
  expect(servicesIn(items)).toEqual([
    { id: 'lewisham.coda', name: 'CODA' },
    { id: 'lewisham.nvr', name: 'NVR (Non-Violent Resistance)' },
    { id: 'notts.solihull', name: 'Solihull Parenting' },
  ]);
});

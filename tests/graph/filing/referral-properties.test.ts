import {
  expandProperties,
  propertyFilter,
  readReferralProperties,
  REFERRAL_PROPERTY_IDS,
  REFERRAL_PROPERTY_SET,
  referralPropertiesFor,
} from '../../../src/graph';
import { toBase64 } from '../../../src/graph/filing/base64';
import { reconcile } from '../../../src/graph/filing/draft-attachments';
import { patternBytes } from '../support';

test('one property set GUID; the properties of the filing and triage contract, named exactly', () => {
  expect(REFERRAL_PROPERTY_SET).toMatch(/^\{[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}$/);
  expect(
    Object.values(REFERRAL_PROPERTY_IDS).map((id) => id.replace(`String ${REFERRAL_PROPERTY_SET} Name `, '')),
  ).toEqual([
    'ReferralId',
    'ReferralSchemaVersion',
    'ReferralServices',
    'ReferralKind',
    'ReferralStatus',
    'ReferralTriageState',
    'ReferralAssignee',
    'ReferralPriority',
    'ReferralTriageVersion',
    'ReferralTriage',
    'ReferralTriageClaim0',
    'ReferralTriageDoor0',
    'ReferralTriageClaim1',
    'ReferralTriageDoor1',
    'ReferralTriageClaim2',
    'ReferralTriageDoor2',
  ]);
  const props = referralPropertiesFor({
    referralId: 'r',
    schemaVersion: '1',
    serviceIds: ['a.b', 'c.d'],
    kind: 'status',
    status: 'accepted',
  });
  expect(props.map((p) => p.value)).toEqual(['r', '1', 'a.b c.d', 'status', 'accepted']);
  expect(
    referralPropertiesFor({ referralId: 'r', schemaVersion: '1', serviceIds: ['a.b'], kind: 'referral' }),
  ).toHaveLength(4);
});

test('reading compares the type and GUID case-insensitively but the Name exactly, as Exchange does', () => {
  const upper = REFERRAL_PROPERTY_IDS.kind
    .replace('String', 'STRING')
    .toUpperCase()
    .replace('NAME REFERRALKIND', 'Name ReferralKind');
  expect(readReferralProperties([{ id: upper, value: 'advice' }])).toEqual({ kind: 'advice' });
  expect(
    readReferralProperties([
      { id: REFERRAL_PROPERTY_IDS.kind.replace('ReferralKind', 'referralkind'), value: 'advice' },
    ]),
  ).toEqual({});
  expect(readReferralProperties(undefined)).toEqual({});
});

test('filters and expands use Graph’s documented forms, with quotes doubled', () => {
  expect(propertyFilter(REFERRAL_PROPERTY_IDS.referralId, "o'brien")).toBe(
    `singleValueExtendedProperties/Any(ep: ep/id eq '${REFERRAL_PROPERTY_IDS.referralId}' and ep/value eq 'o''brien')`,
  );
  expect(propertyFilter(REFERRAL_PROPERTY_IDS.kind, 'status', 'ne')).toContain("ep/value ne 'status'");
  expect(expandProperties('a', 'b')).toBe("singleValueExtendedProperties($filter=id eq 'a' or id eq 'b')");
});

test('base64 matches Node’s for every length around the chunk size', () => {
  for (const n of [0, 1, 2, 3, 0x7fff, 0x8000, 0x8001, 100_000]) {
    const bytes = patternBytes(n, n + 1);
    expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
  }
});

test('reconcile matches attachments by name and size, each once, and names the stale ones', () => {
  const file = (id: string, name: string, size: number) => ({
    id,
    name,
    size,
    contentType: 'x',
    read: async () => new Uint8Array(size),
  });
  const files = [file('a', 'scan.pdf', 10), file('b', 'scan.pdf', 10), file('c', 'note.txt', 3)];
  const { present, stale } = reconcile(files, [
    { id: '1', name: 'scan.pdf', size: 10 },
    { id: '2', name: 'note.txt', size: 4 },
    { id: '3', name: 'old.txt', size: 1 },
  ]);
  expect([...present]).toEqual(['a']);
  expect(stale.map((s) => s.id)).toEqual(['2', '3']);
});

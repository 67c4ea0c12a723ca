// A message as a board row, and a triage record as the properties it is stored in: odd, damaged and hostile input.
import { applyTransition, newTriageRecord, type TriageRecord } from '../../../src/domain';
import { REFERRAL_PROPERTY_IDS as P, referralPropertiesFor } from '../../../src/graph';
import { rowFrom } from '../../../src/graph/triage/board-row';
import { fittedRecord, TRIAGE_JSON_MAX_CHARS, triageProperties } from '../../../src/graph/triage/triage-properties';

const ID = '0f8fad5b-d9cb-469f-a165-70867728950e';
const MAILBOX = 'family.hub@lewisham.gov.uk';

function message(extra: { id: string; value: string }[] = [], over: Record<string, unknown> = {}) {
  return {
    id: 'm-1',
    receivedDateTime: '2026-04-02T09:00:00Z',
    from: { emailAddress: { name: 'Riley Referrer', address: 'riley@example.org' } },
    singleValueExtendedProperties: [
      ...referralPropertiesFor({
        referralId: ID,
        schemaVersion: '2',
        serviceIds: ['lewisham.family-hub'],
        kind: 'referral',
      }),
      ...extra,
    ],
    ...over,
  };
}

const screening = (): TriageRecord => {
  const r = applyTransition(
    newTriageRecord({ referralId: ID, receivedAt: new Date('2026-04-02T09:00:00Z') }),
    { to: 'screening', expectedVersion: 0 },
    { id: 'tm-1', role: 'team-manager' },
    new Date('2026-04-03T09:00:00Z'),
  );
  if (!r.ok) throw new Error(r.message);
  return r.record;
};

describe('rowFrom', () => {
  it('a referral with no triage yet is received, version 0, for its one service', () => {
    expect(rowFrom(message(), MAILBOX)).toEqual({
      messageId: 'm-1',
      mailbox: MAILBOX,
      referralId: ID,
      reference: expect.stringMatching(/^RC-/),
      serviceIds: ['lewisham.family-hub'],
      referrer: { name: 'Riley Referrer', address: 'riley@example.org' },
      receivedAt: '2026-04-02T09:00:00.000Z',
      triage: {
        referralId: ID,
        serviceId: 'lewisham.family-hub',
        state: 'received',
        version: 0,
        receivedAt: '2026-04-02T09:00:00.000Z',
        history: [],
      },
    });
  });

  it('reads the stored record', () => {
    const record = screening();
    const row = rowFrom(message([{ id: P.triage, value: JSON.stringify(record) }]), MAILBOX);
    expect(row?.triage).toEqual(record);
    expect(row).not.toHaveProperty('triageDamaged');
  });

  it.each([
    ['not JSON', '{"state":'],
    ['the wrong shape', JSON.stringify({ state: 'accepted' })],
    ['another referral’s record', JSON.stringify({ ...screening(), referralId: 'someone-else' })],
    ['an unknown state', JSON.stringify({ ...screening(), state: 'approved-by-magic' })],
    ['extra keys', JSON.stringify({ ...screening(), __proto__: { admin: true }, constructor: 1 })],
    ['deep nesting', `${'['.repeat(100_000)}${']'.repeat(100_000)}`],
  ])('a stored record that is %s is shown as damaged, never thrown', (_, value) => {
    const row = rowFrom(
      message([
        { id: P.triage, value },
        { id: P.triageState, value: 'accepted' },
        { id: P.triageVersion, value: '4' },
      ]),
      MAILBOX,
    );
    expect(row).toMatchObject({ triageDamaged: true, triage: { state: 'accepted', version: 4 } });
  });

  it('a damaged record with unreadable plain properties falls back to received, version 0', () => {
    const row = rowFrom(
      message([
        { id: P.triage, value: 'null' },
        { id: P.triageState, value: '<script>' },
        { id: P.triageVersion, value: '-1' },
      ]),
      MAILBOX,
    );
    expect(row).toMatchObject({ triageDamaged: true, triage: { state: 'received', version: 0 } });
  });

  it.each([
    ['a status message', [{ id: P.kind, value: 'status' }]],
    ['an answer from the referrer', [{ id: P.kind, value: 'information' }]],
    ['an unknown kind', [{ id: P.kind, value: 'invoice' }]],
    ['a bad referral id', [{ id: P.referralId, value: '../../etc' }]],
    ['a bad service id', [{ id: P.services, value: 'Family Hub' }]],
    ['no services', [{ id: P.services, value: '' }]],
  ])('%s is not a row', (_, override) => {
    const props = message().singleValueExtendedProperties.map((p) => override.find((o) => o.id === p.id) ?? p);
    expect(rowFrom(message([], { singleValueExtendedProperties: props }), MAILBOX)).toBeUndefined();
  });

  it('ordinary mail, malformed items and a missing arrival time are not rows', () => {
    expect(rowFrom({ id: 'x', receivedDateTime: '2026-04-02T09:00:00Z' }, MAILBOX)).toBeUndefined();
    expect(rowFrom(null, MAILBOX)).toBeUndefined();
    expect(rowFrom({ nope: true }, MAILBOX)).toBeUndefined();
    expect(rowFrom(message([], { receivedDateTime: 'yesterday' }), MAILBOX)).toBeUndefined();
  });

  it('a message from no one has an empty referrer (no status message can go), and several services no serviceId', () => {
    const props = message().singleValueExtendedProperties.map((p) =>
      p.id === P.services ? { ...p, value: 'lewisham.family-hub lewisham.early-help' } : p,
    );
    const row = rowFrom(message([], { from: null, singleValueExtendedProperties: props }), MAILBOX);
    expect(row?.referrer).toEqual({ name: '', address: '' });
    expect(row?.serviceIds).toEqual(['lewisham.family-hub', 'lewisham.early-help']);
    expect(row?.triage).not.toHaveProperty('serviceId');
  });
});

describe('triageProperties', () => {
  it('writes the state, assignee, priority, version and the record', () => {
    const record = { ...screening(), allocatedTo: 'w-1', priority: 'high' as const };
    const props = Object.fromEntries(triageProperties(record).map((p) => [p.id, p.value]));
    expect(props).toEqual({
      [P.triageState]: 'screening',
      [P.assignee]: 'w-1',
      [P.priority]: 'high',
      [P.triageVersion]: '1',
      [P.triage]: JSON.stringify(record),
    });
    const none = Object.fromEntries(triageProperties(screening()).map((p) => [p.id, p.value]));
    expect([none[P.assignee], none[P.priority]]).toEqual(['', '']);
  });

  it('keeps the record under the size Exchange stores inline, dropping the oldest events and counting them', () => {
    const long = 'x'.repeat(1900);
    const base = screening();
    const event = base.history[0];
    if (!event) throw new Error('no event');
    const history = Array.from({ length: 60 }, (_, i) => ({ ...event, version: i + 1, note: long }));
    const record: TriageRecord = { ...base, version: 60, history };
    const json = triageProperties(record).find((p) => p.id === P.triage)?.value ?? '';
    expect(json.length).toBeLessThanOrEqual(TRIAGE_JSON_MAX_CHARS);
    const stored = JSON.parse(json) as TriageRecord;
    expect(stored.history.at(-1)?.version).toBe(60);
    expect((stored.earlierEvents ?? 0) + stored.history.length).toBe(60);
    expect(fittedRecord(base)).toBe(base);
  });
});

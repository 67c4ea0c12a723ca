import { ROLES } from '../../../src/domain/triage/role.schema';
import type { Actor, Role } from '../../../src/domain/triage/role.schema';
import { applyTransition, canTransition, newTriageRecord } from '../../../src/domain/triage/triage-machine';
import type { TriageMove, TriageRecord } from '../../../src/domain/triage/triage-record.schema';
import { triageRecordSchema } from '../../../src/domain/triage/triage-record.schema';
import { TRIAGE_STATES, TRIAGE_TRANSITIONS, movesFrom } from '../../../src/domain/triage/triage-transitions';
import type { TriageState } from '../../../src/domain/triage/triage-transitions';

// Written out by hand (not derived from TRIAGE_TRANSITIONS) so a change to the table must change this too.
const TM_PC = 'team-manager,parenting-coordinator';
const TM_PC_R = `${TM_PC},referrer`;
const ALLOWED: Record<string, string> = {
  'received>screening': TM_PC,
  'received>closed': 'referrer',
  'screening>closed': 'referrer',
  'screening>accepted': TM_PC,
  'screening>allocated': TM_PC,
  'screening>waiting-list': TM_PC,
  'screening>declined': TM_PC,
  'screening>more-information-requested': TM_PC,
  'more-information-requested>screening': `${TM_PC},referrer,system`,
  'more-information-requested>declined': TM_PC,
  'more-information-requested>closed': TM_PC_R,
  'accepted>allocated': TM_PC,
  'accepted>waiting-list': TM_PC,
  'accepted>closed': TM_PC_R,
  'waiting-list>allocated': TM_PC,
  'waiting-list>closed': TM_PC_R,
  'allocated>closed': TM_PC_R,
  'declined>closed': `${TM_PC},system`,
  'declined>screening': 'service-manager',
};

describe('canTransition over every state pair and role', () => {
  const cases: [TriageState, TriageState, Role][] = [];
  for (const from of TRIAGE_STATES)
    for (const to of TRIAGE_STATES) for (const role of ROLES) cases.push([from, to, role]);

  it('covers 8 × 8 × 6 combinations', () => expect(cases).toHaveLength(384));

  it.each(cases)('%s → %s by %s', (from, to, role) => {
    const allowedRoles = ALLOWED[`${from}>${to}`]?.split(',');
    const result = canTransition(from, to, role);
    if (from === to) expect(result).toMatchObject({ ok: false, code: 'same-state' });
    else if (!allowedRoles) expect(result).toMatchObject({ ok: false, code: 'not-a-move' });
    else if (!allowedRoles.includes(role)) expect(result).toMatchObject({ ok: false, code: 'role-not-permitted' });
    else expect(result).toMatchObject({ ok: true, transition: { from, to } });
  });

  it('the table has exactly the moves listed above, each declared once', () => {
    const keys = TRIAGE_TRANSITIONS.map((t) => `${t.from}>${t.to}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.sort()).toEqual(Object.keys(ALLOWED).sort());
  });

  it('nothing leaves closed, and the system never screens or decides', () => {
    expect(TRIAGE_TRANSITIONS.some((t) => t.from === 'closed')).toBe(false);
    expect(canTransition('closed', 'screening', 'team-manager')).toMatchObject({
      code: 'not-a-move',
      message: expect.stringMatching(/closed/),
    });
    expect(canTransition('received', 'screening', 'system')).toMatchObject({ code: 'role-not-permitted' });
  });

  it('refuses unknown states and roles as data', () => {
    expect(canTransition('lost' as TriageState, 'screening', 'team-manager')).toMatchObject({
      ok: false,
      code: 'unknown-state',
    });
    expect(canTransition('received', 'screening', 'admin' as Role)).toMatchObject({ ok: false, code: 'unknown-role' });
  });

  it('movesFrom lists the buttons a role should see', () => {
    expect(
      movesFrom('screening', 'team-manager')
        .map((t) => t.to)
        .sort(),
    ).toEqual(['accepted', 'allocated', 'declined', 'more-information-requested', 'waiting-list']);
    expect(movesFrom('screening', 'worker')).toEqual([]);
  });
});

const TM: Actor = { id: 'tm-1', role: 'team-manager' };
const AT = new Date('2026-04-02T10:00:00Z');
const received = () =>
  newTriageRecord({
    referralId: 'RC-2026-0001',
    serviceId: 'notts.nvr-group',
    receivedAt: new Date('2026-04-02T09:00:00Z'),
  });

function step(
  record: TriageRecord,
  move: Omit<TriageMove, 'expectedVersion'>,
  actor: Actor = TM,
  at = AT,
): TriageRecord {
  const result = applyTransition(record, { ...move, expectedVersion: record.version }, actor, at);
  if (!result.ok) throw new Error(`unexpected refusal ${result.code}`);
  return result.record;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

describe('applyTransition', () => {
  it('walks a referral from received to closed, counting versions and keeping history', () => {
    const r0 = deepFreeze(received());
    expect(r0).toMatchObject({ state: 'received', version: 0, history: [] });
    const r1 = step(r0, { to: 'screening' });
    const r2 = step(r1, { to: 'allocated', workerId: 'worker-7' }, { id: 'pc-1', role: 'parenting-coordinator' });
    const r3 = step(r2, { to: 'closed', reason: 'Programme completed' }, TM, new Date('2026-07-01T15:00:00Z'));
    expect(r3.state).toBe('closed');
    expect(r3.version).toBe(3);
    expect(r3.history.map((e) => [e.from, e.to, e.version])).toEqual([
      ['received', 'screening', 1],
      ['screening', 'allocated', 2],
      ['allocated', 'closed', 3],
    ]);
    expect(r2).toMatchObject({ allocatedTo: 'worker-7', allocatedAt: AT.toISOString() });
    expect(r3.history[2]).toMatchObject({ reason: 'Programme completed', by: TM, at: '2026-07-01T15:00:00.000Z' });
    expect(triageRecordSchema.safeParse(r3).success).toBe(true);
    expect(r0.state).toBe('received'); // input untouched
  });

  it('refuses a move made on a stale version (conflict) and changes nothing', () => {
    const r1 = step(received(), { to: 'screening' });
    const stale = applyTransition(r1, { to: 'declined', reason: 'Out of area', expectedVersion: 0 }, TM, AT);
    expect(stale).toMatchObject({ ok: false, code: 'conflict' });
    expect(r1.state).toBe('screening');
    const ahead = applyTransition(r1, { to: 'declined', reason: 'Out of area', expectedVersion: 2 }, TM, AT);
    expect(ahead).toMatchObject({ ok: false, code: 'conflict' });
  });

  it('two managers deciding at once: the second is told to reload', () => {
    const screening = step(received(), { to: 'screening' });
    const first = applyTransition(screening, { to: 'waiting-list', expectedVersion: 1 }, TM, AT);
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    const second = applyTransition(
      first.record,
      { to: 'declined', reason: 'x', expectedVersion: 1 },
      { id: 'tm-2', role: 'team-manager' },
      AT,
    );
    expect(second).toMatchObject({ ok: false, code: 'conflict' });
  });

  it('requires a reason to decline, a worker to allocate and a question to ask for information', () => {
    const screening = step(received(), { to: 'screening' });
    const v = screening.version;
    expect(applyTransition(screening, { to: 'declined', expectedVersion: v }, TM, AT)).toMatchObject({
      code: 'reason-required',
    });
    expect(applyTransition(screening, { to: 'declined', reason: '   ', expectedVersion: v }, TM, AT)).toMatchObject({
      code: 'reason-required',
    });
    expect(applyTransition(screening, { to: 'allocated', expectedVersion: v }, TM, AT)).toMatchObject({
      code: 'worker-required',
    });
    expect(
      applyTransition(screening, { to: 'more-information-requested', question: '', expectedVersion: v }, TM, AT),
    ).toMatchObject({
      code: 'question-required',
    });
  });

  it('records the question and the decline reason, and clears them when the state moves on', () => {
    const asked = step(step(received(), { to: 'screening' }), {
      to: 'more-information-requested',
      question: ' Is there a CP plan? ',
    });
    expect(asked.informationRequested).toBe('Is there a CP plan?');
    const back = step(asked, { to: 'screening' }, { id: 'bot', role: 'system' });
    expect(back.informationRequested).toBeUndefined();
    const declined = step(back, { to: 'declined', reason: 'Level 1 needs: online resources only' });
    expect(declined.declineReason).toBe('Level 1 needs: online resources only');
    const reopened = step(
      declined,
      { to: 'screening', reason: 'Dispute upheld' },
      { id: 'sm-1', role: 'service-manager' },
    );
    expect(reopened.declineReason).toBeUndefined();
    expect(reopened.history.at(-1)).toMatchObject({ from: 'declined', to: 'screening', reason: 'Dispute upheld' });
  });

  it('refuses moves the role may not make', () => {
    const screening = step(received(), { to: 'screening' });
    const byWorker = applyTransition(
      screening,
      { to: 'allocated', workerId: 'w', expectedVersion: 1 },
      { id: 'w', role: 'worker' },
      AT,
    );
    expect(byWorker).toMatchObject({ ok: false, code: 'role-not-permitted' });
    const byReferrer = applyTransition(
      received(),
      { to: 'screening', expectedVersion: 0 },
      { id: 'r', role: 'referrer' },
      AT,
    );
    expect(byReferrer).toMatchObject({ ok: false, code: 'role-not-permitted' });
  });

  it('refuses damaged records, malformed moves, unknown actors and invalid times without throwing', () => {
    const r = received();
    expect(applyTransition({ ...r, version: -1 }, { to: 'screening', expectedVersion: -1 }, TM, AT)).toMatchObject({
      code: 'invalid-record',
    });
    expect(
      applyTransition({ ...r, receivedAt: '2026-02-30T00:00:00Z' }, { to: 'screening', expectedVersion: 0 }, TM, AT),
    ).toMatchObject({
      code: 'invalid-record',
    });
    expect(
      applyTransition(null as unknown as TriageRecord, { to: 'screening', expectedVersion: 0 }, TM, AT),
    ).toMatchObject({ code: 'invalid-record' });
    expect(applyTransition(r, { to: 'limbo', expectedVersion: 0 } as unknown as TriageMove, TM, AT)).toMatchObject({
      code: 'invalid-move',
    });
    expect(
      applyTransition(r, { to: 'screening', expectedVersion: 0, extra: 1 } as unknown as TriageMove, TM, AT),
    ).toMatchObject({ code: 'invalid-move' });
    expect(
      applyTransition(r, { to: 'screening', expectedVersion: 0 }, { id: '', role: 'team-manager' }, AT),
    ).toMatchObject({ code: 'invalid-actor' });
    expect(
      applyTransition(r, { to: 'screening', expectedVersion: 0 }, { id: 'x', role: 'boss' } as unknown as Actor, AT),
    ).toMatchObject({ code: 'invalid-actor' });
    expect(applyTransition(r, { to: 'screening', expectedVersion: 0 }, TM, new Date('x'))).toMatchObject({
      code: 'invalid-time',
    });
  });

  it('refusal messages carry no stack traces or record content', () => {
    const r = step(received(), { to: 'screening' });
    const refused = applyTransition(r, { to: 'declined', expectedVersion: 1 }, TM, AT);
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(Object.keys(refused).sort()).toEqual(['code', 'message', 'ok']);
    expect(refused.message).not.toMatch(/RC-2026|Error|at .*\.ts/);
  });
});

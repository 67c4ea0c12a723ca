// Priority, the referrer's withdrawal and the bounded audit trail: what the board, the bot and the CSV rely on.
import { deadlinesFor } from '../../../src/domain/triage/deadlines';
import type { Actor } from '../../../src/domain/triage/role.schema';
import type { TimeStandard } from '../../../src/domain/triage/time-standard.schema';
import {
  TRIAGE_HISTORY_LIMIT,
  applyTransition,
  boundedHistory,
  canWithdraw,
  newTriageRecord,
} from '../../../src/domain/triage/triage-machine';
import { triageRecordSchema } from '../../../src/domain/triage/triage-record.schema';
import type { TriageMove, TriageRecord } from '../../../src/domain/triage/triage-record.schema';
import { TRIAGE_STATES, TRIAGE_TRANSITIONS, findTransition } from '../../../src/domain/triage/triage-transitions';

const TM: Actor = { id: 'tm-1', role: 'team-manager' };
const REFERRER: Actor = { id: 'referrer', role: 'referrer' };
const AT = new Date('2026-04-07T10:00:00Z');
const received = () =>
  newTriageRecord({ referralId: 'r-1', serviceId: 'notts.nvr-group', receivedAt: new Date('2026-04-02T09:00:00Z') });

function step(record: TriageRecord, move: Omit<TriageMove, 'expectedVersion'>, actor = TM, at = AT): TriageRecord {
  const result = applyTransition(record, { ...move, expectedVersion: record.version }, actor, at);
  if (!result.ok) throw new Error(`unexpected refusal ${result.code}: ${result.message}`);
  return result.record;
}

describe('priority', () => {
  it('is set by the move that puts a referral on the waiting list, kept, and recorded in the history', () => {
    const waiting = step(step(received(), { to: 'screening' }), { to: 'waiting-list', priority: 'urgent' });
    expect(waiting.priority).toBe('urgent');
    expect(waiting.history.at(-1)).toMatchObject({ to: 'waiting-list', priority: 'urgent' });
    const allocated = step(waiting, { to: 'allocated', workerId: 'w-1' });
    expect(allocated.priority).toBe('urgent');
    expect(allocated.history.at(-1)).not.toHaveProperty('priority');
    expect(step(allocated, { to: 'closed', reason: 'Done', priority: 'low' }).priority).toBe('low');
  });

  it('refuses a priority that is not one of the four', () => {
    const move = { to: 'screening', expectedVersion: 0, priority: 'whenever' } as unknown as TriageMove;
    expect(applyTransition(received(), move, TM, AT)).toMatchObject({ ok: false, code: 'invalid-move' });
  });
});

describe('the referrer withdraws', () => {
  it('may close any open referral, with a reason, and no other way', () => {
    const open = ['received', 'screening', 'accepted', 'allocated', 'waiting-list', 'more-information-requested'];
    for (const state of TRIAGE_STATES) expect([state, canWithdraw(state)]).toEqual([state, open.includes(state)]);
    const screening = step(received(), { to: 'screening' });
    expect(applyTransition(screening, { to: 'closed', expectedVersion: 1 }, REFERRER, AT)).toMatchObject({
      code: 'reason-required',
    });
    const closed = step(screening, { to: 'closed', reason: 'The family moved away' }, REFERRER);
    expect(closed.history.at(-1)).toMatchObject({ to: 'closed', by: REFERRER, reason: 'The family moved away' });
    expect(applyTransition(screening, { to: 'declined', reason: 'x', expectedVersion: 1 }, REFERRER, AT)).toMatchObject(
      { code: 'role-not-permitted' },
    );
  });

  it('a manager cannot close a referral that was never decided: declining is the way', () => {
    expect(
      applyTransition(step(received(), { to: 'screening' }), { to: 'closed', reason: 'x', expectedVersion: 1 }, TM, AT),
    ).toMatchObject({ code: 'role-not-permitted' });
  });

  it('tells the referrer of every move but filing a decline away; the waiting list tells the lead professional too', () => {
    for (const t of TRIAGE_TRANSITIONS) {
      expect([t.from, t.to, t.notify.includes('referrer')]).toEqual([
        t.from,
        t.to,
        !(t.from === 'declined' && t.to === 'closed'),
      ]);
    }
    expect(findTransition('screening', 'waiting-list')?.notify).toEqual(['referrer', 'lead-professional']);
  });
});

describe('the audit trail is bounded', () => {
  // screening ⇄ more information, over and over: the one loop in the lifecycle.
  function loops(n: number): TriageRecord {
    let r = step(received(), { to: 'screening' }, TM, new Date('2026-04-03T10:00:00Z'));
    for (let i = 0; i < n; i += 1) {
      r = step(r, { to: 'more-information-requested', question: `Question ${i}` });
      r = step(r, { to: 'screening' }, { id: 'bot', role: 'system' });
    }
    return r;
  }

  it(`keeps the newest ${TRIAGE_HISTORY_LIMIT} events and counts the ones it drops`, () => {
    const r = loops(60);
    expect(r.version).toBe(121);
    expect(r.history).toHaveLength(TRIAGE_HISTORY_LIMIT);
    expect(r.earlierEvents).toBe(21);
    expect(r.history[0]?.version).toBe(22);
    expect(r.history.at(-1)?.version).toBe(121);
    expect(triageRecordSchema.safeParse(r).success).toBe(true);
    const once = step(r, { to: 'accepted' });
    expect(once.history).toHaveLength(TRIAGE_HISTORY_LIMIT);
    expect(once.earlierEvents).toBe(22);
  });

  it('keeps when each state was first reached, so a deadline met long ago stays met', () => {
    const screening: TimeStandard = {
      id: 'screening',
      description: 'Screened within 5 working days',
      amount: 5,
      unit: 'working-days',
      from: 'referral-received',
      metOnStates: ['screening'],
      citation: { seed: 'local:test', section: 'Test' },
    };
    const r = loops(60);
    expect(r.firstReachedAt?.screening).toBe('2026-04-03T10:00:00.000Z');
    const [deadline] = deadlinesFor(r, [screening], new Date('2026-05-01T10:00:00Z'));
    expect(deadline).toMatchObject({ status: 'met', metAt: new Date('2026-04-03T10:00:00Z') });
  });

  it('boundedHistory leaves a short history alone and never keeps fewer than one event', () => {
    const r = step(received(), { to: 'screening' });
    expect(boundedHistory(r)).toBe(r);
    const cut = boundedHistory(loops(2), 0);
    expect(cut.history).toHaveLength(1);
    expect(cut.earlierEvents).toBe(4);
  });

  it('refuses a stored record whose dropped-events count is not a whole positive number', () => {
    const bad = { ...received(), earlierEvents: 0 };
    expect(applyTransition(bad, { to: 'screening', expectedVersion: 0 }, TM, AT)).toMatchObject({
      code: 'invalid-record',
    });
  });
});

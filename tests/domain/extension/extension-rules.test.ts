import {
  EXTENSION_CITATIONS,
  currentPlanEndDate,
  decideExtension,
  isPastCurrentEnd,
  planReviewDate,
  requestExtension,
} from '../../../src/domain/extension/extension-rules';
import type {
  ExtensionDecision,
  ExtensionRequest,
  InterventionPlan,
} from '../../../src/domain/extension/extension.schema';
import type { Actor } from '../../../src/domain/triage/role.schema';

const WORKER: Actor = { id: 'worker-7', role: 'worker' };
const TM: Actor = { id: 'tm-1', role: 'team-manager' };
const TM2: Actor = { id: 'tm-2', role: 'team-manager' };
const AT = new Date('2026-03-20T10:00:00Z');

// A plan started Monday 5 January 2026: its 12-week review date is Monday 30 March.
const plan = (): InterventionPlan => ({
  planId: 'plan-1',
  serviceId: 'notts.intensive-family-support',
  startDate: '2026-01-05',
  version: 4,
  extensions: [],
});
const request = (change: Partial<ExtensionRequest> = {}): ExtensionRequest => ({
  requestId: 'ext-1',
  expectedVersion: 4,
  requestedBy: WORKER,
  proposedEndDate: '2026-04-27',
  reason: 'Two sessions lost to illness; the family is engaging well.',
  progress: 'Morning routines in place; school attendance up from 60% to 85%.',
  leadProfessionalAgreement: { leadProfessional: 'Social worker, Mansfield team', agreedOn: '2026-03-18' },
  ...change,
});

function requested(req: ExtensionRequest = request()): InterventionPlan {
  const r = requestExtension(plan(), req, AT);
  if (!r.ok) throw new Error(`unexpected refusal ${r.code}`);
  return r.plan;
}
const decision = (change: Partial<ExtensionDecision> = {}): ExtensionDecision => ({
  requestId: 'ext-1',
  expectedVersion: 5,
  decidedBy: TM,
  outcome: 'approve',
  ...change,
});

describe('the 12-week review date', () => {
  it('is 12 weeks after the start, and approved extensions move the end', () => {
    expect(planReviewDate(plan())).toBe('2026-03-30');
    expect(currentPlanEndDate(plan())).toBe('2026-03-30');
    expect(isPastCurrentEnd(plan(), '2026-03-30')).toBe(false);
    expect(isPastCurrentEnd(plan(), '2026-03-31')).toBe(true);
  });
});

describe('requestExtension', () => {
  it('a worker asks, with the lead professional’s agreement; team managers are told', () => {
    const original = plan();
    const result = requestExtension(original, request(), AT);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.plan.version).toBe(5);
    expect(result.plan.extensions).toEqual([
      expect.objectContaining({
        requestId: 'ext-1',
        status: 'pending',
        requestedBy: WORKER,
        requestedAt: AT.toISOString(),
      }),
    ]);
    expect(result.notify).toEqual([
      expect.objectContaining({ role: 'team-manager', event: 'extension-requested', planId: 'plan-1' }),
    ]);
    expect(original.extensions).toEqual([]);
  });

  it('refuses without the lead professional’s agreement, citing GFPO §9', () => {
    const { leadProfessionalAgreement: _drop, ...bare } = request();
    const result = requestExtension(plan(), bare, AT);
    expect(result).toMatchObject({
      ok: false,
      code: 'lead-professional-agreement-missing',
      citation: EXTENSION_CITATIONS.rule,
    });
    expect(EXTENSION_CITATIONS.rule.section).toBe('9 Review of Family Intervention Plan');
  });

  it.each([
    ['a referrer', request({ requestedBy: { id: 'r', role: 'referrer' } }), 'role-not-permitted'],
    ['the system', request({ requestedBy: { id: 'bot', role: 'system' } }), 'role-not-permitted'],
    ['an end date within 12 weeks', request({ proposedEndDate: '2026-03-30' }), 'not-beyond-current-end'],
    ['a stale version', request({ expectedVersion: 3 }), 'conflict'],
    ['no reason', request({ reason: '  ' }), 'reason-required'],
    ['no progress so far', request({ progress: ' \n ' }), 'progress-required'],
    ['progress missing altogether', request({ progress: undefined }), 'progress-required'],
    [
      'an agreement dated tomorrow',
      request({ leadProfessionalAgreement: { leadProfessional: 'SW', agreedOn: '2026-03-21' } }),
      'agreement-in-future',
    ],
    ['an impossible date', request({ proposedEndDate: '2026-04-31' }), 'invalid-request'],
  ])('refuses %s', (_label, req, code) => {
    expect(requestExtension(plan(), req, AT)).toMatchObject({ ok: false, code });
  });

  it('refuses an end date already past, a second pending request and a repeated request id', () => {
    const late = requestExtension(plan(), request({ proposedEndDate: '2026-04-01' }), new Date('2026-04-10T10:00:00Z'));
    expect(late).toMatchObject({ ok: false, code: 'end-date-in-past' });
    const pending = requested();
    expect(requestExtension(pending, request({ requestId: 'ext-2', expectedVersion: 5 }), AT)).toMatchObject({
      code: 'request-pending',
    });
    expect(requestExtension(pending, request({ expectedVersion: 5 }), AT)).toMatchObject({ code: 'duplicate-request' });
  });

  it('refuses damaged plans and invalid times without throwing', () => {
    expect(requestExtension({ ...plan(), startDate: '2026-13-01' }, request(), AT)).toMatchObject({
      code: 'invalid-plan',
    });
    expect(requestExtension(null as unknown as InterventionPlan, request(), AT)).toMatchObject({
      code: 'invalid-plan',
    });
    expect(requestExtension(plan(), request(), new Date('x'))).toMatchObject({ code: 'invalid-time' });
  });
});

describe('decideExtension', () => {
  it('a team manager approves; the service manager and the requester are notified', () => {
    const result = decideExtension(requested(), decision(), new Date('2026-03-23T09:00:00Z'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.plan.version).toBe(6);
    expect(result.plan.extensions[0]).toMatchObject({
      status: 'approved',
      decidedBy: TM,
      decidedAt: '2026-03-23T09:00:00.000Z',
    });
    expect(currentPlanEndDate(result.plan)).toBe('2026-04-27');
    expect(result.notify).toEqual([
      expect.objectContaining({
        role: 'service-manager',
        event: 'extension-approved',
        planId: 'plan-1',
        requestId: 'ext-1',
      }),
      expect.objectContaining({ role: 'worker', actorId: 'worker-7', event: 'extension-approved' }),
    ]);
    for (const n of result.notify) expect(n.message).not.toMatch(/Social worker|Mansfield/);
  });

  it('a further extension must go beyond the approved end', () => {
    const approved = decideExtension(requested(), decision(), AT);
    if (!approved.ok) throw new Error('expected approval');
    const again = requestExtension(
      approved.plan,
      request({ requestId: 'ext-2', expectedVersion: 6, proposedEndDate: '2026-04-20' }),
      AT,
    );
    expect(again).toMatchObject({ ok: false, code: 'not-beyond-current-end' });
  });

  it('a team manager refuses with a reason; only the requester is told', () => {
    const result = decideExtension(
      requested(),
      decision({ outcome: 'refuse', reason: 'Close and re-refer if needed.' }),
      AT,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.plan.extensions[0]).toMatchObject({
      status: 'refused',
      decisionReason: 'Close and re-refer if needed.',
    });
    expect(result.notify).toEqual([
      expect.objectContaining({ role: 'worker', actorId: 'worker-7', event: 'extension-refused' }),
    ]);
    expect(currentPlanEndDate(result.plan)).toBe('2026-03-30');
  });

  it('refuses a refusal without a reason', () => {
    expect(decideExtension(requested(), decision({ outcome: 'refuse' }), AT)).toMatchObject({
      ok: false,
      code: 'reason-required',
    });
  });

  it.each([
    ['worker', { id: 'worker-9', role: 'worker' }],
    ['parenting coordinator', { id: 'pc-1', role: 'parenting-coordinator' }],
    ['service manager', { id: 'sm-1', role: 'service-manager' }],
    ['system', { id: 'bot', role: 'system' }],
  ] as const)('only a team manager may decide, not a %s', (_label, decidedBy) => {
    expect(decideExtension(requested(), decision({ decidedBy }), AT)).toMatchObject({
      ok: false,
      code: 'role-not-permitted',
    });
  });

  it('a team manager cannot approve their own request; another team manager can', () => {
    const own = requested(request({ requestedBy: TM }));
    expect(decideExtension(own, decision(), AT)).toMatchObject({
      ok: false,
      code: 'self-approval',
      citation: EXTENSION_CITATIONS.rule,
    });
    expect(decideExtension(own, decision({ decidedBy: TM2 }), AT)).toMatchObject({ ok: true });
  });

  it('refuses approval when the stored request lacks the lead professional’s agreement', () => {
    const tampered = requested();
    const { leadProfessionalAgreement: _drop, ...withoutAgreement } = tampered.extensions[0]!;
    const damaged = { ...tampered, extensions: [withoutAgreement] };
    expect(decideExtension(damaged, decision(), AT)).toMatchObject({
      ok: false,
      code: 'lead-professional-agreement-missing',
    });
  });

  it('refuses stale versions, unknown or decided requests and malformed decisions', () => {
    const pending = requested();
    expect(decideExtension(pending, decision({ expectedVersion: 4 }), AT)).toMatchObject({ code: 'conflict' });
    expect(decideExtension(pending, decision({ requestId: 'nope' }), AT)).toMatchObject({ code: 'request-not-found' });
    const done = decideExtension(pending, decision(), AT);
    if (!done.ok) throw new Error('expected approval');
    expect(decideExtension(done.plan, decision({ expectedVersion: 6, decidedBy: TM2 }), AT)).toMatchObject({
      code: 'already-decided',
    });
    expect(
      decideExtension(pending, { ...decision(), outcome: 'maybe' } as unknown as ExtensionDecision, AT),
    ).toMatchObject({ code: 'invalid-decision' });
    expect(decideExtension(pending, decision(), new Date(Number.NaN))).toMatchObject({ code: 'invalid-time' });
  });
});

import fc from 'fast-check';
import { DASH_QUESTION_IDS } from '../../../src/domain/dash/dash.schema';
import type { Dash } from '../../../src/domain/dash/dash.schema';
import {
  MARAC_CRITERIA,
  MARAC_JUDGEMENT_NOTE,
  assessMarac,
  countYes,
  sameDateOneYearEarlier,
} from '../../../src/domain/dash/marac';

const TODAY = '2026-11-23';

/** `yes` questions answered yes, the rest answered `rest` (or left blank). */
function dashWith(yes: number, rest: 'no' | 'not-known' | 'blank' = 'no', extra: Partial<Dash> = {}): Dash {
  const answers: Dash['answers'] = {};
  DASH_QUESTION_IDS.forEach((id, i) => {
    if (i < yes) answers[id] = 'yes';
    else if (rest !== 'blank') answers[id] = rest;
  });
  return { answers, ...extra };
}

describe('countYes', () => {
  it('counts only "yes"', () => {
    expect(countYes(dashWith(5, 'not-known'))).toBe(5);
    expect(countYes(dashWith(0, 'no'))).toBe(0);
    expect(countYes(undefined)).toBe(0);
  });

  it('ignores unknown question ids and odd values', () => {
    const odd = { answers: { q1: 'yes', q25: 'yes', q2: 'YES', q3: true, q4: 'yes' } } as unknown as Dash;
    expect(countYes(odd)).toBe(2);
  });
});

describe('assessMarac: visible high risk and banding', () => {
  it('13 yes is not visible high risk; 14 is', () => {
    const at13 = assessMarac(dashWith(13), TODAY);
    expect(at13.yesCount).toBe(13);
    expect(at13.visibleHighRisk).toBe(false);
    expect(at13.criteria.visibleHighRisk).toBe('not-met');
    const at14 = assessMarac(dashWith(14), TODAY);
    expect(at14.visibleHighRisk).toBe(true);
    expect(at14.criteria.visibleHighRisk).toBe('met');
    expect(at14.meetsThreshold).toBe('met');
  });

  it.each([
    [0, 'standard'],
    [1, 'standard'],
    [9, 'standard'],
    [10, 'medium'],
    [13, 'medium'],
    [14, 'high'],
    [24, 'high'],
  ] as const)('%i yes is %s risk', (yes, band) => {
    expect(assessMarac(dashWith(yes), TODAY).band).toBe(band);
  });

  it('never counts "not known" as yes', () => {
    const a = assessMarac(dashWith(13, 'not-known'), TODAY);
    expect(a.yesCount).toBe(13);
    expect(a.answered).toBe(24);
    expect(a.visibleHighRisk).toBe(false);
    expect(a.criteria.visibleHighRisk).toBe('not-met');
  });

  it('is unknown while enough questions are blank to reach 14', () => {
    const blank = assessMarac(dashWith(13, 'blank'), TODAY);
    expect(blank.answered).toBe(13);
    expect(blank.criteria.visibleHighRisk).toBe('unknown');
    // 3 yes + 10 blank cannot reach 14 even if every blank were yes.
    const partly = dashWith(3, 'no');
    for (const id of DASH_QUESTION_IDS.slice(14)) delete partly.answers[id];
    expect(assessMarac(partly, TODAY).criteria.visibleHighRisk).toBe('not-met');
  });
});

describe('assessMarac: the other criteria', () => {
  it('potential escalation starts at 3 incidents in 12 months', () => {
    expect(assessMarac(dashWith(0, 'no', { incidentsLast12Months: 3 }), TODAY).criteria.potentialEscalation).toBe(
      'met',
    );
    expect(assessMarac(dashWith(0, 'no', { incidentsLast12Months: 2 }), TODAY).criteria.potentialEscalation).toBe(
      'not-met',
    );
    expect(assessMarac(dashWith(0, 'no'), TODAY).criteria.potentialEscalation).toBe('unknown');
    const negative = { ...dashWith(0), incidentsLast12Months: -1 };
    expect(assessMarac(negative, TODAY).criteria.potentialEscalation).toBe('unknown');
  });

  it('professional judgement is met by any recognised reason', () => {
    const a = assessMarac(dashWith(2, 'no', { professionalJudgement: ['stalking', 'stalking'] }), TODAY);
    expect(a.criteria.professionalJudgement).toBe('met');
    expect(a.professionalJudgementReasons).toEqual(['stalking']);
    expect(a.meetsThreshold).toBe('met');
    expect(assessMarac(dashWith(2, 'no', { professionalJudgement: [] }), TODAY).criteria.professionalJudgement).toBe(
      'not-met',
    );
    expect(assessMarac(dashWith(2), TODAY).criteria.professionalJudgement).toBe('unknown');
    const bogus = { ...dashWith(2), professionalJudgement: ['gut-feeling'] } as unknown as Dash;
    expect(assessMarac(bogus, TODAY).criteria.professionalJudgement).toBe('unknown');
  });

  describe('repeat referral within 12 months of the last MARAC referral', () => {
    const repeat = (previous: string | null | undefined, today = TODAY) =>
      assessMarac(dashWith(0, 'no', previous === undefined ? {} : { previousMaracReferralDate: previous }), today)
        .criteria.repeatReferral;

    it('counts a referral exactly 12 months ago, not 12 months and a day', () => {
      expect(repeat('2025-11-23')).toBe('met');
      expect(repeat('2025-11-22')).toBe('not-met');
      expect(repeat('2026-11-23')).toBe('met');
    });

    it('handles 29 February', () => {
      expect(repeat('2024-02-29', '2025-02-28')).toBe('met');
      expect(repeat('2024-02-29', '2025-03-01')).toBe('not-met');
      expect(repeat('2027-02-28', '2028-02-29')).toBe('met');
      expect(repeat('2027-02-27', '2028-02-29')).toBe('not-met');
      expect(sameDateOneYearEarlier('2028-02-29')).toBe('2027-02-28');
    });

    it('"never referred" is not met; not known, future or broken dates are unknown', () => {
      expect(repeat(null)).toBe('not-met');
      expect(repeat(undefined)).toBe('unknown');
      expect(repeat('2026-11-24')).toBe('unknown');
      expect(repeat('2026-02-30')).toBe('unknown');
      expect(repeat('2025-12-01', 'not a date')).toBe('unknown');
    });
  });

  it('meets the threshold only when a criterion is met; all not met → not met; otherwise unknown', () => {
    const none = dashWith(3, 'no', {
      professionalJudgement: [],
      incidentsLast12Months: 1,
      previousMaracReferralDate: null,
    });
    expect(assessMarac(none, TODAY).meetsThreshold).toBe('not-met');
    const { previousMaracReferralDate: _drop, ...oneUnknown } = none;
    expect(assessMarac(oneUnknown, TODAY).meetsThreshold).toBe('unknown');
    expect(assessMarac({ ...none, incidentsLast12Months: 5 }, TODAY).meetsThreshold).toBe('met');
  });

  it('with no DASH at all, everything is unknown', () => {
    const a = assessMarac(undefined, TODAY);
    expect(a).toMatchObject({
      yesCount: 0,
      answered: 0,
      visibleHighRisk: false,
      band: 'standard',
      meetsThreshold: 'unknown',
    });
    expect(Object.values(a.criteria)).toEqual(['unknown', 'unknown', 'unknown', 'unknown']);
  });

  it('never throws on odd input', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (dash, today) => {
        const a = assessMarac(dash as Dash, today as string);
        expect(a.yesCount).toBeGreaterThanOrEqual(0);
        expect(a.yesCount).toBeLessThanOrEqual(24);
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(
        fc.record({
          answers: fc.dictionary(fc.string(), fc.constantFrom('yes', 'no', 'not-known', 'maybe', 1, null)),
          professionalJudgement: fc.option(fc.array(fc.string())),
          incidentsLast12Months: fc.option(fc.double()),
          previousMaracReferralDate: fc.option(fc.string()),
        }),
        fc.string(),
        (dash, today) => {
          expect(() => assessMarac(dash as unknown as Dash, today)).not.toThrow();
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('MARAC_CRITERIA', () => {
  it('explains each of the four criteria and says the checklist never replaces judgement', () => {
    expect(MARAC_CRITERIA.map((c) => c.id)).toEqual([
      'visibleHighRisk',
      'professionalJudgement',
      'potentialEscalation',
      'repeatReferral',
    ]);
    for (const c of MARAC_CRITERIA) expect(c.explanation.length).toBeGreaterThan(20);
    expect(MARAC_JUDGEMENT_NOTE).toMatch(/never replaces/);
  });
});

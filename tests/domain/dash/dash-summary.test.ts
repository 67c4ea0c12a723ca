import { DASH_QUESTION_IDS } from '../../../src/domain/dash/dash-ids';
import { DASH_QUESTIONS } from '../../../src/domain/dash/dash-questions';
import type { Dash, DashQuestionId } from '../../../src/domain/dash/dash.schema';
import { DASH_BAND_TEXT, summariseDash } from '../../../src/domain/dash/dash-summary';
import { HIGH_RISK_INDICATORS, highRiskIndicatorsAnswered } from '../../../src/domain/dash/high-risk-indicators';
import { countYes } from '../../../src/domain/dash/marac';

// Questions that are no high-risk indicator, to make up a count without one.
const PLAIN: readonly DashQuestionId[] = DASH_QUESTION_IDS.filter(
  (id) => !HIGH_RISK_INDICATORS.some((i) => i.questions.includes(id)),
);

/** `yes` questions answered yes (indicator questions first when `with` names them), every other answered no. */
function dashWith(yes: readonly DashQuestionId[], extra: Partial<Dash> = {}): Dash {
  const answers: Dash['answers'] = {};
  for (const id of DASH_QUESTION_IDS) answers[id] = yes.includes(id) ? 'yes' : 'no';
  return { answers, ...extra };
}
const plainYes = (n: number) => PLAIN.slice(0, n);

describe('HIGH_RISK_INDICATORS', () => {
  it.each([
    ['strangulation', ['q15'], 'strangling'],
    ['threats-to-kill', ['q14'], 'kill'],
    ['weapons', ['q13'], 'weapon'],
    ['escalation', ['q10', 'q11'], 'more'],
    ['pregnancy-or-new-baby', ['q9'], 'pregnan'],
    ['separation', ['q6'], 'separat'],
    ['stalking', ['q8'], 'stalking'],
  ] as const)('%s is read from %j, and the label and the questions share the word "%s"', (id, questions, word) => {
    const indicator = HIGH_RISK_INDICATORS.find((i) => i.id === id);
    expect(indicator?.questions).toEqual(questions);
    expect(indicator?.label).toContain(word);
    for (const q of questions) expect(DASH_QUESTIONS.find((d) => d.id === q)?.text.toLowerCase()).toContain(word);
  });

  it('cannot be changed at run time', () => {
    expect(Object.isFrozen(HIGH_RISK_INDICATORS)).toBe(true);
  });
});

describe('highRiskIndicatorsAnswered', () => {
  it.each([
    ['nothing answered', undefined, []],
    ['no answers object', { answers: null }, []],
    ['strangulation only', { answers: { q15: 'yes' } }, ['strangulation']],
    ['either escalation question', { answers: { q11: 'yes' } }, ['escalation']],
    ['both escalation questions count once', { answers: { q10: 'yes', q11: 'yes' } }, ['escalation']],
    ['"not known" is not "yes"', { answers: { q15: 'not-known', q14: 'no' } }, []],
    ['odd values are ignored', { answers: { q15: 'YES', q14: true, q8: 1 } }, []],
    [
      'fixed order, whatever the answer order',
      { answers: { q8: 'yes', q6: 'yes', q15: 'yes' } },
      ['strangulation', 'separation', 'stalking'],
    ],
  ])('%s', (_, dash, ids) => {
    expect(highRiskIndicatorsAnswered(dash).map((i) => i.id)).toEqual(ids);
  });
});

describe('summariseDash: the count is a count', () => {
  it('says nothing about risk before any answer', () => {
    const s = summariseDash(undefined);
    expect(s).toMatchObject({ yesCount: 0, answered: 0, total: 24, indicators: [] });
    expect(s.countText).toBe('No questions answered yet (0 of 24).');
    expect(s.band).toBeUndefined();
    expect(s.bandText).toBeUndefined();
    expect(s.judgementPrompt).toBeUndefined();
  });

  it.each([
    [0, 'standard'],
    [9, 'standard'],
    [10, 'medium'],
    [13, 'medium'],
    [14, 'high'],
  ] as const)('%i "yes" without an indicator is %s risk', (yes, band) => {
    const s = summariseDash(dashWith(plainYes(yes)));
    expect(s.yesCount).toBe(yes);
    expect(s.band).toBe(band);
    expect(s.bandText).toBe(DASH_BAND_TEXT[band]);
    expect(s.judgementPrompt).toBeUndefined();
  });

  it('agrees with countYes, and counts answered questions including "not known"', () => {
    const dash: Dash = { answers: { q1: 'yes', q2: 'not-known', q3: 'no', q15: 'yes' } };
    const s = summariseDash(dash);
    expect(s.yesCount).toBe(countYes(dash));
    expect(s.answered).toBe(4);
    expect(s.countText).toBe('"Yes" answers: 2 of 24 (4 answered; "not known" is not counted).');
  });

  it('strangulation and 6 "yes": no "standard" label, and a prompt that names it', () => {
    const s = summariseDash(dashWith(['q15', ...plainYes(5)]));
    expect(s.yesCount).toBe(6);
    expect(s.band).toBeUndefined();
    expect(s.bandText).toBeUndefined();
    expect(s.countText).not.toMatch(/standard/i);
    expect(s.judgementPrompt).toBe(
      'Answered "yes": strangling or choking. This is a sign of high risk whatever the count. Use your professional judgement: consider a MARAC referral, and speak to your MARAC lead if you are unsure.',
    );
  });

  it.each(HIGH_RISK_INDICATORS.map((i) => [i.id, i] as const))('%s alone withholds the band', (_, indicator) => {
    const s = summariseDash(dashWith([indicator.questions[0] as DashQuestionId]));
    expect(s.band).toBeUndefined();
    expect(s.indicators.map((i) => i.id)).toEqual([indicator.id]);
    expect(s.judgementPrompt).toContain(indicator.label);
  });

  it('names several indicators as a list, and withholds "medium" too', () => {
    const s = summariseDash(dashWith(['q15', 'q8', 'q10', ...plainYes(8)]));
    expect(s.yesCount).toBe(11);
    expect(s.band).toBeUndefined();
    expect(s.judgementPrompt).toMatch(
      /^Answered "yes": strangling or choking, abuse getting more frequent or more serious and stalking or harassment\. These are signs of high risk/,
    );
  });

  it('keeps "high" at 14 or more "yes", with the prompt as well', () => {
    const s = summariseDash(dashWith(['q15', ...plainYes(13)]));
    expect(s.band).toBe('high');
    expect(s.judgementPrompt).toContain('strangling or choking');
  });

  it('asks again when "None of these" was ticked under professional judgement', () => {
    const ticked = summariseDash(dashWith(['q14'], { professionalJudgement: [] }));
    expect(ticked.judgementPrompt).toMatch(/You ticked "None of these" under professional judgement/);
    const unanswered = summariseDash(dashWith(['q14']));
    expect(unanswered.judgementPrompt).not.toMatch(/None of these/);
    const reasons = summariseDash(dashWith(['q14'], { professionalJudgement: ['threats-to-kill'] }));
    expect(reasons.judgementPrompt).not.toMatch(/None of these/);
  });

  it('never throws on odd input', () => {
    for (const odd of [null, 42, 'dash', [], { answers: 'yes' }, { answers: { q99: 'yes' } }]) {
      expect(summariseDash(odd)).toMatchObject({ yesCount: 0, answered: 0, indicators: [] });
    }
  });

  it('no band text ever calls the count a reassurance while an indicator is "yes"', () => {
    for (let yes = 0; yes < 14; yes += 1) {
      const s = summariseDash(dashWith(['q6', ...plainYes(yes)]));
      expect(`${s.countText} ${s.bandText ?? ''}`).not.toMatch(/standard|medium/i);
    }
  });
});

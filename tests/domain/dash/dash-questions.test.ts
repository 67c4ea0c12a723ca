import { DASH_QUESTION_IDS, PROFESSIONAL_JUDGEMENT_REASONS } from '../../../src/domain/dash/dash.schema';
import { DASH_QUESTIONS, PROFESSIONAL_JUDGEMENT_LABELS } from '../../../src/domain/dash/dash-questions';

describe('DASH_QUESTIONS', () => {
  it('has the 24 questions in checklist order, numbered 1 to 24', () => {
    expect(DASH_QUESTIONS.map((q) => q.id)).toEqual([...DASH_QUESTION_IDS]);
    expect(DASH_QUESTIONS.map((q) => q.number)).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
  });

  it('has a distinct, non-empty question for each id', () => {
    const texts = DASH_QUESTIONS.map((q) => q.text.trim());
    expect(texts.every((t) => t.length > 10 && t.endsWith('?'))).toBe(true);
    expect(new Set(texts).size).toBe(24);
  });

  it('keeps the standard topics at their published numbers', () => {
    const text = (n: number) => DASH_QUESTIONS[n - 1]?.text.toLowerCase() ?? '';
    expect(text(1)).toContain('injured');
    expect(text(9)).toContain('18 months');
    expect(text(14)).toContain('kill');
    expect(text(15)).toContain('strangling');
    expect(text(19)).toContain('animal');
    expect(text(24)).toContain('police');
  });

  it('cannot be changed at run time', () => {
    expect(Object.isFrozen(DASH_QUESTIONS)).toBe(true);
  });
});

describe('PROFESSIONAL_JUDGEMENT_LABELS', () => {
  it('labels every professional-judgement reason', () => {
    expect(Object.keys(PROFESSIONAL_JUDGEMENT_LABELS).sort()).toEqual([...PROFESSIONAL_JUDGEMENT_REASONS].sort());
    for (const label of Object.values(PROFESSIONAL_JUDGEMENT_LABELS)) expect(label.trim().length).toBeGreaterThan(3);
  });
});

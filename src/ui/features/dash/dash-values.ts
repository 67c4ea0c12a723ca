// The DASH part of a draft is untrusted and half-filled: read each value defensively, never assume its shape.
import type { Answer, DashQuestionId, ProfessionalJudgementReason } from '../../../domain';
import { PROFESSIONAL_JUDGEMENT_REASONS, isRecord } from '../../../domain';

const ANSWERS: readonly string[] = ['yes', 'no', 'not-known'];

export function answerOf(dash: unknown, id: DashQuestionId): Answer | undefined {
  const answers = isRecord(dash) && isRecord(dash.answers) ? dash.answers : undefined;
  const a = answers?.[id];
  return typeof a === 'string' && ANSWERS.includes(a) ? (a as Answer) : undefined;
}

/** The ticked reasons, in the checklist's order; undefined while the question is unanswered. */
export function judgementOf(dash: unknown): readonly ProfessionalJudgementReason[] | undefined {
  const value = isRecord(dash) ? dash.professionalJudgement : undefined;
  if (!Array.isArray(value)) return undefined;
  return PROFESSIONAL_JUDGEMENT_REASONS.filter((r) => value.includes(r));
}

export function textOf(dash: unknown, key: string): string {
  const value = isRecord(dash) ? dash[key] : undefined;
  return typeof value === 'string' ? value : '';
}

/** The raw value at `key`, and whether the key is there at all (null "never" differs from absent "unanswered"). */
export function rawOf(dash: unknown, key: string): { present: boolean; value: unknown } {
  if (!isRecord(dash) || !Object.prototype.hasOwnProperty.call(dash, key)) return { present: false, value: undefined };
  return { present: dash[key] !== undefined, value: dash[key] };
}

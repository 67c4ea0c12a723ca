// The DASH part of a draft is untrusted and half-filled: read each value defensively, never assume its shape.
import type { Answer, DashQuestionId } from '../../../domain';
import { answerSchema, isRecord } from '../../../domain';

export function answerOf(dash: unknown, id: DashQuestionId): Answer | undefined {
  const answers = isRecord(dash) && isRecord(dash.answers) ? dash.answers : undefined;
  const parsed = answerSchema.safeParse(answers?.[id]);
  return parsed.success ? parsed.data : undefined;
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

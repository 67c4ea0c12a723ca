import { PROFESSIONAL_JUDGEMENT_REASONS } from './dash-ids';
import type { ProfessionalJudgementReason } from './dash.schema';

/** Undefined while unanswered, an empty list for "None of these", otherwise the reasons ticked. */
export type JudgementChoice = readonly ProfessionalJudgementReason[] | undefined;

export type NoneOfTheseOption = {
  /** Shown only while no reason is ticked. */
  readonly offered: boolean;
  readonly checked: boolean;
};

/** The reasons ticked, known ones only, once each, in the checklist's order; undefined while unanswered. */
export function judgementChoiceOf(value: unknown): JudgementChoice {
  if (!Array.isArray(value)) return undefined;
  return PROFESSIONAL_JUDGEMENT_REASONS.filter((r) => value.includes(r));
}

/** Whether "None of these" is offered, and ticked. A stored list of unknown values counts as nothing ticked. */
export function noneOfTheseOption(value: unknown): NoneOfTheseOption {
  const choice = judgementChoiceOf(value);
  return { offered: choice === undefined || choice.length === 0, checked: Array.isArray(value) && value.length === 0 };
}

/** Ticking or unticking "None of these". It never clears a reason: with any reason ticked nothing changes. */
export function setNoneOfThese(value: unknown, on: boolean): JudgementChoice {
  const choice = judgementChoiceOf(value);
  if (choice && choice.length > 0) return choice;
  return on ? [] : undefined;
}

/** Ticking or unticking one reason; unticking the last one leaves the question unanswered. */
export function setJudgementReason(value: unknown, reason: ProfessionalJudgementReason, on: boolean): JudgementChoice {
  const chosen = new Set<string>(judgementChoiceOf(value) ?? []);
  if (on) chosen.add(reason);
  else chosen.delete(reason);
  const next = PROFESSIONAL_JUDGEMENT_REASONS.filter((r) => chosen.has(r));
  return next.length > 0 ? next : undefined;
}

import { isRealIsoDate } from '../common/iso-date';
import { isRecord } from '../common/is-record';
import { DASH_QUESTION_IDS, PROFESSIONAL_JUDGEMENT_REASONS } from './dash-ids';
import type { Dash, ProfessionalJudgementReason } from './dash.schema';

/** A criterion's state: unknown is distinct from not met (a fact is missing). */
export type Tri = 'met' | 'not-met' | 'unknown';
export type RiskBand = 'standard' | 'medium' | 'high';
export type MaracCriterionId = 'visibleHighRisk' | 'professionalJudgement' | 'potentialEscalation' | 'repeatReferral';

export type MaracAssessment = {
  /** Number of questions answered "yes"; "not known" never counts. */
  yesCount: number;
  /** Questions with any answer (yes, no or not known). */
  answered: number;
  visibleHighRisk: boolean;
  band: RiskBand;
  professionalJudgementReasons: ProfessionalJudgementReason[];
  criteria: Record<MaracCriterionId, Tri>;
  meetsThreshold: Tri;
};

// SafeLives MARAC referral criteria.
export const VISIBLE_HIGH_RISK_YES_COUNT = 14;
export const MEDIUM_RISK_YES_COUNT = 10;
export const POTENTIAL_ESCALATION_INCIDENTS = 3;

export const MARAC_CRITERIA: readonly { id: MaracCriterionId; title: string; explanation: string }[] = Object.freeze([
  {
    id: 'visibleHighRisk',
    title: 'Visible high risk',
    explanation: '14 or more questions on the DASH checklist are answered "yes". "Not known" does not count as "yes".',
  },
  {
    id: 'professionalJudgement',
    title: 'Professional judgement',
    explanation:
      'You have serious concerns about the risk of serious harm even though fewer than 14 questions are answered "yes" — for example non-fatal strangulation, stalking, threats to kill, escalation or extreme fear.',
  },
  {
    id: 'potentialEscalation',
    title: 'Potential escalation',
    explanation: 'There have been 3 or more domestic abuse incidents in the last 12 months, whatever the DASH count.',
  },
  {
    id: 'repeatReferral',
    title: 'Repeat referral',
    explanation: 'A further incident has happened within 12 months of the last MARAC referral.',
  },
]);

export const MARAC_JUDGEMENT_NOTE =
  'The DASH checklist supports professional judgement and never replaces it. If you are worried about serious harm, refer whatever the count, and speak to your MARAC lead.';

/** Number of DASH questions answered "yes". Unknown question ids and odd values are ignored. */
export function countYes(dash: Dash | undefined): number {
  const answers = answersOf(dash);
  let yes = 0;
  for (const id of DASH_QUESTION_IDS) if (answers[id] === 'yes') yes += 1;
  return yes;
}

/** Assesses the four MARAC criteria on `today` (a Europe/London YYYY-MM-DD date). Never throws. */
export function assessMarac(dash: Dash | undefined, today: string): MaracAssessment {
  const answers = answersOf(dash);
  let yesCount = 0;
  let answered = 0;
  for (const id of DASH_QUESTION_IDS) {
    const a = answers[id];
    if (a === 'yes') yesCount += 1;
    if (a === 'yes' || a === 'no' || a === 'not-known') answered += 1;
  }
  const unanswered = DASH_QUESTION_IDS.length - answered;
  const record: Record<string, unknown> | undefined = isRecord(dash) ? dash : undefined;

  const visibleHighRisk: Tri =
    yesCount >= VISIBLE_HIGH_RISK_YES_COUNT
      ? 'met'
      : yesCount + unanswered < VISIBLE_HIGH_RISK_YES_COUNT
        ? 'not-met'
        : 'unknown';
  const judgement = professionalJudgementOf(record?.professionalJudgement);
  const criteria: Record<MaracCriterionId, Tri> = {
    visibleHighRisk,
    professionalJudgement: judgement.tri,
    potentialEscalation: escalationOf(record?.incidentsLast12Months),
    repeatReferral: repeatReferralOf(record, today),
  };
  return {
    yesCount,
    answered,
    visibleHighRisk: yesCount >= VISIBLE_HIGH_RISK_YES_COUNT,
    band: bandOf(yesCount),
    professionalJudgementReasons: judgement.reasons,
    criteria,
    meetsThreshold: anyOf(Object.values(criteria)),
  };
}

// Common local banding (Plymouth and Norfolk guidance, for example): 1–9 standard, 10–13 medium, 14+ high.
function bandOf(yes: number): RiskBand {
  if (yes >= VISIBLE_HIGH_RISK_YES_COUNT) return 'high';
  if (yes >= MEDIUM_RISK_YES_COUNT) return 'medium';
  return 'standard';
}

function anyOf(values: Tri[]): Tri {
  if (values.includes('met')) return 'met';
  return values.every((v) => v === 'not-met') ? 'not-met' : 'unknown';
}

function answersOf(dash: unknown): Record<string, unknown> {
  if (!isRecord(dash)) return {};
  return isRecord(dash.answers) ? dash.answers : {};
}

function professionalJudgementOf(value: unknown): { tri: Tri; reasons: ProfessionalJudgementReason[] } {
  if (!Array.isArray(value)) return { tri: 'unknown', reasons: [] };
  const known = new Set<string>(PROFESSIONAL_JUDGEMENT_REASONS);
  const reasons = [
    ...new Set(value.filter((r): r is ProfessionalJudgementReason => typeof r === 'string' && known.has(r))),
  ];
  if (reasons.length > 0) return { tri: 'met', reasons };
  // An empty list means "no concerns"; a list of unrecognised values tells us nothing.
  return { tri: value.length === 0 ? 'not-met' : 'unknown', reasons };
}

function escalationOf(value: unknown): Tri {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) return 'unknown';
  return value >= POTENTIAL_ESCALATION_INCIDENTS ? 'met' : 'not-met';
}

function repeatReferralOf(record: Record<string, unknown> | undefined, today: string): Tri {
  if (!record || !('previousMaracReferralDate' in record)) return 'unknown';
  const previous = record.previousMaracReferralDate;
  if (previous === null) return 'not-met';
  if (previous === undefined) return 'unknown';
  if (typeof previous !== 'string' || !isRealIsoDate(previous)) return 'unknown';
  if (typeof today !== 'string' || !isRealIsoDate(today)) return 'unknown';
  // A referral dated after today is a data error, not evidence either way.
  if (previous > today) return 'unknown';
  return previous >= sameDateOneYearEarlier(today) ? 'met' : 'not-met';
}

/** The same calendar date a year earlier; 29 February falls back to 28 February. */
export function sameDateOneYearEarlier(date: string): string {
  const [y, m, d] = date.split('-') as [string, string, string];
  const year = String(Number(y) - 1).padStart(4, '0');
  const day = m === '02' && d === '29' ? '28' : d;
  return `${year}-${m}-${day}`;
}

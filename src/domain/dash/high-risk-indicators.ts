import { isRecord } from '../common/is-record';
import type { DashQuestionId, ProfessionalJudgementReason } from './dash.schema';

export type HighRiskIndicatorId =
  'strangulation' | 'threats-to-kill' | 'weapons' | 'escalation' | 'pregnancy-or-new-baby' | 'separation' | 'stalking';

export type HighRiskIndicator = {
  readonly id: HighRiskIndicatorId;
  /** Plain words that fit in "Yes to …". */
  readonly label: string;
  /** The DASH questions that show it; any one answered "yes" is enough. */
  readonly questions: readonly DashQuestionId[];
  /** The matching professional-judgement reason, where the MARAC checklist has one. */
  readonly judgementReason?: ProfessionalJudgementReason;
};

// SafeLives: these answers signal high risk whatever the count, so each one calls for professional judgement.
export const HIGH_RISK_INDICATORS: readonly HighRiskIndicator[] = Object.freeze([
  {
    id: 'strangulation',
    label: 'strangling or choking',
    questions: ['q15'],
    judgementReason: 'non-fatal-strangulation',
  },
  { id: 'threats-to-kill', label: 'threats to kill', questions: ['q14'], judgementReason: 'threats-to-kill' },
  { id: 'weapons', label: 'being hurt with a weapon or an object', questions: ['q13'] },
  {
    id: 'escalation',
    label: 'abuse getting more frequent or more serious',
    questions: ['q10', 'q11'],
    judgementReason: 'escalation',
  },
  { id: 'pregnancy-or-new-baby', label: 'pregnancy or a new baby', questions: ['q9'] },
  { id: 'separation', label: 'separating or trying to separate in the last year', questions: ['q6'] },
  { id: 'stalking', label: 'stalking or harassment', questions: ['q8'], judgementReason: 'stalking' },
] satisfies HighRiskIndicator[]);

/** The high-risk indicators with at least one question answered "yes", in the order above. Never throws. */
export function highRiskIndicatorsAnswered(dash: unknown): HighRiskIndicator[] {
  const answers = isRecord(dash) && isRecord(dash.answers) ? dash.answers : {};
  return HIGH_RISK_INDICATORS.filter((indicator) => indicator.questions.some((q) => answers[q] === 'yes'));
}

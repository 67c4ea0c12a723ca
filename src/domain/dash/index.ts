// SafeLives DASH checklist and the MARAC referral criteria.
export { DASH_QUESTION_IDS, PROFESSIONAL_JUDGEMENT_REASONS } from './dash-ids';
export { dashQuestionIdSchema, dashSchema, professionalJudgementReasonSchema } from './dash.schema';
export type { Dash, DashQuestionId, ProfessionalJudgementReason } from './dash.schema';
export { DASH_QUESTIONS, PROFESSIONAL_JUDGEMENT_LABELS } from './dash-questions';
export type { DashQuestion } from './dash-questions';
export {
  MARAC_CRITERIA,
  MARAC_JUDGEMENT_NOTE,
  MEDIUM_RISK_YES_COUNT,
  POTENTIAL_ESCALATION_INCIDENTS,
  VISIBLE_HIGH_RISK_YES_COUNT,
  assessMarac,
  countYes,
  sameDateOneYearEarlier,
} from './marac';
export type { MaracAssessment, MaracCriterionId, RiskBand, Tri } from './marac';
export { HIGH_RISK_INDICATORS, highRiskIndicatorsAnswered } from './high-risk-indicators';
export type { HighRiskIndicator, HighRiskIndicatorId } from './high-risk-indicators';
export { DASH_BAND_TEXT, summariseDash } from './dash-summary';
export type { DashSummary } from './dash-summary';
export { judgementChoiceOf, noneOfTheseOption, setJudgementReason, setNoneOfThese } from './judgement-choices';
export type { JudgementChoice, NoneOfTheseOption } from './judgement-choices';

import { isRecord } from '../common/is-record';
import { DASH_QUESTION_IDS } from './dash-ids';
import { highRiskIndicatorsAnswered } from './high-risk-indicators';
import type { HighRiskIndicator } from './high-risk-indicators';
import { MEDIUM_RISK_YES_COUNT, VISIBLE_HIGH_RISK_YES_COUNT } from './marac';
import type { RiskBand } from './marac';

export type DashSummary = {
  /** Questions answered "yes"; "not known" never counts. */
  readonly yesCount: number;
  /** Questions with any answer (yes, no or not known). */
  readonly answered: number;
  readonly total: number;
  /** The count in words, always shown. */
  readonly countText: string;
  /** The band on the count; absent before any answer, and while a high-risk indicator is "yes" below 14 "yes". */
  readonly band?: RiskBand;
  readonly bandText?: string;
  /** The high-risk indicators answered "yes", in a fixed order. */
  readonly indicators: readonly HighRiskIndicator[];
  /** Present whenever an indicator is "yes": names them and asks for professional judgement. */
  readonly judgementPrompt?: string;
};

export const DASH_BAND_TEXT: Readonly<Record<RiskBand, string>> = Object.freeze({
  standard: `Fewer than ${MEDIUM_RISK_YES_COUNT} "yes": standard risk on the count alone.`,
  medium: `Medium risk (${MEDIUM_RISK_YES_COUNT} to ${VISIBLE_HIGH_RISK_YES_COUNT - 1} "yes").`,
  high: `High risk (${VISIBLE_HIGH_RISK_YES_COUNT} or more "yes").`,
});

/** What the DASH panel says about the answers so far: a count, never a reassurance. Never throws. */
export function summariseDash(dash: unknown): DashSummary {
  const answers = isRecord(dash) && isRecord(dash.answers) ? dash.answers : {};
  const given = DASH_QUESTION_IDS.map((id) => answers[id]);
  const yesCount = given.filter((a) => a === 'yes').length;
  const answered = given.filter((a) => a === 'yes' || a === 'no' || a === 'not-known').length;
  const total = DASH_QUESTION_IDS.length;
  const indicators = highRiskIndicatorsAnswered(dash);
  const countText =
    answered === 0
      ? `No questions answered yet (0 of ${total}).`
      : `"Yes" answers: ${yesCount} of ${total} (${answered} answered; "not known" is not counted).`;
  const band = answered === 0 ? undefined : bandOf(yesCount, indicators.length > 0);
  return {
    yesCount,
    answered,
    total,
    countText,
    ...(band ? { band, bandText: DASH_BAND_TEXT[band] } : {}),
    indicators,
    ...(indicators.length > 0 ? { judgementPrompt: promptFor(indicators, isRecord(dash) ? dash : {}) } : {}),
  };
}

// Below 14 "yes" a high-risk indicator makes any band a false reassurance, so none is given.
function bandOf(yes: number, indicated: boolean): RiskBand | undefined {
  if (yes >= VISIBLE_HIGH_RISK_YES_COUNT) return 'high';
  if (indicated) return undefined;
  return yes >= MEDIUM_RISK_YES_COUNT ? 'medium' : 'standard';
}

function promptFor(indicators: readonly HighRiskIndicator[], dash: Record<string, unknown>): string {
  const these = indicators.length === 1 ? 'This is a sign' : 'These are signs';
  const lines = [
    `Answered "yes": ${wordList(indicators.map((i) => i.label))}.`,
    `${these} of high risk whatever the count. Use your professional judgement: consider a MARAC referral, and speak to your MARAC lead if you are unsure.`,
  ];
  const judgement = dash.professionalJudgement;
  if (Array.isArray(judgement) && judgement.length === 0)
    lines.push('You ticked "None of these" under professional judgement: check that is still your view.');
  return lines.join(' ');
}

/** "a", "a and b", "a, b and c". */
function wordList(words: readonly string[]): string {
  if (words.length <= 1) return words[0] ?? '';
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

// The tones of the icons beside the verdicts' and statuses' words (VERDICT_WORDS, in the domain); the icon is
// decoration (text + icon).
import type { ReasonStatus, Verdict } from '../../../domain';
import type { StatusTone } from '../../components/status-icon';

export const VERDICT_TONE: Readonly<Record<Verdict, StatusTone>> = {
  eligible: 'yes',
  ineligible: 'no',
  review: 'judgement',
  incomplete: 'unknown',
};

export const REASON_STATUS_TONE: Readonly<Record<ReasonStatus, StatusTone>> = {
  met: 'yes',
  'not-met': 'no',
  review: 'judgement',
  missing: 'unknown',
};

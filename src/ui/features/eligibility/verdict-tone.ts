// The tones of the icons beside the verdicts' and statuses' words (VERDICT_WORDS, in the domain); the icon is
// decoration (text + icon). A verdict and the status of a criterion that leads to it share a tone.
import type { ReasonStatus, Verdict } from '../../../domain';
import type { StatusTone } from '../../components/status-icon';

const TONES: Readonly<Record<Verdict | ReasonStatus, StatusTone>> = {
  eligible: 'yes',
  met: 'yes',
  ineligible: 'no',
  'not-met': 'no',
  review: 'judgement',
  incomplete: 'unknown',
  missing: 'unknown',
};

export const VERDICT_TONE: Readonly<Record<Verdict, StatusTone>> = TONES;
export const REASON_STATUS_TONE: Readonly<Record<ReasonStatus, StatusTone>> = TONES;

// The words for verdicts and criterion statuses; the icon beside them is decoration (issue #5: text + icon).
import type { ReasonStatus, Verdict } from '../../../domain';
import type { StatusTone } from '../../components/status-icon';

export const VERDICT_TEXT: Readonly<Record<Verdict, string>> = {
  eligible: 'Eligible',
  ineligible: 'Not eligible',
  review: 'Needs a professional judgement',
  incomplete: 'More information needed',
};

export const VERDICT_TONE: Readonly<Record<Verdict, StatusTone>> = {
  eligible: 'yes',
  ineligible: 'no',
  review: 'judgement',
  incomplete: 'unknown',
};

export const REASON_STATUS_TEXT: Readonly<Record<ReasonStatus, string>> = {
  met: 'Met',
  'not-met': 'Not met',
  review: 'Needs a judgement',
  missing: 'Needs information',
};

export const REASON_STATUS_TONE: Readonly<Record<ReasonStatus, StatusTone>> = {
  met: 'yes',
  'not-met': 'no',
  review: 'judgement',
  missing: 'unknown',
};

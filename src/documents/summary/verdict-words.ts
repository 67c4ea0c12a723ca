// The words for verdicts and criterion statuses (the same words the eligibility panel uses).
import type { ReasonStatus, Verdict } from '../../domain';

export const VERDICT_WORDS: Readonly<Record<Verdict, string>> = {
  eligible: 'Eligible',
  ineligible: 'Not eligible',
  review: 'Needs a professional judgement',
  incomplete: 'More information needed',
};

export const REASON_STATUS_WORDS: Readonly<Record<ReasonStatus, string>> = {
  met: 'Met',
  'not-met': 'Not met',
  review: 'Needs a judgement',
  missing: 'Needs information',
};

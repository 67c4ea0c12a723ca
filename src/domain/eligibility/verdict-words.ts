// The words for verdicts and criterion statuses, wherever they are shown: the card, the filed HTML and PDF. Words,
// not colour alone (WCAG 1.4.1).
import type { ReasonStatus } from '../criteria/kind';
import type { Verdict } from './evaluate';

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

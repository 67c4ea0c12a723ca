import type { ReasonStatus } from '../criteria/kind';
import { REASON_STATUS_WORDS } from './verdict-words';

type Shown = { readonly status: ReasonStatus; readonly message: string; readonly finding?: string | undefined };

/** What people read for a reason: what was found, in plain words, where there is a finding; else the rule itself. */
export const reasonWords = (r: Shown): string => r.finding ?? r.message;

/**
 * The status words in front of a reason, or none: a met reason's finding says it all ("Not open to children's social
 * care"), while a rule not met or still open needs "Not met" or "Needs information" before it.
 */
export const reasonLabel = (r: Shown): string | undefined =>
  r.status === 'met' ? undefined : (REASON_STATUS_WORDS[r.status] ?? r.status);

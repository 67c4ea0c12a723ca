// The triage states (src/domain/triage) as a referrer reads them. Keyed by TriageState: a new state is a compile error.
import type { TriageState } from '../../../domain';
import { triageStateSchema } from '../../../domain';

const WORDS: Readonly<Record<TriageState, string>> = {
  received: 'Received by the service',
  screening: 'Being screened',
  accepted: 'Accepted',
  allocated: 'Accepted and allocated to a worker',
  'waiting-list': 'On the waiting list',
  declined: 'Declined',
  'more-information-requested': 'The service asked for more information',
  closed: 'Closed',
};

/** A status the service reported, in words; an unknown one is said to be so rather than shown raw. */
export function statusWords(status: { readonly state: string } | undefined): string {
  if (!status) return 'Sent; no decision reported yet';
  const state = triageStateSchema.safeParse(status.state);
  return state.success ? WORDS[state.data] : 'The service reported a status this version of the card does not know';
}

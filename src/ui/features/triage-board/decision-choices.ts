// The decisions a person in `role` can make on a referral in its current state, as the state machine allows them,
// with the words a manager would use.
import { movesFrom, type Role, type TriageState, type TriageTransition } from '../../../domain';

export type DecisionChoice = {
  readonly to: TriageState;
  readonly label: string;
  readonly transition: TriageTransition;
  /** A priority is asked for (the waiting list); it may be left as it is for other moves. */
  readonly asksPriority: boolean;
};

const LABELS: Readonly<Record<TriageState, string>> = {
  received: 'Mark as received',
  screening: 'Start screening',
  accepted: 'Accept',
  allocated: 'Allocate to a worker',
  'waiting-list': 'Put on the waiting list',
  declined: 'Decline',
  'more-information-requested': 'Ask the referrer for more information',
  closed: 'Close',
};

function labelOf(from: TriageState, to: TriageState): string {
  if (to === 'screening' && from === 'more-information-requested') return 'Back to screening';
  if (to === 'screening' && from === 'declined') return 'Reopen screening';
  if (to === 'allocated' && from === 'screening') return 'Accept and allocate to a worker';
  return LABELS[to];
}

export function decisionChoices(state: TriageState, role: Role): DecisionChoice[] {
  return movesFrom(state, role).map((transition) => ({
    to: transition.to,
    label: labelOf(state, transition.to),
    transition,
    asksPriority: transition.to === 'waiting-list',
  }));
}

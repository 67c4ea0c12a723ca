import { canTransition } from '../../domain';
import {
  MAX_WORKER_CHOICES,
  TRIAGE_VIEW_VERBS,
  triageCard,
  type TriageCardView,
  type TriageViewAction,
} from '../../cards';
import type { ServiceBinding } from '../config/bot-config';
import type { TeamMember } from '../teams/team-roster';
import { triageViewOf } from '../triage/triage-view';
import {
  cardOfClick,
  isDecider,
  NOT_THIS_CARD,
  notADecider,
  viewContextOf,
  type CardClick,
  type ClickAnswer,
  type TriageActionDeps,
} from './triage-click';

const TOO_MANY =
  `This team has more than ${MAX_WORKER_CHOICES} people, too many to list on a card. ` +
  'Allocate the referral on the board.';
const NOBODY = 'Referral Card found nobody in this team to allocate to. Allocate the referral on the board.';
const ROSTER_FAILED =
  'Referral Card could not read the team’s members just now, so nothing was changed. Try again in a minute, or ' +
  'allocate the referral on the board.';

/**
 * The people a referral can be allocated to: the team of the service's channel, read from Teams now. Words instead
 * when there is nobody, too many for a card, or Teams did not answer (the board allocates then).
 */
export async function teamOrWords(
  deps: TriageActionDeps,
  binding: ServiceBinding,
): Promise<readonly TeamMember[] | string> {
  try {
    const team = await deps.roster.members(binding.channelId, MAX_WORKER_CHOICES);
    if (team === 'too-many') return TOO_MANY;
    return team.length > 0 ? team : NOBODY;
  } catch (error) {
    deps.log?.('Could not read the team’s members', error);
    return ROSTER_FAILED;
  }
}

/**
 * A button that changes nothing: "Allocate to a worker" answers a deciding-group member alone with the card and the
 * team to choose from (others never see the list); "Back" answers with the card as everyone sees it. Both draw the
 * referral as it is now, so a stale card is brought up to date instead of offering a move already made.
 */
export async function handleViewClick(
  deps: TriageActionDeps,
  click: CardClick,
  action: TriageViewAction,
): Promise<ClickAnswer> {
  const found = await cardOfClick(deps, click, action.data);
  if (!found) return { message: NOT_THIS_CARD };
  const back = action.verb === TRIAGE_VIEW_VERBS.back;
  if (!back && !(await isDecider(deps, found.binding, click))) return notADecider();
  const row = await deps.triage.readRow(found.binding.mailbox, found.card.messageId);
  const view = triageViewOf(row, viewContextOf(deps));
  if (back) return { card: triageCard(view) };
  const open = canTransition(row.triage.state, 'allocated', found.binding.deciderRole ?? 'team-manager');
  if (row.triageDamaged || !open.ok)
    return { card: triageCard({ ...view, notice: open.ok ? undefined : open.message }) };
  const team = await teamOrWords(deps, found.binding);
  const allocation: TriageCardView['allocation'] = typeof team === 'string' ? { unavailable: team } : { workers: team };
  return { card: triageCard({ ...view, allocation }) };
}

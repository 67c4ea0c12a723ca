import { TRIAGE_VERBS, triageActionSchema, triageViewActionSchema, type CardPerson } from '../../cards';
import { addressAmong, rosterAddresses, type TeamMember } from '../teams/team-roster';
import type { TriageRow } from '../triage/triage-port';
import { triageCardOf } from '../triage/triage-view';
import { cardKey, type PostedRecord } from '../watch/card-records';
import { noteDrawn } from '../watch/redraw-once';
import {
  cardOfClick,
  isDecider,
  NOT_THIS_CARD,
  NOT_VALID,
  notADecider,
  viewContextOf,
  type CardClick,
  type ClickAnswer,
  type TriageActionDeps,
} from './triage-click';
import { handleViewClick, teamOrWords } from './triage-view-action';

export type { CardClick, ClickAnswer, TriageActionDeps } from './triage-click';

const NOT_IN_TEAM =
  'That person is not in this service’s team, so the referral was not allocated. Choose someone from the list, or ' +
  'allocate the referral on the board.';
// The payload fields a person fills in: their schema messages are words for them, the rest are forgeries.
const TYPED_FIELDS = new Set<unknown>(['reason', 'question', 'workerId']);

/**
 * A triage button: check the payload (zod), that it came from this referral's card in the service's channel, and
 * that the clicker is in the service's deciding group (the directory, on every click); an allocation also needs the
 * worker to be in the team of the card's channel (its roster, read again here: the card's list is only a list). Then
 * the triage layer's decision, the same as the board's; then the card is redrawn for everyone in the channel.
 */
export async function handleTriageClick(deps: TriageActionDeps, click: CardClick): Promise<ClickAnswer> {
  const view = triageViewActionSchema.safeParse({ verb: click.verb, data: click.data });
  if (view.success) return handleViewClick(deps, click, view.data);
  const parsed = triageActionSchema.safeParse({ verb: click.verb, data: click.data });
  if (!parsed.success) {
    const typed = parsed.error.issues.find((i) => TYPED_FIELDS.has(i.path[1]));
    return { message: typed ? typed.message : NOT_VALID };
  }
  const action = parsed.data;
  const found = await cardOfClick(deps, click, action.data);
  if (!found) return { message: NOT_THIS_CARD };
  const userId = click.userId;
  if (!userId || !(await isDecider(deps, found.binding, click))) return notADecider();
  let people: readonly TeamMember[] | undefined;
  if (action.verb === 'triage.allocate') {
    const team = await teamOrWords(deps, found.binding);
    if (typeof team === 'string') return { message: team };
    const wanted = action.data.workerId.toLowerCase();
    if (!team.some((m) => m.id.toLowerCase() === wanted)) return { message: NOT_IN_TEAM };
    people = team;
  }

  const entry = TRIAGE_VERBS[action.verb];
  const outcome = await deps.triage.decide({
    mailbox: found.binding.mailbox,
    messageId: found.card.messageId,
    move: {
      to: entry.to,
      expectedVersion: action.data.expectedVersion,
      ...('reason' in action.data ? { reason: action.data.reason } : {}),
      ...('question' in action.data ? { question: action.data.question } : {}),
      ...('workerId' in action.data ? { workerId: action.data.workerId } : {}),
    },
    actor: { id: userId, role: found.binding.deciderRole ?? 'team-manager' },
    now: deps.now(),
    // The worker's address from the team just read (else read when needed): the bot cannot read people's profiles.
    addressOf: people ? addressAmong(people) : rosterAddresses(deps.roster, found.binding.channelId, deps.log),
  });
  if (outcome.ok) return { card: await redraw(deps, found.card, outcome.row, undefined, people) };
  if (outcome.code === 'conflict' && outcome.current)
    return { card: await redraw(deps, found.card, outcome.current, outcome.message, people) };
  return { message: outcome.message };
}

/**
 * The card as the referral is now, for everyone in the channel; the clicker gets it in the invoke answer too. The
 * record notes the version drawn, so no watcher redraws the card again for this decision.
 */
async function redraw(
  deps: TriageActionDeps,
  card: PostedRecord,
  row: TriageRow,
  notice?: string,
  people?: readonly CardPerson[],
) {
  const ctx = viewContextOf(deps, people);
  const answer = triageCardOf(row, ctx, notice);
  try {
    await deps.channel.updateCard(card, triageCardOf(row, ctx));
  } catch (error) {
    // The decision stands; the channel's copy catches up on the watcher's next redraw.
    deps.log?.('Could not update the triage card in the channel', error);
    return answer;
  }
  try {
    await noteDrawn(deps.storage, cardKey(card.mailbox, card.referralId), row.triage.version);
  } catch (error) {
    // Unnoted, the watcher redraws the card once more: harmless.
    deps.log?.('Could not note the triage card as redrawn', error);
  }
  return answer;
}

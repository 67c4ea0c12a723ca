import { extensionActionSchema, EXTENSION_VERBS, type ExtensionAction } from '../../cards/extension-action.schema';
import { extensionCard, extensionDeciderCard } from '../../cards/extension.card';
import { extensionOutlookCard } from '../../cards/extension-outlook.card';
import { noticeCard, type AdaptiveCard } from '../../cards';
import type { ExtensionRecord, InterventionPlan } from '../../domain';
import { decidePlanExtension, readPlan } from '../../graph/extension';
import { referralMessage } from '../../graph/extension/extension-inbox';
import type { BoardRow } from '../../graph/triage/board-row';
import { boardUrlFor } from '../config/bot-config';
import { readOne } from '../storage/bot-storage';
import type { CardClick, ClickAnswer } from '../actions/triage-action';
import { bindingOf, type ExtensionDeps } from './extension-deps';
import { announceDecision } from './extension-notify';
import { extensionCardKey, isPostedExtension, type ExtensionCardRecord } from './extension-records';
import { alreadyDecidedWords, extensionViewOf } from './extension-view';

const NOT_VALID =
  'This button did not send a request Referral Card can act on. Open the referral in the board instead.';
const NOT_THIS_CARD =
  'This button does not belong to this request’s card, so nothing was changed. Open the referral in the board instead.';
const NOT_A_MANAGER = 'Only the service’s team managers can decide on an extension. Nothing was changed.';
const NO_REQUEST = 'Referral Card cannot find this extension request any more. Open the referral in the board.';

type Found = { row: BoardRow; plan: InterventionPlan; record: ExtensionRecord };

const threadChannel = (conversationId: string | undefined) => (conversationId ?? '').split(';')[0];

/**
 * Where the click says it came from, checked: a Teams click must come from this request's card in the service's
 * channel; an Outlook click (an actionable message in the manager's own mailbox) names a request that must exist.
 */
async function messageIdOf(deps: ExtensionDeps, click: CardClick, a: ExtensionAction): Promise<string | undefined> {
  const binding = bindingOf(deps, a.data.mailbox);
  if (!binding) return undefined;
  if (click.channelId === 'outlook')
    return (await referralMessage(deps.graph, binding.mailbox, a.data.referralId))?.messageId;
  const key = extensionCardKey(binding.mailbox, a.data.referralId, a.data.requestId);
  const card = await readOne<ExtensionCardRecord>(deps.storage, key);
  if (!isPostedExtension(card) || card.activityId !== click.replyToId) return undefined;
  return threadChannel(click.conversationId) === binding.channelId ? card.messageId : undefined;
}

async function currentOf(deps: ExtensionDeps, mailbox: string, messageId: string, requestId: string) {
  const read = await readPlan(deps.graph, mailbox, messageId);
  if (read.stored.kind !== 'plan') return undefined;
  const record = read.stored.plan.extensions.find((e) => e.requestId === requestId);
  return record ? { row: read.row, plan: read.stored.plan, record } : undefined;
}

/** The card for this person: a manager who did not ask sees the buttons while it is pending. */
async function viewFor(deps: ExtensionDeps, click: CardClick, found: Found, notice?: string): Promise<AdaptiveCard> {
  const { row, plan, record } = found;
  const binding = bindingOf(deps, row.mailbox);
  const view = extensionViewOf(row, plan, record, notice);
  const decider =
    !!click.userId &&
    !!binding &&
    click.userId !== record.requestedBy.id &&
    (await deps.directory.isMember(binding.decidingGroupId, click.userId));
  if (click.channelId === 'outlook' && deps.outlookOriginator) {
    const { actions: _buttons, ...readOnly } = extensionOutlookCard(view, deps.outlookOriginator);
    // Outlook's invoke answer carries its own 1.4 card; the Teams card type does not describe it.
    return (decider ? extensionOutlookCard(view, deps.outlookOriginator) : readOnly) as unknown as AdaptiveCard;
  }
  const audience = {
    managerIds: binding ? await deps.directory.memberIds(binding.decidingGroupId) : [],
    boardUrl: boardUrlFor(deps.boardUrl, row.mailbox, row.referralId),
  };
  return decider ? extensionDeciderCard(view, audience) : extensionCard(view, audience);
}

/**
 * An extension button: the payload checked (zod), its card or request found, the clicker checked against the
 * deciding group in the directory on every click; then the decision recorded on the referral (the domain refuses
 * self-approval and a second decision), the channel's card redrawn for everyone, and the requester and the service
 * manager told. `refresh` answers with the clicker's own view.
 */
export async function handleExtensionClick(deps: ExtensionDeps, click: CardClick): Promise<ClickAnswer> {
  const parsed = extensionActionSchema.safeParse({ verb: click.verb, data: click.data });
  if (!parsed.success) {
    const typed = parsed.error.issues.find((i) => i.path[1] === 'comment');
    return { message: typed ? typed.message : NOT_VALID };
  }
  const action = parsed.data;
  const messageId = await messageIdOf(deps, click, action);
  if (!messageId) return { message: NOT_THIS_CARD };
  const { mailbox, requestId } = action.data;
  const binding = bindingOf(deps, mailbox)!;
  const found = await currentOf(deps, binding.mailbox, messageId, requestId);
  if (!found || found.row.referralId !== action.data.referralId) return { message: NO_REQUEST };
  if (action.verb === EXTENSION_VERBS.refresh) return { card: await viewFor(deps, click, found) };
  if (!click.userId || !(await deps.directory.isMember(binding.decidingGroupId, click.userId)))
    return { card: noticeCard('You cannot decide on this extension', NOT_A_MANAGER) };

  const outcome = await decidePlanExtension(deps.graph, {
    mailbox: binding.mailbox,
    messageId,
    requestId,
    decidedBy: { id: click.userId, role: binding.deciderRole ?? 'team-manager' },
    outcome: action.verb === EXTENSION_VERBS.approve ? 'approve' : 'refuse',
    ...(action.verb === EXTENSION_VERBS.decline ? { reason: action.data.comment } : {}),
    now: deps.now(),
  });
  if (outcome.ok) {
    const decided = { row: outcome.row, plan: outcome.plan, record: outcome.request };
    await announceDecision(deps, decided);
    return { card: await viewFor(deps, click, decided) };
  }
  if (outcome.code === 'already-decided' && outcome.plan && outcome.request) {
    const now = { row: found.row, plan: outcome.plan, record: outcome.request };
    return { card: await viewFor(deps, click, now, alreadyDecidedWords(outcome.request)) };
  }
  return { card: noticeCard('Nothing was changed', outcome.message) };
}

import { extensionCard } from '../../cards/extension.card';
import { extensionOutlookCard, outlookCardHtml } from '../../cards/extension-outlook.card';
import { MARKING } from '../../documents/summary/header-section';
import type { ExtensionRecord, InterventionPlan } from '../../domain';
import { sendDecisionMail } from '../../graph/extension';
import { toGraphFailure } from '../../graph/errors/to-graph-failure';
import type { BoardRow } from '../../graph/triage/board-row';
import { mailboxRoot } from '../../graph/triage/read-row';
import { boardUrlFor, type ServiceBinding } from '../config/bot-config';
import { isStorageConflict, readOne } from '../storage/bot-storage';
import { rosterAddresses, type AddressLookup } from '../teams/team-roster';
import { cardKey, isPosted, type CardRecord } from '../watch/card-records';
import { bindingOf, type ExtensionDeps } from './extension-deps';
import { extensionCardKey, isPostedExtension, type ExtensionCardRecord } from './extension-records';
import { extensionViewOf } from './extension-view';

type Found = { row: BoardRow; plan: InterventionPlan; record: ExtensionRecord };

/** The channel card as everyone sees it, with the managers named for their own views. */
async function everyoneCard(deps: ExtensionDeps, found: Found) {
  const binding = bindingOf(deps, found.row.mailbox);
  const managerIds = binding ? await deps.directory.memberIds(binding.decidingGroupId) : [];
  const boardUrl = boardUrlFor(deps.boardUrl, found.row.mailbox, found.row.referralId);
  // The requester gets no buttons even when a manager: their own request is decided by another.
  const deciders = managerIds.filter((id) => id !== found.record.requestedBy.id);
  return extensionCard(extensionViewOf(found.row, found.plan, found.record), { managerIds: deciders, boardUrl });
}

/** The triage card's thread, where the referral's conversation lives; undefined when the bot posted none. */
export async function referralThread(deps: ExtensionDeps, mailbox: string, referralId: string) {
  const card = await readOne<CardRecord>(deps.storage, cardKey(mailbox, referralId));
  return isPosted(card) ? { conversationId: card.conversationId, activityId: card.activityId } : undefined;
}

/**
 * Posts the request's card once (claimed in the shared store first), as a reply in the referral's thread, or as a
 * new thread when the referral has no card; then each manager gets an actionable message when Outlook is set up.
 */
export async function announceRequest(deps: ExtensionDeps, found: Found): Promise<void> {
  const binding = bindingOf(deps, found.row.mailbox);
  if (!binding) return;
  const key = extensionCardKey(binding.mailbox, found.row.referralId, found.record.requestId);
  const claim: ExtensionCardRecord = {
    mailbox: binding.mailbox,
    referralId: found.row.referralId,
    requestId: found.record.requestId,
    messageId: found.row.messageId,
    channelId: binding.channelId,
    status: 'posting',
  };
  let eTag: string;
  try {
    eTag = await deps.storage.create(key, claim);
  } catch (error) {
    if (isStorageConflict(error)) return;
    throw error;
  }
  const card = await everyoneCard(deps, found);
  const thread = await referralThread(deps, binding.mailbox, found.row.referralId);
  const posted = thread
    ? await deps.threads.replyCard(thread, card)
    : await deps.threads.postCard({ teamId: binding.teamId, channelId: binding.channelId }, card);
  await deps.storage.write({ [key]: { ...claim, ...posted, status: 'posted', eTag } });
  await sendActionableMessages(deps, found, binding);
}

/** Addresses from the team of the service's channel, read once for this announcement; nobody's without a binding. */
const addressesFor = (deps: ExtensionDeps, binding: ServiceBinding | undefined): AddressLookup =>
  binding ? rosterAddresses(deps.roster, binding.channelId, deps.log) : () => Promise.resolve(undefined);

/**
 * One actionable message per manager, to their own mailbox (Outlook does not run them in shared mailboxes). A manager
 * not in the channel's team has no address the bot may read, so gets none; the card in the channel still reaches them.
 */
async function sendActionableMessages(deps: ExtensionDeps, found: Found, binding: ServiceBinding): Promise<void> {
  const originator = deps.outlookOriginator;
  if (!originator) return;
  const view = extensionViewOf(found.row, found.plan, found.record);
  const fallback = `A plan extension for referral ${found.row.reference} is waiting for a team manager. Open the card in Outlook or Teams.`;
  const html = outlookCardHtml(extensionOutlookCard(view, originator), fallback);
  const addressOf = addressesFor(deps, binding);
  for (const id of await deps.directory.memberIds(binding.decidingGroupId)) {
    if (id === found.record.requestedBy.id) continue;
    const to = await addressOf(id);
    if (!to) {
      deps.log?.('A team manager is not in the service’s team roster, so no actionable message was sent to them');
      continue;
    }
    const message = {
      subject: `${MARKING}: Plan extension for referral ${found.row.reference}`,
      body: { contentType: 'HTML', content: html },
      toRecipients: [{ emailAddress: { address: to } }],
    };
    await deps.graph.client
      .api(`${mailboxRoot(found.row.mailbox)}/sendMail`)
      .post({ message, saveToSentItems: true })
      .catch((error: unknown) => {
        throw toGraphFailure(error, { mailbox: found.row.mailbox });
      });
  }
}

/**
 * After a decision: the channel's card redrawn for everyone, a reply in its thread, and the requester and the
 * service manager emailed with the decision attached. The decision stands if any of these fail; each is logged.
 */
export async function announceDecision(deps: ExtensionDeps, found: Found): Promise<void> {
  const { row, record } = found;
  const binding = bindingOf(deps, row.mailbox);
  const key = extensionCardKey(row.mailbox, row.referralId, record.requestId);
  const posted = await readOne<ExtensionCardRecord>(deps.storage, key);
  const words =
    record.status === 'approved'
      ? `The plan extension for referral ${row.reference} to ${record.proposedEndDate} was approved by a team manager.`
      : `The plan extension for referral ${row.reference} was declined by a team manager.`;
  const steps: [string, () => Promise<unknown>][] = [
    [
      'update the extension card',
      async () => isPostedExtension(posted) && deps.threads.updateCard(posted, await everyoneCard(deps, found)),
    ],
    ['reply in the thread', async () => isPostedExtension(posted) && deps.threads.reply(posted, words)],
    [
      'email the decision',
      async () => {
        const requester = await addressesFor(deps, binding)(record.requestedBy.id);
        if (!requester)
          deps.log?.('The requester is not in the service’s team roster, so was not emailed the decision');
        const to = [requester, binding?.serviceManager].filter((a): a is string => !!a);
        if (to.length > 0) await sendDecisionMail(deps.graph, { ...found, request: record, to });
      },
    ],
  ];
  for (const [what, step] of steps) {
    try {
      await step();
    } catch (error) {
      deps.log?.(`Could not ${what} after an extension decision`, error);
    }
  }
}

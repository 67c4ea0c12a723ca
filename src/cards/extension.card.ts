import {
  card,
  factSet,
  textBlock,
  typedText,
  type AdaptiveCard,
  type CardAction,
  type CardElement,
} from './adaptive-card';
import { EXTENSION_VERBS } from './extension-action.schema';

/** What an extension card shows: dates and what the worker typed; no family names, no people's names. */
export type ExtensionCardView = {
  readonly referralId: string;
  readonly mailbox: string;
  readonly requestId: string;
  readonly reference: string;
  /** Dates in words, e.g. "7 December 2026". */
  readonly planStartedOn: string;
  readonly currentEnd: string;
  readonly proposedEnd: string;
  readonly requestedOn: string;
  readonly reason: string;
  readonly progress?: string;
  readonly leadProfessional?: { readonly who: string; readonly agreedOn: string };
  readonly status: 'pending' | 'approved' | 'refused';
  /** e.g. "Approved by a team manager on 8 December 2026 at 09:12." */
  readonly decisionWords?: string;
  readonly decisionComment?: string;
  /** A line for the person who clicked, e.g. that the request was already decided. */
  readonly notice?: string;
};

/** Teams shows user-specific views to at most 60 people named in `refresh.userIds`. */
export const MAX_REFRESH_USERS = 60;

const STATUS_WORDS = { pending: 'Waiting for a team manager', approved: 'Approved', refused: 'Declined' } as const;
const STATUS_COLOUR = { pending: 'Warning', approved: 'Good', refused: 'Attention' } as const;

export const targetOf = (view: ExtensionCardView) => ({
  referralId: view.referralId,
  mailbox: view.mailbox,
  requestId: view.requestId,
});

/** The request and its state: the same for everyone, in Teams and in Outlook. */
export function extensionBody(view: ExtensionCardView): CardElement[] {
  const body: CardElement[] = [
    textBlock(`Plan extension for referral ${view.reference}`, { size: 'Medium', weight: 'Bolder' }),
    textBlock(STATUS_WORDS[view.status], { weight: 'Bolder', color: STATUS_COLOUR[view.status] }),
    factSet([
      ['Plan started', view.planStartedOn],
      ['Plan runs to', view.currentEnd],
      ['Asked to run to', view.proposedEnd],
      ['Asked on', view.requestedOn],
    ]),
    typedText('Reason', view.reason),
  ];
  if (view.progress) body.push(typedText('Progress so far', view.progress));
  if (view.leadProfessional) {
    body.push(typedText('Agreed by the lead professional', view.leadProfessional.who));
    body.push(textBlock(`Lead professional agreed on ${view.leadProfessional.agreedOn}.`, { isSubtle: true }));
  }
  if (view.decisionWords) body.push(textBlock(view.decisionWords, { isSubtle: true }));
  if (view.decisionComment) body.push(typedText('Comment', view.decisionComment));
  if (view.notice) body.push(textBlock(view.notice, { color: 'Warning' }));
  return body;
}

/** Approve, or decline with a comment: the comment sits in a ShowCard so the decision and its words go in one click. */
export function decisionActions(view: ExtensionCardView): CardAction[] {
  const data = targetOf(view);
  return [
    { type: 'Action.Execute', title: 'Approve', verb: EXTENSION_VERBS.approve, data, style: 'positive' },
    {
      type: 'Action.ShowCard',
      title: 'Decline',
      card: {
        type: 'AdaptiveCard',
        body: [
          {
            type: 'Input.Text',
            id: 'comment',
            label: 'Why is the extension declined?',
            isMultiline: true,
            isRequired: true,
            maxLength: 2000,
            errorMessage: 'Fill this in first.',
          },
        ],
        actions: [{ type: 'Action.Execute', title: 'Decline now', verb: EXTENSION_VERBS.decline, data }],
      },
    },
  ];
}

export type TeamsAudience = {
  /** The team managers who may decide (their Entra ids), for user-specific views. */
  readonly managerIds: readonly string[];
  readonly boardUrl: string;
};

/**
 * The card in the channel, as everyone sees it. While pending, up to 60 managers get their own view (with the
 * buttons) through `refresh.userIds`; with more, nobody gets buttons and the card sends them to the board.
 */
export function extensionCard(view: ExtensionCardView, audience: TeamsAudience): AdaptiveCard {
  const base = card(
    `Plan extension for referral ${view.reference}: ${STATUS_WORDS[view.status]}`,
    extensionBody(view),
    [{ type: 'Action.OpenUrl', title: 'Open in board', url: audience.boardUrl }],
  );
  if (view.status !== 'pending') return base;
  const managers = audience.managerIds.slice(0, MAX_REFRESH_USERS + 1);
  if (managers.length === 0 || managers.length > MAX_REFRESH_USERS) {
    const note = textBlock('Team managers decide on this request in the board.', { isSubtle: true });
    return { ...base, body: [...base.body, note] };
  }
  const refreshAction = {
    type: 'Action.Execute',
    title: 'Refresh',
    verb: EXTENSION_VERBS.refresh,
    data: targetOf(view),
  };
  // Clients that do not refresh by themselves (and anyone who wants to check) can ask for their view by hand.
  const mine = { ...refreshAction, title: 'Show my options' };
  return {
    ...base,
    actions: [mine, ...(base.actions ?? [])],
    refresh: { action: refreshAction, userIds: managers },
  } as AdaptiveCard;
}

/** A team manager's own view of a pending request: the buttons, and the same refresh so it stays theirs. */
export function extensionDeciderCard(view: ExtensionCardView, audience: TeamsAudience): AdaptiveCard {
  const everyone = extensionCard(view, audience);
  if (view.status !== 'pending') return everyone;
  const others = (everyone.actions ?? []).filter((a) => a.verb !== EXTENSION_VERBS.refresh);
  return { ...everyone, actions: [...decisionActions(view), ...others] };
}

import type { CardAction, CardElement } from './adaptive-card';
import { EXTENSION_VERBS } from './extension-action.schema';
import { decisionActions, extensionBody, targetOf, type ExtensionCardView } from './extension.card';

/**
 * An Outlook actionable message: Adaptive Card 1.4 with Action.Execute (Universal Actions), sent to each manager's
 * own mailbox. `originator` is the provider id registered in the Actionable Email Developer Dashboard; Outlook
 * ignores `refresh.userIds`, so every open refreshes and the bot answers with the view for that reader.
 */
export type OutlookCard = {
  readonly type: 'AdaptiveCard';
  readonly $schema: 'http://adaptivecards.io/schemas/adaptive-card.json';
  readonly version: '1.4';
  readonly originator: string;
  readonly fallbackText: string;
  readonly refresh: { readonly action: CardAction };
  readonly body: readonly CardElement[];
  readonly actions?: readonly CardAction[];
};

/** Outlook's card: the request, and Approve / Decline while it is pending (no Action.Submit, no Input.Time). */
export function extensionOutlookCard(view: ExtensionCardView, originator: string): OutlookCard {
  const actions = view.status === 'pending' ? decisionActions(view) : [];
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.4',
    originator,
    fallbackText: `Plan extension for referral ${view.reference}`,
    refresh: {
      action: { type: 'Action.Execute', title: 'Refresh', verb: EXTENSION_VERBS.refresh, data: targetOf(view) },
    },
    body: extensionBody(view),
    ...(actions.length > 0 ? { actions } : {}),
  };
}

/** The HTML body of the message: Outlook reads the card from this script element; other clients show the text. */
export function outlookCardHtml(outlookCard: OutlookCard, fallback: string): string {
  // "</" inside the JSON would end the script element early: written as "<\/", which JSON reads the same.
  const json = JSON.stringify(outlookCard).replace(/<\//g, '<\\/');
  const text = fallback.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return (
    '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">' +
    `<script type="application/adaptivecard+json">${json}</script></head><body><p>${text}</p></body></html>`
  );
}

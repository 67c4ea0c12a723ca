import type { DeadlineStatus } from '../domain';
import {
  card,
  factSet,
  textBlock,
  typedText,
  type AdaptiveCard,
  type CardAction,
  type CardElement,
} from './adaptive-card';
import { TRIAGE_VERBS, type TriageVerb } from './triage-action.schema';

/** What a triage card shows: no family names, only what a team needs to pick the referral up. */
export type TriageCardView = {
  readonly referralId: string;
  readonly mailbox: string;
  /** The triage record's version the buttons act on. */
  readonly version: number;
  readonly reference: string;
  readonly serviceName: string;
  /** e.g. "7 December 2026" */
  readonly receivedOn: string;
  /** e.g. "Screening" */
  readonly statusWords: string;
  readonly deadline?: { readonly words: string; readonly status: DeadlineStatus };
  /** The buttons to offer: the moves open from the referral's state. */
  readonly verbs: readonly TriageVerb[];
  readonly boardUrl: string;
  /** The last decision, in words ("Declined on 8 December 2026."), and what was typed with it. */
  readonly lastChange?: { readonly words: string; readonly typed?: { readonly label: string; readonly text: string } };
  /** A line for the person who clicked, e.g. that someone else decided first. */
  readonly notice?: string;
};

const DEADLINE_STYLE: Record<DeadlineStatus, string> = {
  'on-track': 'Default',
  'due-today': 'Warning',
  overdue: 'Attention',
  met: 'Good',
  missed: 'Attention',
};

function button(verb: TriageVerb, view: TriageCardView): CardAction {
  const entry = TRIAGE_VERBS[verb];
  const data = { referralId: view.referralId, mailbox: view.mailbox, expectedVersion: view.version };
  const execute = { type: 'Action.Execute', title: entry.label, verb, data };
  if (!('input' in entry)) return execute;
  const label = entry.input === 'reason' ? 'Why is it declined?' : 'What information is needed?';
  // The input sits in a ShowCard so the decision and its reason go in one click.
  return {
    type: 'Action.ShowCard',
    title: entry.label,
    card: {
      type: 'AdaptiveCard',
      body: [
        {
          type: 'Input.Text',
          id: entry.input,
          label,
          isMultiline: true,
          isRequired: true,
          maxLength: 2000,
          errorMessage: 'Fill this in first.',
        },
      ],
      actions: [{ ...execute, title: `${entry.label} now` }],
    },
  };
}

function deadlineRow(view: TriageCardView): CardElement[] {
  if (!view.deadline) return [];
  return [textBlock(view.deadline.words, { color: DEADLINE_STYLE[view.deadline.status], weight: 'Bolder' })];
}

function changeRows(view: TriageCardView): CardElement[] {
  const rows: CardElement[] = [];
  if (view.lastChange) {
    rows.push(textBlock(view.lastChange.words, { isSubtle: true }));
    if (view.lastChange.typed) rows.push(typedText(view.lastChange.typed.label, view.lastChange.typed.text));
  }
  if (view.notice) rows.push(textBlock(view.notice, { color: 'Warning' }));
  return rows;
}

/** The card the bot posts for a new referral, and redraws after each decision. */
export function triageCard(view: TriageCardView): AdaptiveCard {
  const title = `Referral ${view.reference}`;
  const body: CardElement[] = [
    textBlock(title, { size: 'Medium', weight: 'Bolder' }),
    factSet([
      ['Service', view.serviceName],
      ['Reference', view.reference],
      ['Received', view.receivedOn],
      ['Status', view.statusWords],
    ]),
    ...deadlineRow(view),
    ...changeRows(view),
  ];
  const actions: CardAction[] = [
    ...view.verbs.map((verb) => button(verb, view)),
    { type: 'Action.OpenUrl', title: 'Open in board', url: view.boardUrl },
  ];
  return card(`${title}: ${view.statusWords}`, body, actions);
}

import type { DeadlineStatus } from '../domain';
import {
  card,
  factSet,
  plainText,
  textBlock,
  typedText,
  type AdaptiveCard,
  type CardAction,
  type CardElement,
} from './adaptive-card';
import { CHOOSE_WORKER, TRIAGE_VERBS, TRIAGE_VIEW_VERBS, type TriageVerb } from './triage-action.schema';

/** Someone on the team, as the allocation list shows them. */
export type CardPerson = { readonly id: string; readonly name: string };

/**
 * The most people the allocation list offers. Teams refuses a card over about 28 KB: 150 names (cut to 60 characters)
 * with their ids stay near 19 KB at worst, and the 1.5 schema has no filtered list. A bigger team allocates on the board.
 */
export const MAX_WORKER_CHOICES = 150;
const MAX_NAME = 60;

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
  /** Who the referral is allocated to, by name, when the bot knows it. */
  readonly allocatedTo?: string;
  /**
   * The deciders' own view after "Allocate to a worker" (the bot answers the clicker alone): the team to choose from,
   * or, when the list cannot be offered, why (in words) — the board allocates then.
   */
  readonly allocation?: { readonly workers: readonly CardPerson[] } | { readonly unavailable: string };
};

const DEADLINE_STYLE: Record<DeadlineStatus, string> = {
  'on-track': 'Default',
  'due-today': 'Warning',
  overdue: 'Attention',
  met: 'Good',
  missed: 'Attention',
};

const targetOf = (view: TriageCardView) => ({
  referralId: view.referralId,
  mailbox: view.mailbox,
  expectedVersion: view.version,
});

function button(verb: TriageVerb, view: TriageCardView): CardAction {
  const entry = TRIAGE_VERBS[verb];
  const data = targetOf(view);
  const execute = { type: 'Action.Execute', title: entry.label, verb, data };
  if (!('input' in entry)) return execute;
  // The team's names are fetched for the person who asks, after the deciding-group check, not drawn for everyone.
  if (entry.input === 'worker')
    return { type: 'Action.Execute', title: 'Allocate to a worker', verb: TRIAGE_VIEW_VERBS.chooseWorker, data };
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

/** The deciders' view: the team as a list, "Allocate", and "Back" to the card everyone sees. */
function allocationParts(view: TriageCardView, allocation: NonNullable<TriageCardView['allocation']>) {
  const data = targetOf(view);
  const back = {
    type: 'Action.Execute',
    title: 'Back',
    verb: TRIAGE_VIEW_VERBS.back,
    data,
    // "Back" needs no choice, so the list's required check must not stop it.
    associatedInputs: 'none',
  };
  if ('unavailable' in allocation)
    return { body: [textBlock(allocation.unavailable, { color: 'Warning' })], actions: [back] };
  const list: CardElement = {
    type: 'Input.ChoiceSet',
    id: 'workerId',
    label: 'Allocate to',
    style: 'compact',
    placeholder: 'Choose a worker',
    isRequired: true,
    errorMessage: CHOOSE_WORKER,
    choices: allocation.workers
      .slice(0, MAX_WORKER_CHOICES)
      .map((w) => ({ title: plainText(w.name, MAX_NAME), value: w.id })),
  };
  const allocate = { type: 'Action.Execute', title: 'Allocate', verb: 'triage.allocate' satisfies TriageVerb, data };
  return { body: [list], actions: [allocate, back] };
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
  const picker = view.allocation ? allocationParts(view, view.allocation) : undefined;
  const body: CardElement[] = [
    textBlock(title, { size: 'Medium', weight: 'Bolder' }),
    factSet([
      ['Service', view.serviceName],
      ['Reference', view.reference],
      ['Received', view.receivedOn],
      ['Status', view.statusWords],
      ...(view.allocatedTo ? [['Allocated to', view.allocatedTo] as const] : []),
    ]),
    ...deadlineRow(view),
    ...changeRows(view),
    ...(picker?.body ?? []),
  ];
  const actions: CardAction[] = [
    ...(picker?.actions ?? view.verbs.map((verb) => button(verb, view))),
    { type: 'Action.OpenUrl', title: 'Open in board', url: view.boardUrl },
  ];
  return card(`${title}: ${view.statusWords}`, body, actions);
}

import { canTransition, triageStateWords, type Catalogue, type TriageEvent } from '../../domain';
import {
  TRIAGE_VERB_NAMES,
  TRIAGE_VERBS,
  triageCard,
  type AdaptiveCard,
  type CardPerson,
  type TriageCardView,
} from '../../cards';
import { boardUrlFor } from '../config/bot-config';
import { dayOf, deadlineWords, screeningDeadline } from './screening-deadline';
import type { TriageRow } from './triage-port';

export type ViewContext = {
  readonly catalogue: Catalogue;
  readonly boardUrl: string;
  readonly now: Date;
  /** The team's people, when the bot has just read them: the card then names who the referral is allocated to. */
  readonly people?: readonly CardPerson[];
};

function allocatedName(id: string | undefined, people: readonly CardPerson[] | undefined): string | undefined {
  if (!id || !people) return undefined;
  return people.find((p) => p.id.toLowerCase() === id.toLowerCase())?.name;
}

function serviceNames(row: TriageRow, catalogue: Catalogue): string {
  const names = row.serviceIds.map((id) => catalogue.services.find((s) => s.id === id)?.name ?? id);
  return names.length > 0 ? names.join(', ') : 'Not stated';
}

function lastChangeOf(event: TriageEvent | undefined): TriageCardView['lastChange'] {
  if (!event) return undefined;
  const words = `${triageStateWords(event.to)} on ${dayOf(event.at)}.`;
  if (event.reason) return { words, typed: { label: 'Reason', text: event.reason } };
  if (event.question) return { words, typed: { label: 'Information asked for', text: event.question } };
  return { words };
}

/** The triage card for a row: the first decisions a deciding-group member may take from its state. */
export function triageViewOf(row: TriageRow, ctx: ViewContext, notice?: string): TriageCardView {
  const record = row.triage;
  const deadline = screeningDeadline(row, ctx.catalogue, ctx.now);
  const verbs = row.triageDamaged
    ? []
    : TRIAGE_VERB_NAMES.filter((verb) => canTransition(record.state, TRIAGE_VERBS[verb].to, 'team-manager').ok);
  const lastChange = lastChangeOf(record.history[record.history.length - 1]);
  const allocatedTo = record.state === 'allocated' ? allocatedName(record.allocatedTo, ctx.people) : undefined;
  return {
    referralId: row.referralId,
    mailbox: row.mailbox,
    version: record.version,
    reference: row.reference,
    serviceName: serviceNames(row, ctx.catalogue),
    receivedOn: dayOf(row.receivedAt),
    statusWords: triageStateWords(record.state),
    ...(deadline ? { deadline: { words: deadlineWords(deadline), status: deadline.status } } : {}),
    verbs,
    boardUrl: boardUrlFor(ctx.boardUrl, row.mailbox, row.referralId),
    ...(lastChange ? { lastChange } : {}),
    ...(notice ? { notice } : {}),
    ...(allocatedTo ? { allocatedTo } : {}),
  };
}

export const triageCardOf = (row: TriageRow, ctx: ViewContext, notice?: string): AdaptiveCard =>
  triageCard(triageViewOf(row, ctx, notice));

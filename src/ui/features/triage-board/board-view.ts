// A board row as the list shows it: words and numbers worked out once per sync, so sorting and filtering
// thousands of rows compares plain values.
import {
  deadlinesFor,
  londonDate,
  priorityWords,
  triageStateWords,
  workingDaysBetween,
  type Catalogue,
  type DeadlineStatus,
  type TimeStandard,
  type TriageState,
} from '../../../domain';
import type { BoardRow } from './board-ports';

/** The deadline column: the most urgent time standard still running. */
export type DeadlineState = 'overdue' | 'due-today' | 'on-time' | 'none';

export type ViewRow = {
  readonly messageId: string;
  readonly reference: string;
  readonly service: string;
  readonly serviceIds: readonly string[];
  readonly referrer: string;
  readonly receivedAt: string;
  readonly receivedOn: string;
  readonly ageDays: number;
  readonly state: TriageState;
  readonly status: string;
  readonly assigneeId?: string;
  readonly assignee: string;
  readonly priority: string;
  /** 0 for urgent to 3 for low; 4 when no priority is set. */
  readonly priorityRank: number;
  readonly deadline: DeadlineState;
  readonly dueDate?: string;
  readonly damaged: boolean;
};

export type ViewContext = {
  readonly now: Date;
  readonly catalogue: Pick<Catalogue, 'services' | 'timeStandards'>;
  readonly names: ReadonlyMap<string, string>;
  /** Answers already worked out at this `now`: most rows share a few (the same day, service and state). */
  readonly memo?: ViewMemo;
};

export type ViewMemo = {
  readonly deadlines: Map<string, { deadline: DeadlineState; dueDate?: string }>;
  readonly ages: Map<string, number>;
};

export const createViewMemo = (): ViewMemo => ({ deadlines: new Map(), ages: new Map() });

const DEADLINE_OF: Readonly<Record<DeadlineStatus, DeadlineState | undefined>> = {
  overdue: 'overdue',
  'due-today': 'due-today',
  'on-track': 'on-time',
  met: undefined,
  missed: undefined,
};

export const DEADLINE_WORDS: Readonly<Record<DeadlineState, string>> = {
  overdue: 'Overdue',
  'due-today': 'Due today',
  'on-time': 'On time',
  none: 'No deadline',
};

const PRIORITY_RANK: Readonly<Record<string, number>> = { urgent: 0, high: 1, normal: 2, low: 3 };

const providerOf = (id: string) => id.split('.')[0] ?? id;

/** A standard without `appliesTo` covers its provider's services (ids share the provider part: notts.screening). */
export function standardsFor(standards: readonly TimeStandard[], serviceId: string | undefined): TimeStandard[] {
  if (serviceId === undefined) return [];
  return standards.filter((t) =>
    t.appliesTo ? t.appliesTo.includes(serviceId) : providerOf(t.id) === providerOf(serviceId),
  );
}

type Deadline = { deadline: DeadlineState; dueDate?: string };

/**
 * The same answer for every record that differs only in its id and in the time of day it arrived, when no standard
 * counts hours from arrival and nothing has happened yet (its clocks then start on the London date it arrived).
 */
function deadlineKey(record: BoardRow['triage'], standards: readonly TimeStandard[], receivedOn: string): string {
  const byDate =
    record.history.length === 0 && !standards.some((t) => t.unit === 'hours' && t.from === 'referral-received');
  const rest = { ...record, referralId: '', receivedAt: byDate ? receivedOn : record.receivedAt };
  return `${standards.map((t) => t.id).join(' ')}|${JSON.stringify(rest)}`;
}

function deadlineOf(row: BoardRow, receivedOn: string, ctx: ViewContext): Deadline {
  const serviceId = row.triage.serviceId ?? row.serviceIds[0];
  const record = row.triage.serviceId || serviceId === undefined ? row.triage : { ...row.triage, serviceId };
  const standards = standardsFor(ctx.catalogue.timeStandards, serviceId);
  const key = deadlineKey(record, standards, receivedOn);
  const known = ctx.memo?.deadlines.get(key);
  if (known) return known;
  const open = deadlinesFor(record, standards, ctx.now).find((d) => DEADLINE_OF[d.status] !== undefined);
  const found: Deadline = open
    ? { deadline: DEADLINE_OF[open.status] ?? 'none', dueDate: open.dueDate }
    : { deadline: 'none' };
  ctx.memo?.deadlines.set(key, found);
  return found;
}

function ageOf(receivedOn: string, ctx: ViewContext): number {
  if (!receivedOn) return 0;
  const known = ctx.memo?.ages.get(receivedOn);
  if (known !== undefined) return known;
  let age: number;
  try {
    age = Math.max(0, workingDaysBetween(receivedOn, londonDate(ctx.now)));
  } catch {
    age = 0; // outside the calendar's years: no age rather than a broken board
  }
  ctx.memo?.ages.set(receivedOn, age);
  return age;
}

export function toViewRow(row: BoardRow, ctx: ViewContext, serviceNames: ReadonlyMap<string, string>): ViewRow {
  const assigneeId = row.triage.allocatedTo;
  const ms = Date.parse(row.receivedAt);
  const receivedOn = Number.isNaN(ms) ? '' : londonDate(new Date(ms));
  return {
    messageId: row.messageId,
    reference: row.reference,
    service: row.serviceIds.map((id) => serviceNames.get(id) ?? id).join(', '),
    serviceIds: row.serviceIds,
    referrer: row.referrer.name || row.referrer.address,
    receivedAt: row.receivedAt,
    receivedOn,
    ageDays: ageOf(receivedOn, ctx),
    state: row.triage.state,
    status: triageStateWords(row.triage.state),
    ...(assigneeId ? { assigneeId } : {}),
    assignee: assigneeId ? (ctx.names.get(assigneeId) ?? 'Someone not in the team') : '',
    priority: row.triage.priority ? priorityWords(row.triage.priority) : '',
    priorityRank: PRIORITY_RANK[row.triage.priority ?? ''] ?? 4,
    ...deadlineOf(row, receivedOn, ctx),
    damaged: row.triageDamaged === true,
  };
}

export function toViewRows(rows: readonly BoardRow[], ctx: ViewContext): ViewRow[] {
  const serviceNames = new Map(ctx.catalogue.services.map((s) => [s.id, s.name]));
  const withMemo = ctx.memo ? ctx : { ...ctx, memo: createViewMemo() };
  return rows.map((r) => toViewRow(r, withMemo, serviceNames));
}

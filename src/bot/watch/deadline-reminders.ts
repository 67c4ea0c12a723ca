import { isWorkingDay, londonDateTime, ukLongDate, type Catalogue } from '../../domain';
import { isStorageConflict, type BotStorage } from '../storage/bot-storage';
import type { ChannelPort } from '../teams/channel-port';
import { screeningDeadline } from '../triage/screening-deadline';
import type { TriageRow } from '../triage/triage-port';
import { reminderKey, type PostedRecord } from './card-records';

export type ReminderDeps = {
  readonly storage: BotStorage;
  readonly channel: ChannelPort;
  readonly catalogue: Catalogue;
  /** From this London hour on a working day, the morning's reminders go out. */
  readonly reminderHour: number;
};

/** What the reminder says, or undefined when the referral needs none today. */
export function reminderText(row: TriageRow, catalogue: Catalogue, now: Date): string | undefined {
  const deadline = screeningDeadline(row, catalogue, now);
  if (!deadline) return undefined;
  const due = ukLongDate(deadline.dueDate) ?? deadline.dueDate;
  if (deadline.status === 'due-today')
    return `Reminder: referral ${row.reference} is due to be screened today, ${due}.`;
  if (deadline.status === 'overdue')
    return `Overdue: referral ${row.reference} was due to be screened by ${due} and has not been decided yet.`;
  return undefined;
}

/**
 * The morning reminder in the card's thread: on the working day a screening deadline falls due, and on each working
 * day after while it is overdue (weekends and bank holidays are skipped, as the deadline's working days are). At most
 * once per referral per day, across instances: the day's reminder key is created before the reply is posted.
 * `sent` when this call posted it, `done` when today's was already posted (by anyone), `none` when none is due now.
 */
export async function remindIfDue(
  deps: ReminderDeps,
  row: TriageRow,
  card: PostedRecord,
  now: Date,
): Promise<'sent' | 'done' | 'none'> {
  const { date, hour } = londonDateTime(now);
  if (hour < deps.reminderHour || !isWorkingDay(date)) return 'none';
  const text = reminderText(row, deps.catalogue, now);
  if (!text) return 'none';
  try {
    await deps.storage.create(reminderKey(row.mailbox, row.referralId, date), { text, at: now.toISOString() });
  } catch (error) {
    if (isStorageConflict(error)) return 'done';
    throw error;
  }
  await deps.channel.reply(card, text);
  return 'sent';
}

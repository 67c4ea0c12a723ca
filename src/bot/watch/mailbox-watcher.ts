import { londonDate, type Catalogue } from '../../domain';
import type { ServiceBinding } from '../config/bot-config';
import { readOne, type BotStorage } from '../storage/bot-storage';
import type { ChannelPort } from '../teams/channel-port';
import type { TriagePort, TriageRow, TriageSync } from '../triage/triage-port';
import { triageCardOf } from '../triage/triage-view';
import { cardKey, isPosted, type CardRecord, type PostedRecord } from './card-records';
import { remindIfDue } from './deadline-reminders';
import { postOnce } from './post-once';

export type WatcherDeps = {
  readonly binding: ServiceBinding;
  readonly triage: Pick<TriagePort, 'sync'>;
  readonly storage: BotStorage;
  readonly channel: ChannelPort;
  readonly catalogue: Catalogue;
  readonly boardUrl: string;
  readonly instanceId: string;
  readonly now: () => Date;
  readonly reminderHour: number;
  readonly staleClaimMs?: number;
  readonly log?: (message: string, error?: unknown) => void;
};

export type TickResult = { posted: number; reminded: number; failed: number };

// The states a referral is in before anyone has decided on it: these get a card.
const NEW = new Set(['received']);
// Once decided past these, no screening clock runs and no reminder is due.
const CLOCK_RUNNING = new Set(['received', 'screening', 'more-information-requested']);

/**
 * Watches one service mailbox (a delta query with the bot's application token) and keeps its channel up to date:
 * one triage card per new referral, and the morning's deadline reminders in each card's thread.
 */
export class MailboxWatcher {
  private sync: TriageSync | undefined;
  /** Cards already posted (by any instance), so a quiet tick reads nothing from the store. */
  private readonly cards = new Map<string, PostedRecord>();
  /** Referrals decided before any card was posted: they never get one, so they are not looked up again. */
  private readonly uncarded = new Set<string>();
  /** The London day each referral was last reminded on by this instance (the store decides across instances). */
  private readonly remindedOn = new Map<string, string>();
  /** The triage version this instance last saw each card's referral at: a change made elsewhere redraws the card. */
  private readonly seenVersion = new Map<string, number>();

  constructor(private readonly deps: WatcherDeps) {}

  private viewContext() {
    return { catalogue: this.deps.catalogue, boardUrl: this.deps.boardUrl, now: this.deps.now() };
  }

  async tick(): Promise<TickResult> {
    const { binding, triage } = this.deps;
    this.sync = await triage.sync(binding.mailbox, this.sync);
    const result: TickResult = { posted: 0, reminded: 0, failed: 0 };
    for (const row of Object.values(this.sync.rows)) {
      if (row.triageDamaged) continue;
      try {
        await this.visit(row, result);
      } catch (error) {
        result.failed += 1;
        this.deps.log?.(`Could not post or remind for a referral in ${binding.mailbox}`, error);
      }
    }
    return result;
  }

  private async visit(row: TriageRow, result: TickResult): Promise<void> {
    const card = await this.cardOf(row, result);
    if (!card) return;
    await this.follow(row, card);
    if (!CLOCK_RUNNING.has(row.triage.state)) return;
    const now = this.deps.now();
    const today = londonDate(now);
    if (this.remindedOn.get(row.referralId) === today) return;
    const reminded = await remindIfDue(this.deps, row, card, now);
    if (reminded === 'sent') {
      result.reminded += 1;
      // The card's deadline line says "due today" or "overdue" from now on, for everyone.
      await this.deps.channel.updateCard(card, triageCardOf(row, this.viewContext()));
    }
    if (reminded !== 'none') this.remindedOn.set(row.referralId, today);
  }

  /**
   * A decision made on the board (or through another instance) changes the referral but not its card: redraw it, so
   * the channel never offers buttons for a move already made. First seen (posted now, or after a restart), the card
   * is taken as current.
   */
  private async follow(row: TriageRow, card: PostedRecord): Promise<void> {
    const seen = this.seenVersion.get(row.referralId);
    if (seen === row.triage.version) return;
    if (seen !== undefined) await this.deps.channel.updateCard(card, triageCardOf(row, this.viewContext()));
    this.seenVersion.set(row.referralId, row.triage.version);
  }

  private async cardOf(row: TriageRow, result: TickResult): Promise<PostedRecord | undefined> {
    const known = this.cards.get(row.referralId);
    if (known || this.uncarded.has(row.referralId)) return known;
    const { binding, storage } = this.deps;
    let record: PostedRecord | undefined;
    if (NEW.has(row.triage.state)) {
      const card = triageCardOf(row, this.viewContext());
      const before = await readOne<CardRecord>(storage, cardKey(row.mailbox, row.referralId));
      record = isPosted(before)
        ? before
        : await postOnce(
            { ...this.deps, staleClaimMs: this.deps.staleClaimMs ?? 120_000 },
            row,
            { teamId: binding.teamId, channelId: binding.channelId },
            card,
          );
      if (record && !isPosted(before) && record.owner === this.deps.instanceId) result.posted += 1;
    } else {
      const stored = await readOne<CardRecord>(storage, cardKey(row.mailbox, row.referralId));
      record = isPosted(stored) ? stored : undefined;
      if (!record) this.uncarded.add(row.referralId);
    }
    if (record) this.cards.set(row.referralId, record);
    return record;
  }
}

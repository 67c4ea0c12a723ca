import { londonDate, type Catalogue } from '../../domain';
import type { ServiceBinding } from '../config/bot-config';
import { readOne, type BotStorage } from '../storage/bot-storage';
import type { ChannelPort } from '../teams/channel-port';
import { rosterPeople, type TeamMember, type TeamRosterPort } from '../teams/team-roster';
import type { TriagePort, TriageRow, TriageSync } from '../triage/triage-port';
import { triageCardOf } from '../triage/triage-view';
import { cardKey, isPosted, type CardRecord, type PostedRecord } from './card-records';
import { remindIfDue } from './deadline-reminders';
import { postOnce } from './post-once';
import { redrawOnce } from './redraw-once';

export type WatcherDeps = {
  readonly binding: ServiceBinding;
  readonly triage: Pick<TriagePort, 'sync'>;
  readonly storage: BotStorage;
  readonly channel: ChannelPort;
  /** The team of the binding's channel: a redrawn card names who its referral is allocated to, as a click's does. */
  readonly roster?: TeamRosterPort;
  readonly catalogue: Catalogue;
  readonly boardUrl: string;
  readonly instanceId: string;
  readonly now: () => Date;
  readonly reminderHour: number;
  readonly staleClaimMs?: number;
  readonly log?: (message: string, error?: unknown) => void;
};

export type TickResult = { posted: number; redrawn: number; reminded: number; failed: number };

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
  /**
   * Cards already posted (by any instance), with the version each was last known drawn for, so a quiet tick reads
   * nothing from the store.
   */
  private readonly cards = new Map<string, PostedRecord>();
  /** Referrals decided before any card was posted: they never get one, so they are not looked up again. */
  private readonly uncarded = new Set<string>();
  /** The London day each referral was last reminded on by this instance (the store decides across instances). */
  private readonly remindedOn = new Map<string, string>();
  /** The channel's team, read at most once a tick and only when a card naming a worker is redrawn. */
  private team: (() => Promise<readonly TeamMember[]>) | undefined;

  constructor(private readonly deps: WatcherDeps) {}

  private viewContext(people?: readonly TeamMember[]) {
    return { catalogue: this.deps.catalogue, boardUrl: this.deps.boardUrl, now: this.deps.now(), people };
  }

  /** The card for a referral as it is now; an allocated one names its worker when the team can be read. */
  private async cardNow(row: TriageRow) {
    const people = row.triage.state === 'allocated' && this.team ? await this.team() : undefined;
    return triageCardOf(row, this.viewContext(people));
  }

  private claims() {
    return { ...this.deps, staleClaimMs: this.deps.staleClaimMs ?? 120_000 };
  }

  async tick(): Promise<TickResult> {
    const { binding, triage } = this.deps;
    this.sync = await triage.sync(binding.mailbox, this.sync);
    const { roster, log } = this.deps;
    this.team = roster && rosterPeople(roster, binding.channelId, log);
    const result: TickResult = { posted: 0, redrawn: 0, reminded: 0, failed: 0 };
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
    if (await this.follow(row, card)) result.redrawn += 1;
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
   * A decision made on the board (or while no bot was running) changes the referral but not its card: redraw it, so
   * the channel never offers buttons for a move already made. The card's record says which version it was drawn for,
   * so a restarted or second instance knows too, and only one of them redraws it. True when this call redrew it.
   */
  private async follow(row: TriageRow, card: PostedRecord): Promise<boolean> {
    if (card.drawnVersion === row.triage.version) return false;
    const redrawn = await redrawOnce(this.claims(), row, () => this.cardNow(row));
    if (redrawn) this.cards.set(row.referralId, redrawn.record);
    return redrawn?.outcome === 'redrawn';
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
        : await postOnce(this.claims(), row, { teamId: binding.teamId, channelId: binding.channelId }, card);
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

import { londonDateTime, planReminderDue, ukLongDate, type Role } from '../../domain';
import { applyPlanMessages, readPlan, type AppliedPlanMessage } from '../../graph/extension';
import type { BoardRow } from '../../graph/triage/board-row';
import type { ServiceBinding } from '../config/bot-config';
import { isStorageConflict, readOne } from '../storage/bot-storage';
import { rosterIds } from '../teams/team-roster';
import type { ExtensionDeps } from './extension-deps';
import { announceRequest, referralThread } from './extension-notify';
import { planIndexKey, planReminderKey, type PlanIndex } from './extension-records';

export type ExtensionTick = { applied: number; refused: number; reminded: number };

/**
 * Watches one service mailbox for the workers' plan messages (a plan started, an extension asked for): applies
 * them to the referral, posts each request's card, and posts the 10-week reminder in the referral's thread for a
 * plan with no request (on the next working day when the day falls on a weekend or bank holiday).
 */
export class ExtensionWatcher {
  constructor(
    private readonly deps: ExtensionDeps,
    private readonly binding: ServiceBinding,
    private readonly reminderHour: number,
  ) {}

  /** The sender's role for this referral: a deciding-group member, or the worker it is allocated to. */
  private roleOf = async (userId: string, row: BoardRow): Promise<Role | undefined> => {
    if (await this.deps.directory.isMember(this.binding.decidingGroupId, userId))
      return this.binding.deciderRole ?? 'team-manager';
    return row.triage.allocatedTo === userId ? 'worker' : undefined;
  };

  async tick(): Promise<ExtensionTick> {
    const { deps, binding } = this;
    // Senders are known by the team's roster (the bot cannot read profiles): someone outside the team is refused.
    const userIdOf = rosterIds(deps.roster, binding.channelId, deps.log);
    const results = await applyPlanMessages(deps.graph, binding.mailbox, {
      now: deps.now(),
      roleOf: this.roleOf,
      userIdOf,
    });
    const tick: ExtensionTick = { applied: 0, refused: 0, reminded: 0 };
    for (const result of results) {
      try {
        await this.follow(result, tick);
      } catch (error) {
        deps.log?.(`Could not post an extension request's card in ${binding.mailbox}`, error);
      }
    }
    tick.reminded = await this.remind();
    return tick;
  }

  private async follow(result: AppliedPlanMessage, tick: ExtensionTick): Promise<void> {
    if (!result.ok) {
      tick.refused += 1;
      const thread = result.referralId && (await referralThread(this.deps, this.binding.mailbox, result.referralId));
      if (thread) await this.deps.threads.reply(thread, `A plan message could not be recorded: ${result.message}`);
      return;
    }
    tick.applied += 1;
    await this.remember(result);
    if (result.request?.status === 'pending')
      await announceRequest(this.deps, { row: result.row, plan: result.plan, record: result.request });
  }

  /** Keeps the mailbox's plan index (for reminders) with an eTag-checked write, read again on a lost race. */
  private async remember(result: Extract<AppliedPlanMessage, { ok: true }>): Promise<void> {
    const key = planIndexKey(this.binding.mailbox);
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const index = await readOne<PlanIndex>(this.deps.storage, key);
      const plans = {
        ...(index?.plans ?? {}),
        [result.row.referralId]: {
          messageId: result.row.messageId,
          startDate: result.plan.startDate,
          requested: result.plan.extensions.length > 0,
        },
      };
      try {
        if (index) await this.deps.storage.write({ [key]: { plans, eTag: index.eTag } });
        else await this.deps.storage.create(key, { plans });
        return;
      } catch (error) {
        if (!isStorageConflict(error)) throw error;
      }
    }
  }

  /** The morning's 10-week reminders: at most one per plan start, across instances (the key is created first). */
  private async remind(): Promise<number> {
    const { deps, binding } = this;
    const { date, hour } = londonDateTime(deps.now());
    if (hour < this.reminderHour) return 0;
    const index = await readOne<PlanIndex>(deps.storage, planIndexKey(binding.mailbox));
    let sent = 0;
    for (const [referralId, known] of Object.entries(index?.plans ?? {})) {
      if (known.requested || !planReminderDue({ startDate: known.startDate, extensions: [] }, date)) continue;
      const read = await readPlan(deps.graph, binding.mailbox, known.messageId);
      if (read.stored.kind !== 'plan') continue;
      const due = planReminderDue(read.stored.plan, date);
      const thread = due && (await referralThread(deps, binding.mailbox, referralId));
      if (!due || !thread) continue;
      try {
        await deps.storage.create(planReminderKey(binding.mailbox, referralId, read.stored.plan.startDate), {
          at: deps.now().toISOString(),
        });
      } catch (error) {
        if (isStorageConflict(error)) continue;
        throw error;
      }
      const reached = ukLongDate(due.reachedOn) ?? due.reachedOn;
      await deps.threads.reply(
        thread,
        `Reminder: the plan for referral ${read.row.reference} reached 10 weeks on ${reached} and no extension has ` +
          'been asked for. Its 12-week review is two weeks after that: ask for an extension now if the work needs longer.',
      );
      sent += 1;
    }
    return sent;
  }
}

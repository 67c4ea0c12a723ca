import type { Actor, TriageMove, TriageRecord } from '../../domain';

// What the bot needs of the Graph triage layer (src/graph/triage), as a port: the real one is wired in main.ts,
// tests pass their own. The shapes are the triage layer's own.

export type TriageRow = {
  readonly messageId: string;
  readonly mailbox: string;
  readonly referralId: string;
  readonly reference: string;
  readonly serviceIds: readonly string[];
  readonly receivedAt: string;
  readonly triage: TriageRecord;
  readonly triageDamaged?: true;
};

export type TriageSync = { deltaLink?: string; rows: Record<string, TriageRow> };

export type TriageDecision =
  | { ok: true; row: TriageRow; statusMessageSent: boolean }
  | { ok: false; code: string; message: string; current?: TriageRow; changedBy?: Actor };

export interface TriagePort {
  /** The mailbox's referrals, changed since `previous` (a delta query). */
  sync(mailbox: string, previous?: TriageSync): Promise<TriageSync>;
  /** One referral's row as it is now. */
  readRow(mailbox: string, messageId: string): Promise<TriageRow>;
  /** A decision: the state machine's move, written to the message, the referrer told. */
  decide(input: {
    mailbox: string;
    messageId: string;
    move: TriageMove;
    actor: Actor;
    now: Date;
    /** The allocated worker's address, for the notice telling them (the bot reads it from the team's roster). */
    addressOf?: (userId: string) => Promise<string | undefined>;
  }): Promise<TriageDecision>;
}

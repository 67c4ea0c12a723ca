import type { Store } from '../storage';
import { newMessageId } from '../model/ids';
import { COLLECTIONS, type MessageRecord, type TombstoneRecord, type WellKnownFolder } from '../model/records';

/**
 * Messages of every mailbox over the Store, with the in-memory indexes lists and delta need:
 * mailbox → ids, immutable id → REST id, and the change sequence (the highest seq written so far).
 */
export class MailRepository {
  private readonly byMailbox = new Map<string, Set<string>>();
  private readonly restIdOf = new Map<string, string>();
  private seq = 0;

  constructor(private readonly store: Store) {
    for (const m of store.list<MessageRecord>(COLLECTIONS.messages)) this.index(m);
    for (const t of store.list<TombstoneRecord>(COLLECTIONS.tombstones)) this.seq = Math.max(this.seq, t.seq);
  }

  private index(m: MessageRecord): void {
    let ids = this.byMailbox.get(m.mailbox);
    if (!ids) {
      ids = new Set();
      this.byMailbox.set(m.mailbox, ids);
    }
    ids.add(m.id);
    this.restIdOf.set(m.immutableId, m.id);
    this.seq = Math.max(this.seq, m.seq);
  }

  private unindex(m: MessageRecord): void {
    this.byMailbox.get(m.mailbox)?.delete(m.id);
    if (this.restIdOf.get(m.immutableId) === m.id) this.restIdOf.delete(m.immutableId);
  }

  /** The highest change sequence written; delta rounds end here. */
  currentSeq(): number {
    return this.seq;
  }

  /** A message of the mailbox (by lower-case address) by REST id or immutable id; other mailboxes' are not found. */
  get(mailboxKey: string, id: string): MessageRecord | undefined {
    const direct = this.store.get<MessageRecord>(COLLECTIONS.messages, id);
    const found = direct ?? this.byImmutable(id);
    return found?.mailbox === mailboxKey ? found : undefined;
  }

  private byImmutable(id: string): MessageRecord | undefined {
    const rest = this.restIdOf.get(id);
    return rest === undefined ? undefined : this.store.get<MessageRecord>(COLLECTIONS.messages, rest);
  }

  list(mailboxKey: string, folder?: WellKnownFolder): MessageRecord[] {
    const out: MessageRecord[] = [];
    for (const id of this.byMailbox.get(mailboxKey) ?? []) {
      const m = this.store.get<MessageRecord>(COLLECTIONS.messages, id);
      if (m && (folder === undefined || m.folder === folder)) out.push(m);
    }
    return out;
  }

  count(mailboxKey: string): number {
    return this.byMailbox.get(mailboxKey)?.size ?? 0;
  }

  /** Writes a new or changed message with the next change sequence; resolves once durable. */
  async save(record: Omit<MessageRecord, 'seq'>): Promise<MessageRecord> {
    const saved: MessageRecord = { ...record, seq: ++this.seq };
    const write = this.store.put(COLLECTIONS.messages, saved.id, saved);
    this.index(saved);
    await write;
    return saved;
  }

  /** Deletes a message, leaving a tombstone so delta reports it as removed. */
  async remove(record: MessageRecord): Promise<void> {
    const tombstone: TombstoneRecord = {
      id: record.id,
      immutableId: record.immutableId,
      mailbox: record.mailbox,
      folder: record.folder,
      seq: ++this.seq,
    };
    this.unindex(record);
    await Promise.all([
      this.store.put(COLLECTIONS.tombstones, record.id, tombstone),
      this.store.delete(COLLECTIONS.messages, record.id),
    ]);
  }

  /** Moves a message to another folder; like Exchange, the REST id changes and the immutable id stays. */
  async move(record: MessageRecord, folder: WellKnownFolder, changes: Partial<MessageRecord>): Promise<MessageRecord> {
    const { seq: _seq, ...rest } = record;
    const moved = { ...rest, ...changes, id: newMessageId(), folder };
    // The new copy first: a crash between the two writes leaves a duplicate, never a loss.
    const saved = await this.save(moved);
    await this.remove(record);
    // remove() dropped the immutable-id entry only if it still pointed at the old id.
    this.restIdOf.set(saved.immutableId, saved.id);
    return saved;
  }

  /** Tombstones of a folder with a sequence in (after, upTo]. */
  removedSince(mailboxKey: string, folder: WellKnownFolder, after: number, upTo: number): TombstoneRecord[] {
    return this.store
      .list<TombstoneRecord>(COLLECTIONS.tombstones)
      .filter((t) => t.mailbox === mailboxKey && t.folder === folder && t.seq > after && t.seq <= upTo);
  }
}

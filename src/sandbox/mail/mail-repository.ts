import type { Store, StoreChange } from '../storage';
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

  constructor(
    private readonly store: Store,
    private readonly clock: () => number = Date.now,
  ) {
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
    return found?.mailbox === mailboxKey && this.visible(found) ? found : undefined;
  }

  private visible(m: MessageRecord): boolean {
    return m.visibleFrom === undefined || m.visibleFrom <= this.clock();
  }

  private byImmutable(id: string): MessageRecord | undefined {
    const rest = this.restIdOf.get(id);
    return rest === undefined ? undefined : this.store.get<MessageRecord>(COLLECTIONS.messages, rest);
  }

  list(mailboxKey: string, folder?: WellKnownFolder): MessageRecord[] {
    const out: MessageRecord[] = [];
    for (const id of this.byMailbox.get(mailboxKey) ?? []) {
      const m = this.store.get<MessageRecord>(COLLECTIONS.messages, id);
      if (m && (folder === undefined || m.folder === folder) && this.visible(m)) out.push(m);
    }
    return out;
  }

  count(mailboxKey: string): number {
    return this.byMailbox.get(mailboxKey)?.size ?? 0;
  }

  /** Writes a new or changed message with the next change sequence; resolves once durable. */
  async save(record: Omit<MessageRecord, 'seq'>): Promise<MessageRecord> {
    const [saved, change] = this.stageSave(record);
    await this.store.write([change]);
    return saved;
  }

  /** Deletes a message, leaving a tombstone so delta reports it as removed. */
  async remove(record: MessageRecord): Promise<void> {
    await this.store.write(this.stageRemove(record));
  }

  /** Moves a message to another folder; like Exchange, the REST id changes and the immutable id stays. */
  async move(record: MessageRecord, folder: WellKnownFolder, changes: Partial<MessageRecord>): Promise<MessageRecord> {
    const batch = this.batch();
    const saved = batch.move(record, folder, changes);
    await batch.commit();
    return saved;
  }

  /** Saves, removals and moves gathered into one store write: after a crash all of them are there or none. */
  batch(): MailBatch {
    const changes: StoreChange[] = [];
    const batch: MailBatch = {
      save: (record) => {
        const [saved, change] = this.stageSave(record);
        changes.push(change);
        return saved;
      },
      remove: (record) => {
        changes.push(...this.stageRemove(record));
      },
      move: (record, folder, fields) => {
        const { seq: _seq, ...rest } = record;
        const saved = batch.save({ ...rest, ...fields, id: newMessageId(), folder });
        batch.remove(record);
        // remove() dropped the immutable-id entry only if it still pointed at the old id.
        this.restIdOf.set(saved.immutableId, saved.id);
        return saved;
      },
      put: (collection, id, value) => {
        changes.push({ op: 'put', collection, id, value });
      },
      commit: () => this.store.write(changes),
    };
    return batch;
  }

  private stageSave(record: Omit<MessageRecord, 'seq'>): [MessageRecord, StoreChange] {
    const saved: MessageRecord = { ...record, seq: ++this.seq };
    this.index(saved);
    return [saved, { op: 'put', collection: COLLECTIONS.messages, id: saved.id, value: saved }];
  }

  private stageRemove(record: MessageRecord): StoreChange[] {
    const tombstone: TombstoneRecord = {
      id: record.id,
      immutableId: record.immutableId,
      mailbox: record.mailbox,
      folder: record.folder,
      seq: ++this.seq,
    };
    this.unindex(record);
    return [
      { op: 'put', collection: COLLECTIONS.tombstones, id: record.id, value: tombstone },
      { op: 'delete', collection: COLLECTIONS.messages, id: record.id },
    ];
  }

  /** Tombstones of a folder with a sequence in (after, upTo]. */
  removedSince(mailboxKey: string, folder: WellKnownFolder, after: number, upTo: number): TombstoneRecord[] {
    return this.store
      .list<TombstoneRecord>(COLLECTIONS.tombstones)
      .filter((t) => t.mailbox === mailboxKey && t.folder === folder && t.seq > after && t.seq <= upTo);
  }
}

/** Changes staged in memory (reads see them at once) and written to the store together by `commit`. */
export type MailBatch = {
  save(record: Omit<MessageRecord, 'seq'>): MessageRecord;
  remove(record: MessageRecord): void;
  move(record: MessageRecord, folder: WellKnownFolder, changes: Partial<MessageRecord>): MessageRecord;
  /** Any other record that belongs to the same write (external mail). */
  put(collection: string, id: string, value: unknown): void;
  commit(): Promise<void>;
};

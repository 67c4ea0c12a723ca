import type { FileHandle } from 'node:fs/promises';
import { writeAll } from './durable-fs';
import { StoreError } from './store';

type Pending = { bytes: Buffer; resolve: () => void; reject: (error: Error) => void };

/**
 * Appends records in call order and acknowledges them only after fdatasync. Records that arrive
 * while a sync is running are group-committed: one write and one sync for the whole batch.
 * After a failed write or sync the log is poisoned: what is on disk is unknown, so every later
 * append is refused rather than risk acknowledging a write that is not there.
 */
export class LogWriter {
  private queue: Pending[] = [];
  private flushing: Promise<void> | undefined;
  private failure: StoreError | undefined;
  private closed = false;

  constructor(private readonly handle: FileHandle) {}

  append(bytes: Buffer): Promise<void> {
    if (this.closed) return Promise.reject(new StoreError('StoreClosed', 'The store is closed.'));
    if (this.failure) return Promise.reject(this.failure);
    return new Promise<void>((resolve, reject) => {
      this.queue.push({ bytes, resolve, reject });
      this.flushing ??= this.flush();
    });
  }

  /** Refuses new appends, waits for queued ones, then closes the file. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.flushing;
    await this.handle.close();
  }

  private async flush(): Promise<void> {
    while (this.queue.length > 0) {
      const batch = this.queue;
      this.queue = [];
      try {
        await writeAll(
          this.handle,
          batch.length === 1 ? (batch[0] as Pending).bytes : Buffer.concat(batch.map((p) => p.bytes)),
        );
        await this.handle.datasync();
      } catch {
        this.failure = new StoreError(
          'StoreFailed',
          'A write could not be made durable; the store refuses further writes.',
        );
        for (const pending of [...batch, ...this.queue]) pending.reject(this.failure);
        this.queue = [];
        break;
      }
      for (const pending of batch) pending.resolve();
    }
    this.flushing = undefined;
  }

  /** Test hook and health check: the error that poisoned the log, if any. */
  get failed(): StoreError | undefined {
    return this.failure;
  }
}

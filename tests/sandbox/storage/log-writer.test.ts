import type { FileHandle } from 'node:fs/promises';
import { LogWriter } from '../../../src/sandbox/storage/log-writer';

/** A FileHandle stand-in that records writes and syncs, and can be told to fail. */
function fakeHandle(opts: { failSync?: boolean; shortWrites?: boolean } = {}) {
  const written: Buffer[] = [];
  let syncs = 0;
  const handle = {
    async write(bytes: Buffer, offset: number, length: number) {
      const n = opts.shortWrites ? Math.min(length, 3) : length; // the OS may write less than asked
      written.push(Buffer.from(bytes.subarray(offset, offset + n)));
      return { bytesWritten: n };
    },
    async datasync() {
      syncs += 1;
      if (opts.failSync) throw new Error('EIO');
    },
    async close() {},
  };
  return { handle: handle as unknown as FileHandle, text: () => Buffer.concat(written).toString(), syncs: () => syncs };
}

describe('LogWriter', () => {
  it('appends in call order and group-commits concurrent appends into one sync', async () => {
    const fake = fakeHandle();
    const writer = new LogWriter(fake.handle);
    await Promise.all(Array.from({ length: 50 }, (_, i) => writer.append(Buffer.from(`${i};`))));
    expect(fake.text()).toBe(Array.from({ length: 50 }, (_, i) => `${i};`).join(''));
    // The first append syncs alone; the 49 queued behind it share one sync.
    expect(fake.syncs()).toBe(2);
  });

  it('completes short writes', async () => {
    const fake = fakeHandle({ shortWrites: true });
    const writer = new LogWriter(fake.handle);
    await writer.append(Buffer.from('a long record'));
    expect(fake.text()).toBe('a long record');
  });

  it('rejects the batch and refuses every later append after a failed sync', async () => {
    const fake = fakeHandle({ failSync: true });
    const writer = new LogWriter(fake.handle);
    const results = await Promise.allSettled([writer.append(Buffer.from('a')), writer.append(Buffer.from('b'))]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    await expect(writer.append(Buffer.from('c'))).rejects.toMatchObject({ code: 'StoreFailed' });
    expect(writer.failed?.code).toBe('StoreFailed');
  });

  it('waits for queued appends on close, then refuses new ones', async () => {
    const fake = fakeHandle();
    const writer = new LogWriter(fake.handle);
    const pending = writer.append(Buffer.from('queued'));
    await writer.close();
    await expect(pending).resolves.toBeUndefined();
    expect(fake.text()).toBe('queued');
    await expect(writer.append(Buffer.from('late'))).rejects.toMatchObject({ code: 'StoreClosed' });
  });
});

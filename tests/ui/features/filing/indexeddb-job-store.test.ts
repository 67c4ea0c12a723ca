/** @jest-environment jsdom */
import { deserialize, serialize } from 'node:v8';
import 'fake-indexeddb/auto';
import { FILING_DB_NAME, openIndexedDbJobStore } from '../../../../src/ui/features/filing/indexeddb-job-store';
import type { FilingJob } from '../../../../src/filing';
import { isJobDone } from '../../../../src/filing';
import example from '../../../../docs/examples/referral.json';
import type { Referral } from '../../../../src/domain';

globalThis.structuredClone ??= ((value: unknown) => deserialize(serialize(value))) as typeof structuredClone;

const job = (over: Partial<FilingJob> = {}): FilingJob => ({
  id: example.id,
  draftId: example.id,
  referral: example as unknown as Referral,
  filedAt: '2026-11-23T10:00:00.000Z',
  mailboxes: [
    {
      address: 'Family.Hub.Referrals@lewisham.gov.uk',
      serviceIds: ['lewisham.nvr'],
      serviceNames: ['NVR'],
      kind: 'referral',
      state: 'pending',
      attempts: 0,
    },
  ],
  attachments: [
    { id: 'a', name: 'big.bin', contentType: 'application/octet-stream', size: 3, bytes: new Uint8Array([1, 2, 3]) },
  ],
  ...over,
});

function rawPut(factory: IDBFactory, value: unknown): Promise<void> {
  return new Promise((resolve, reject) => {
    const open = factory.open(FILING_DB_NAME, 1);
    open.onupgradeneeded = () => open.result.createObjectStore('jobs', { keyPath: 'id' });
    open.onsuccess = () => {
      const tx = open.result.transaction('jobs', 'readwrite');
      tx.objectStore('jobs').put(value);
      tx.oncomplete = () => {
        open.result.close();
        resolve();
      };
      tx.onerror = () => reject(tx.error);
    };
  });
}

describe('the filing queue', () => {
  test('keeps a job with its files’ bytes across connections, and forgets it on remove', async () => {
    const factory = new IDBFactory();
    const q = await openIndexedDbJobStore(factory);
    expect(q.kind).toBe('durable');
    await q.put(job());
    q.close();
    const again = await openIndexedDbJobStore(factory);
    const [kept] = await again.list();
    expect(kept?.id).toBe(example.id);
    expect([...(kept?.attachments[0]?.bytes ?? [])]).toEqual([1, 2, 3]);
    expect(await again.get(example.id)).toMatchObject({ filedAt: '2026-11-23T10:00:00.000Z' });
    await again.remove(example.id);
    expect(await again.list()).toEqual([]);
    expect(await again.get(example.id)).toBeUndefined();
    again.close();
  });

  test('a damaged record is left out, never filed', async () => {
    const factory = new IDBFactory();
    await rawPut(factory, { id: 'not-a-uuid', referral: { hostile: '<script>' } });
    await rawPut(factory, {
      ...job({ id: '11111111-1111-4111-8111-111111111111' }),
      attachments: [{ id: 'a', name: 'x', contentType: 'x', size: 1, bytes: 'not bytes' }],
    });
    // An upload session that is not an https URL is not one Graph opened: nothing is sent to it.
    const plain = job({ id: '22222222-2222-4222-8222-222222222222' });
    await rawPut(factory, {
      ...plain,
      mailboxes: plain.mailboxes.map((m) => ({ ...m, uploads: ['http://attacker.example/upload'] })),
    });
    const q = await openIndexedDbJobStore(factory);
    await q.put(job());
    expect((await q.list()).map((j) => j.id)).toEqual([example.id]);
    expect(await q.get('not-a-uuid')).toBeUndefined();
    q.close();
  });

  test('without IndexedDB it keeps jobs in this page only, and says so', async () => {
    const broken = {
      open: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
    } as unknown as IDBFactory;
    const q = await openIndexedDbJobStore(broken);
    expect(q.kind).toBe('memory');
    await q.put(job());
    expect((await q.list()).map((j) => j.id)).toEqual([example.id]);
    await q.remove(example.id);
    expect(await q.list()).toEqual([]);
  });

  test('a job is done when every mailbox is filed', () => {
    expect(isJobDone(job())).toBe(false);
    expect(isJobDone(job({ mailboxes: job().mailboxes.map((m) => ({ ...m, state: 'filed' })) }))).toBe(true);
  });
});

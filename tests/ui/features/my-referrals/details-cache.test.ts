// The details kept on this device: per person, checked again when read, a damaged record read afresh, and cleared
// for one person at sign-out without touching another's.
import { deserialize, serialize } from 'node:v8';
import { IDBFactory } from 'fake-indexeddb';
import {
  clearReferralDetails,
  DETAILS_DB_NAME,
  detailsOf,
  indexedDbDetailsCache,
} from '../../../../src/ui/features/my-referrals/details-cache';
import { filedExample } from '../../support/filed-documents';

globalThis.structuredClone ??= ((value: unknown) => deserialize(serialize(value))) as typeof structuredClone;

const doc = filedExample();
const QUARANTINED = { ok: false, reason: 'invalid', message: 'The referral details file does not match.' } as const;

test('what one person kept is read back, checked, and is not another person’s', async () => {
  const idb = new IDBFactory();
  const sam = indexedDbDetailsCache(idb, 'Sam@Council.gov.uk');
  await sam.put('m1', { ok: true, document: doc });
  await sam.put('m2', QUARANTINED);
  const again = indexedDbDetailsCache(idb, 'sam@council.gov.uk'); // a reopen: same person, any case
  const kept = await again.get(['m1', 'm2', 'm3']);
  expect([...kept.keys()]).toEqual(['m1', 'm2']);
  expect(kept.get('m1')).toEqual({ ok: true, document: doc });
  expect(kept.get('m2')).toEqual(QUARANTINED);
  expect((await indexedDbDetailsCache(idb, 'alex@council.gov.uk').get(['m1', 'm2'])).size).toBe(0);
});

test('a damaged or older record is not trusted: it is read afresh', () => {
  expect(detailsOf({ shape: 1, details: { ok: true, document: { ...doc, reference: 12 } } })).toBeUndefined();
  expect(detailsOf({ shape: 0, details: { ok: true, document: doc } })).toBeUndefined();
  expect(detailsOf({ shape: 1, details: { ok: false, reason: 'made-up', message: 'x' } })).toBeUndefined();
  expect(detailsOf({ shape: 1, details: { ok: false, reason: 'missing' } })).toBeUndefined();
  expect(detailsOf('junk')).toBeUndefined();
  expect(detailsOf({ shape: 1, details: QUARANTINED })).toEqual(QUARANTINED);
});

test('a record changed on the device is checked again: one that no longer validates is dropped', async () => {
  const idb = new IDBFactory();
  const cache = indexedDbDetailsCache(idb, 'sam@council.gov.uk');
  await cache.put('m1', { ok: true, document: doc });
  await new Promise<void>((resolve, reject) => {
    const open = idb.open(DETAILS_DB_NAME);
    open.onsuccess = () => {
      const tx = open.result.transaction('details', 'readwrite');
      tx.objectStore('details').put({
        key: 'sam@council.gov.uk|m1',
        person: 'sam@council.gov.uk',
        shape: 1,
        details: { ok: true, document: { reference: 'RC-EVIL' } },
      });
      tx.oncomplete = () => {
        open.result.close();
        resolve();
      };
      tx.onerror = () => reject(tx.error);
    };
  });
  expect((await cache.get(['m1'])).size).toBe(0);
});

test('sign-out clears one person’s kept details and no one else’s', async () => {
  const idb = new IDBFactory();
  await indexedDbDetailsCache(idb, 'sam@council.gov.uk').put('m1', { ok: true, document: doc });
  await indexedDbDetailsCache(idb, 'alex@council.gov.uk').put('m1', QUARANTINED);
  await clearReferralDetails(idb, 'SAM@council.gov.uk');
  expect((await indexedDbDetailsCache(idb, 'sam@council.gov.uk').get(['m1'])).size).toBe(0);
  expect((await indexedDbDetailsCache(idb, 'alex@council.gov.uk').get(['m1'])).size).toBe(1);
});

test('without IndexedDB nothing is kept, and the caller is told so (it then downloads)', async () => {
  const cache = indexedDbDetailsCache(undefined, 'sam@council.gov.uk');
  await expect(cache.get(['m1'])).rejects.toThrow();
  await expect(cache.put('m1', QUARANTINED)).rejects.toThrow();
  const throwing = {
    open: () => {
      throw new DOMException('blocked', 'SecurityError');
    },
  } as unknown as IDBFactory;
  await expect(indexedDbDetailsCache(throwing, 'sam').get(['m1'])).rejects.toThrow();
});

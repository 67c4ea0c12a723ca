import { IDBFactory } from 'fake-indexeddb';
import { BOARD_DB_NAME, indexedDbBoardCache } from '../../../../src/ui/features/triage-board/board-cache';
import { makeRow, MAILBOX, rowsById } from './board-fixtures';

// fake-indexeddb's values are structured clones, as in a browser (node's structuredClone is there in Node 20).
const board = () => ({
  sync: { deltaLink: 'https://graph.test/delta?token=1', rows: rowsById([makeRow()]) },
  digests: {},
});

describe('the board cache in IndexedDB', () => {
  test('keeps a board per person and mailbox between opens', async () => {
    const idb = new IDBFactory();
    const saved = board();
    await indexedDbBoardCache(idb, 'Alex@Council.test', MAILBOX).save(saved);
    await expect(indexedDbBoardCache(idb, 'alex@council.test', MAILBOX.toUpperCase()).load()).resolves.toEqual(saved);
    await expect(indexedDbBoardCache(idb, 'sam@council.test', MAILBOX).load()).resolves.toBeUndefined();
    await expect(indexedDbBoardCache(idb, 'alex@council.test', 'other@council.test').load()).resolves.toBeUndefined();
  });

  test('a record of another shape is ignored, not misread', async () => {
    const idb = new IDBFactory();
    const cache = indexedDbBoardCache(idb, 'a@b.test', MAILBOX);
    await cache.save(board());
    const db = await new Promise<IDBDatabase>((resolve) => {
      const req = idb.open(BOARD_DB_NAME, 1);
      req.onsuccess = () => resolve(req.result);
    });
    for (const bad of [
      { key: `a@b.test|${MAILBOX.toLowerCase()}`, shape: 99, board: board() },
      { key: `a@b.test|${MAILBOX.toLowerCase()}`, shape: 1, board: { sync: { rows: 'nope' }, digests: {} } },
      { key: `a@b.test|${MAILBOX.toLowerCase()}`, shape: 1, board: { sync: { rows: {}, deltaLink: 42 }, digests: {} } },
    ]) {
      await new Promise<void>((resolve) => {
        const tx = db.transaction('boards', 'readwrite');
        tx.objectStore('boards').put(bad);
        tx.oncomplete = () => resolve();
      });
      await expect(indexedDbBoardCache(idb, 'a@b.test', MAILBOX).load()).resolves.toBeUndefined();
    }
    db.close();
  });

  test('without IndexedDB it keeps nothing and says so by failing the write', async () => {
    const cache = indexedDbBoardCache(undefined, 'a@b.test', MAILBOX);
    await expect(cache.load()).resolves.toBeUndefined();
    await expect(cache.save(board())).rejects.toThrow();
  });
});

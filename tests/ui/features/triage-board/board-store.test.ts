import { GraphFailure } from '../../../../src/graph';
import { createBoardStore } from '../../../../src/ui/features/triage-board/board-store';
import { fakePorts, makeRow, NOW, rowsById } from './board-fixtures';

const now = () => NOW;

describe('the board store', () => {
  test('without a cache: reads the mailbox, shows the rows, and keeps them for next time', async () => {
    const rows = [makeRow(), makeRow()];
    const ports = fakePorts(rows);
    const store = createBoardStore(ports, now);
    const seen: string[] = [];
    store.subscribe(() => seen.push(store.getState().status));
    await store.start();
    expect(store.getState()).toMatchObject({ status: 'ready', fromCache: false, syncedAt: NOW });
    expect(Object.keys(store.getState().rows)).toHaveLength(2);
    expect(seen).toContain('syncing');
    expect(ports.cache.saved()?.sync.deltaLink).toBe('delta-1');
  });

  test('with a cache: shows the cached rows at once, then syncs from the cached delta link', async () => {
    const cached = [makeRow()];
    const ports = fakePorts([]);
    await ports.cache.save({ sync: { deltaLink: 'delta-0', rows: rowsById(cached) }, digests: {} });
    ports.cache.save.mockClear();
    let release!: () => void;
    ports.sync.mockImplementationOnce(
      (previous) =>
        new Promise((resolve) => {
          release = () => resolve({ deltaLink: 'delta-0', rows: previous!.rows });
        }),
    );
    const store = createBoardStore(ports, now);
    const started = store.start();
    await new Promise((r) => setTimeout(r, 0));
    expect(store.getState()).toMatchObject({ status: 'syncing', fromCache: true });
    expect(Object.keys(store.getState().rows)).toEqual([cached[0]!.messageId]);
    expect(ports.sync.mock.calls[0]![0]).toMatchObject({ deltaLink: 'delta-0' });
    const rowsBefore = store.getState().rows;
    release();
    await started;
    // Nothing changed: the same rows object (nothing to redraw) and nothing written.
    expect(store.getState().rows).toBe(rowsBefore);
    expect(ports.cache.save).not.toHaveBeenCalled();
  });

  test('a Graph failure becomes words with the request id; the rows already shown stay', async () => {
    const ports = fakePorts([makeRow()]);
    const store = createBoardStore(ports, now);
    await store.start();
    ports.sync.mockRejectedValueOnce(new GraphFailure('no-permission', { status: 403, requestId: 'req-1' }));
    await store.refresh();
    expect(store.getState().status).toBe('error');
    expect(store.getState().problem).toMatchObject({ requestId: 'req-1' });
    expect(store.getState().problem?.what).toMatch(/not allowed to open this service’s referral mailbox/);
    expect(Object.keys(store.getState().rows)).toHaveLength(1);
    await store.refresh();
    expect(store.getState().problem).toBeUndefined();
  });

  test('an unreadable cache or a failing cache write never stops the board', async () => {
    const ports = fakePorts([makeRow()]);
    ports.cache.load.mockRejectedValueOnce(new Error('IndexedDB blocked'));
    ports.cache.save.mockRejectedValue(new Error('quota'));
    const store = createBoardStore(ports, now);
    await store.start();
    expect(store.getState().status).toBe('ready');
  });

  test('two refreshes at once make one sync', async () => {
    const ports = fakePorts([makeRow()]);
    const store = createBoardStore(ports, now);
    await Promise.all([store.start(), store.refresh(), store.refresh()]);
    expect(ports.sync).toHaveBeenCalledTimes(1);
  });

  test('a decision replaces its row; a conflict shows the row as it now is', async () => {
    const row = makeRow();
    const ports = fakePorts([row]);
    const store = createBoardStore(ports, now);
    await store.start();
    const moved = { ...row, triage: { ...row.triage, state: 'screening' as const, version: 1 } };
    ports.decide.mockResolvedValueOnce({ ok: true, row: moved, statusMessageSent: true });
    await store.decide(row.messageId, { to: 'screening', expectedVersion: 0 });
    expect(store.getState().rows[row.messageId]!.triage.state).toBe('screening');
    expect(ports.cache.saved()?.sync.rows[row.messageId]!.triage.version).toBe(1);
    const theirs = { ...row, triage: { ...row.triage, state: 'declined' as const, version: 3 } };
    ports.decide.mockResolvedValueOnce({ ok: false, code: 'conflict', message: 'x', current: theirs });
    const outcome = await store.decide(row.messageId, { to: 'accepted', expectedVersion: 1 });
    expect(outcome.ok).toBe(false);
    expect(store.getState().rows[row.messageId]!.triage.state).toBe('declined');
  });

  test('digests are remembered and saved with the rows', async () => {
    const ports = fakePorts([makeRow()]);
    const store = createBoardStore(ports, now);
    await store.start();
    const digest = {
      reference: 'RC-1',
      children: [],
      forDuplicates: { reference: 'RC-1', referredOn: '2026-12-01', children: [], services: [] },
    };
    store.rememberDigest('msg-x', digest);
    expect(store.getState().digests['msg-x']).toBe(digest);
    expect(ports.cache.saved()?.digests['msg-x']).toEqual(digest);
  });
});

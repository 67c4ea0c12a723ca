import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileStorage } from '../../../src/bot/storage/file-storage';
import { MailboxWatcher, type WatcherDeps } from '../../../src/bot/watch/mailbox-watcher';
import { MANAGER, binding, builtIn, type FakeTriage } from './fakes';

/** File stores in folders of their own, removed after the file's tests. */
export function fileStores(prefix: string): () => FileStorage {
  const folders: string[] = [];
  afterAll(() => folders.forEach((f) => rmSync(f, { recursive: true, force: true })));
  return () => {
    const f = mkdtempSync(join(tmpdir(), prefix));
    folders.push(f);
    return new FileStorage(f);
  };
}

/** A watcher of the test binding's mailbox on the clock `at`; each one is a bot instance of its own. */
export function watcherOf(
  over: Partial<WatcherDeps> & Pick<WatcherDeps, 'storage' | 'channel' | 'triage'>,
  at: { t: Date },
): MailboxWatcher {
  return new MailboxWatcher({
    binding,
    catalogue: builtIn,
    boardUrl: 'https://board.example/?r={referral}&m={mailbox}',
    instanceId: Math.random().toString(36),
    now: () => at.t,
    reminderHour: 8,
    ...over,
  });
}

/** A team manager's decision on the board: the referral changes, its card in the channel does not. */
export async function decideOnBoard(
  triage: FakeTriage,
  referralId: string,
  to: 'screening' | 'accepted' | 'allocated',
  now: Date,
  workerId?: string,
) {
  const row = triage.rows.get(`msg-${referralId}`)!;
  const decided = await triage.decide({
    mailbox: row.mailbox,
    messageId: row.messageId,
    move: { to, expectedVersion: row.triage.version, ...(workerId ? { workerId } : {}) },
    actor: { id: MANAGER, role: 'team-manager' },
    now,
  });
  if (!decided.ok) throw new Error(decided.message);
  return decided.row;
}

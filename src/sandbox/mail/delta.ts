import type { MessageRecord, TombstoneRecord, WellKnownFolder } from '../model/records';
import { graphErrors } from '../server/graph-errors';
import type { MailRepository } from './mail-repository';

/**
 * Where a delta round stands. A round reports the changes with a sequence in (since, upTo]; `after` is the
 * last sequence already paged out. The first round (since 0) is the folder's current content.
 */
export type DeltaState = {
  since: number;
  upTo: number;
  after: number;
  pageSize: number;
  select?: string;
  expand?: string;
};

/**
 * How long a delta link stays good. Exchange keeps a sync state for a limited time and then answers
 * 410 `SyncStateNotFound`; the client must start over. The sandbox's limit is a week (move the test clock past it).
 */
export const DELTA_LINK_LIFETIME_MS = 7 * 24 * 3_600_000;

export type DeltaPage = {
  changed: MessageRecord[];
  removed: TombstoneRecord[];
  /** Present while the round has more pages: the state for `$skiptoken`. */
  next?: DeltaState;
  /** Present on the last page of a round: the watermark for `$deltatoken`. */
  deltaSince?: number;
};

type Token = { s: number; u?: number; a?: number; p: number; q?: string; x?: string; i?: number };

export function encodeDeltaToken(state: {
  since: number;
  upTo?: number;
  after?: number;
  pageSize: number;
  select?: string | undefined;
  expand?: string | undefined;
  /** When a delta link was issued (ms), for its lifetime. */
  issuedAt?: number;
}): string {
  const t: Token = { s: state.since, p: state.pageSize };
  if (state.upTo !== undefined) t.u = state.upTo;
  if (state.after !== undefined) t.a = state.after;
  if (state.select !== undefined) t.q = state.select;
  if (state.expand !== undefined) t.x = state.expand;
  if (state.issuedAt !== undefined) t.i = state.issuedAt;
  return Buffer.from(JSON.stringify(t)).toString('base64url');
}

export function decodeDeltaToken(token: string): Token {
  try {
    const t = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as Partial<Token>;
    if (typeof t.s === 'number' && typeof t.p === 'number' && t.p > 0) return t as Token;
  } catch {
    // fall through: a token we did not issue
  }
  throw graphErrors.badRequest('The delta or skip token is not valid.');
}

/** One page of a delta round for a folder, oldest change first. */
export function deltaPage(
  repo: MailRepository,
  mailboxKey: string,
  folder: WellKnownFolder,
  state: DeltaState,
): DeltaPage {
  const inRound = (seq: number) => seq > state.since && seq <= state.upTo && seq > state.after;
  const changed = repo.list(mailboxKey, folder).filter((m) => inRound(m.seq));
  // The first round describes the folder as it is; nothing it never reported needs reporting as removed.
  const removed =
    state.since === 0 ? [] : repo.removedSince(mailboxKey, folder, Math.max(state.since, state.after), state.upTo);
  const entries = [...changed.map((m) => ({ seq: m.seq, m })), ...removed.map((t) => ({ seq: t.seq, t }))].sort(
    (a, b) => a.seq - b.seq,
  );
  const page = entries.slice(0, state.pageSize);
  const out: DeltaPage = {
    changed: page.flatMap((e) => ('m' in e ? [e.m] : [])),
    removed: page.flatMap((e) => ('t' in e ? [e.t] : [])),
  };
  const last = page[page.length - 1];
  if (entries.length > page.length && last) out.next = { ...state, after: last.seq };
  else out.deltaSince = state.upTo;
  return out;
}

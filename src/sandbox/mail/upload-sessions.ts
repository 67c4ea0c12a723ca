import type { Mailbox } from '../model/directory';
import { newSecret, newUploadSessionId } from '../model/ids';
import { graphErrors } from '../server/graph-errors';

// Graph's upload sessions take files of 3–150 MB in ordered ranges of at most 4 MB.
export const MIN_SESSION_BYTES = 3_000_000;
export const MAX_SESSION_BYTES = 150 * 1024 * 1024;
export const MAX_RANGE_BYTES = 4 * 1024 * 1024;
// Bounded memory: unfinished sessions hold their bytes, so a mailbox may have only a few open at once.
export const MAX_OPEN_SESSIONS_PER_MAILBOX = 4;
export const MAX_OPEN_BYTES_PER_MAILBOX = 2 * MAX_SESSION_BYTES;
// Outlook's upload URLs expire after a while without traffic; each range pushes the expiry on.
const SESSION_TTL_MS = 15 * 60 * 1000;

export type UploadSession = {
  id: string;
  secret: string;
  mailbox: Mailbox;
  messageId: string;
  name: string;
  size: number;
  contentType: string;
  isInline: boolean;
  contentId: string | null;
  received: number;
  chunks: Buffer[];
  expiresAt: number;
};

export type RangeOutcome =
  { done: false; session: UploadSession } | { done: true; session: UploadSession; bytes: Buffer };

const CONTENT_RANGE = /^bytes (\d+)-(\d+)\/(\d+)$/;

/**
 * Open upload sessions. They live in memory only: their bytes become a blob when the last range lands, and
 * a restart drops unfinished sessions (the client starts a new one, as after an expiry).
 */
export class UploadSessions {
  private readonly sessions = new Map<string, UploadSession>();

  open(init: Omit<UploadSession, 'id' | 'secret' | 'received' | 'chunks' | 'expiresAt'>, nowMs: number): UploadSession {
    if (init.size > MAX_SESSION_BYTES) throw graphErrors.attachmentTooLarge(MAX_SESSION_BYTES);
    if (init.size < MIN_SESSION_BYTES) throw graphErrors.attachmentTooSmallForSession();
    this.sweep(nowMs);
    this.checkRoom(init.mailbox, init.size);
    const session: UploadSession = {
      ...init,
      id: newUploadSessionId(),
      secret: newSecret(),
      received: 0,
      chunks: [],
      expiresAt: nowMs + SESSION_TTL_MS,
    };
    this.sessions.set(session.id, session);
    return session;
  }

  /** The session for a pre-authenticated URL; a wrong secret is as unknown as a wrong id. */
  find(id: string, secret: string | null, nowMs: number): UploadSession {
    const s = this.sessions.get(id);
    if (!s || s.secret !== secret || s.expiresAt <= nowMs) throw graphErrors.itemNotFound();
    return s;
  }

  cancel(session: UploadSession): void {
    this.sessions.delete(session.id);
  }

  /** Takes one ranged PUT: in order, consistent with the declared size, at most 4 MiB. */
  accept(session: UploadSession, contentRange: string | undefined, body: Buffer, nowMs: number): RangeOutcome {
    const m = CONTENT_RANGE.exec(contentRange?.trim() ?? '');
    if (!m) throw graphErrors.badRequest('The Content-Range header must look like "bytes start-end/total".');
    const [start, end, total] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (total !== session.size) {
      throw graphErrors.invalidRange(
        `The upload session is for ${session.size} bytes, but the range declares a total of ${total}.`,
      );
    }
    if (start !== session.received) {
      throw graphErrors.invalidRange(
        `The range must start at byte ${session.received} (the next expected byte), not ${start}.`,
      );
    }
    if (end < start || end >= session.size) throw graphErrors.invalidRange('The range ends outside the file.');
    if (end - start + 1 !== body.length) {
      throw graphErrors.badRequest('The Content-Range header length does not match the provided number of bytes.');
    }
    if (body.length > MAX_RANGE_BYTES) throw graphErrors.payloadTooLarge(MAX_RANGE_BYTES);
    session.chunks.push(body);
    session.received += body.length;
    session.expiresAt = nowMs + SESSION_TTL_MS;
    if (session.received < session.size) return { done: false, session };
    this.sessions.delete(session.id);
    return { done: true, session, bytes: Buffer.concat(session.chunks, session.size) };
  }

  /** Refuses a new session that would take the mailbox past its open-session caps. */
  private checkRoom(mailbox: Mailbox, size: number): void {
    let count = 0;
    let bytes = size;
    for (const s of this.sessions.values()) {
      if (s.mailbox.key !== mailbox.key) continue;
      count += 1;
      bytes += s.size;
    }
    if (count >= MAX_OPEN_SESSIONS_PER_MAILBOX || bytes > MAX_OPEN_BYTES_PER_MAILBOX)
      throw graphErrors.tooManyUploadSessions(MAX_OPEN_SESSIONS_PER_MAILBOX, MAX_OPEN_BYTES_PER_MAILBOX);
  }

  private sweep(nowMs: number): void {
    for (const [id, s] of this.sessions) if (s.expiresAt <= nowMs) this.sessions.delete(id);
  }
}

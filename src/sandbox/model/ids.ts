import { createHash, randomBytes } from 'node:crypto';

// Graph's Exchange ids are long URL-safe base64 strings; ours look alike so clients treat them as opaque.
export const newMessageId = (): string => `AAMkAD${randomBytes(33).toString('base64url')}`;
/** Immutable ids have their own shape, so an old REST id never resolves through them. */
export const newImmutableId = (): string => `AAkALg${randomBytes(33).toString('base64url')}`;
export const newAttachmentId = (): string => `AAMkAD${randomBytes(24).toString('base64url')}`;
export const newUploadSessionId = (): string => `AAMkAD${randomBytes(18).toString('base64url')}`;
export const newSecret = (): string => randomBytes(24).toString('base64url');
export const newConversationId = (): string => `AAQkAD${randomBytes(18).toString('base64url')}`;
export const newInternetMessageId = (domain: string): string => `<${randomBytes(16).toString('hex')}@${domain}>`;

/** Exchange bumps an item's change key on every write; ours encodes the version number. */
export const changeKeyFor = (version: number): string =>
  `CQAAABYAAA${Buffer.from(`v${version}`).toString('base64url')}`;

/** A stable GUID derived from text, so seeded personas, groups and mailboxes keep their ids across restarts. */
export function guidFromText(text: string): string {
  const h = createHash('sha256').update(text).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** A stable mail folder id per mailbox and well-known name. */
export const folderIdFor = (mailboxKey: string, wellKnownName: string): string =>
  `AQMkAD${createHash('sha256').update(`${mailboxKey}#${wellKnownName}`).digest('base64url')}`;

/** Teams channel ids look like "19:<32 hex>@thread.tacv2". */
export const channelIdFor = (text: string): string =>
  `19:${createHash('sha256').update(text).digest('hex').slice(0, 32)}@thread.tacv2`;

/** Teams message ids are epoch milliseconds as a string; kept strictly increasing so they stay unique. */
export function createChatMessageIdSource(now: () => number, last = 0): () => string {
  let previous = last;
  return () => {
    previous = Math.max(now(), previous + 1);
    return String(previous);
  };
}

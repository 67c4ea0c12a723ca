import type { Recipient } from '../../graph/dto';

// What the sandbox stores (Store collections). Graph's JSON is derived from these by the *-view.ts modules.

export const COLLECTIONS = {
  messages: 'messages',
  tombstones: 'tombstones',
  outbound: 'outbound',
  chatMessages: 'chat-messages',
} as const;

export const WELL_KNOWN_FOLDERS = ['inbox', 'drafts', 'sentitems'] as const;
export type WellKnownFolder = (typeof WELL_KNOWN_FOLDERS)[number];

export type AttachmentRecord = {
  id: string;
  name: string;
  contentType: string;
  size: number;
  isInline: boolean;
  contentId: string | null;
  lastModifiedDateTime: string;
  /** sha256 of the bytes in the Store's blobs. */
  blobId: string;
};

export type ExtendedPropertyRecord = { id: string; value: string };

export type MessageRecord = {
  /** The REST id: like Exchange's, it changes when the item moves folder (draft → Sent Items). */
  id: string;
  /** Stays with the item through moves (what `Prefer: IdType="ImmutableId"` returns). */
  immutableId: string;
  /** Lower-case address of the mailbox holding this copy. */
  mailbox: string;
  folder: WellKnownFolder;
  /** Change sequence across the sandbox (delta tokens compare against it); bumped on every write. */
  seq: number;
  version: number;
  createdDateTime: string;
  lastModifiedDateTime: string;
  receivedDateTime: string;
  sentDateTime: string | null;
  subject: string;
  body: { contentType: 'text' | 'html'; content: string };
  importance: 'low' | 'normal' | 'high';
  isRead: boolean;
  isDraft: boolean;
  internetMessageId: string;
  conversationId: string;
  from: Recipient | null;
  sender: Recipient | null;
  toRecipients: Recipient[];
  ccRecipients: Recipient[];
  bccRecipients: Recipient[];
  replyTo: Recipient[];
  categories: string[];
  internetMessageHeaders: { name: string; value: string }[];
  singleValueExtendedProperties: ExtendedPropertyRecord[];
  attachments: AttachmentRecord[];
  /** Milliseconds since the epoch before which reads do not see it (a Sent Items copy still on its way). */
  visibleFrom?: number;
};

/** A message that left a folder (deleted, or moved by send); delta reports it as "@removed". */
export type TombstoneRecord = {
  id: string;
  immutableId: string;
  mailbox: string;
  folder: WellKnownFolder;
  seq: number;
};

/** A sent message's addressees outside the sandbox's mailboxes; shown in the web view. */
export type OutboundRecord = {
  id: string;
  internetMessageId: string;
  sentDateTime: string;
  from: string;
  recipients: string[];
  subject: string;
  attachments: { name: string; size: number }[];
};

export type ChatMessageFrom =
  | { user: { id: string; displayName: string; userIdentityType: 'aadUser' } }
  | { application: { id: string; displayName: string; applicationIdentityType: 'bot' } };

export type ChatAttachmentRecord = {
  id: string;
  contentType: string;
  content: string | null;
  contentUrl: string | null;
  name: string | null;
};

/** A channel post or reply, whether posted through Graph or by the bot through the Bot Connector. */
export type ChatMessageRecord = {
  id: string;
  teamId: string;
  channelId: string;
  replyToId: string | null;
  createdDateTime: string;
  lastModifiedDateTime: string | null;
  subject: string | null;
  from: ChatMessageFrom;
  body: { contentType: 'text' | 'html'; content: string };
  attachments: ChatAttachmentRecord[];
};

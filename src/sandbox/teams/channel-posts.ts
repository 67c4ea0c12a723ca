import type { Store } from '../storage';
import { createChatMessageIdSource } from '../model/ids';
import { COLLECTIONS, type ChatAttachmentRecord, type ChatMessageFrom, type ChatMessageRecord } from '../model/records';

export type NewPost = {
  teamId: string;
  channelId: string;
  replyToId: string | null;
  subject: string | null;
  body: ChatMessageRecord['body'];
  attachments: ChatAttachmentRecord[];
  from: ChatMessageFrom;
};

/** Channel posts and replies, from Graph and from the bot alike, so the web view shows them all. */
export class ChannelPosts {
  private readonly nextId: () => string;

  constructor(
    private readonly store: Store,
    clock: () => number,
  ) {
    const last = store
      .list<ChatMessageRecord>(COLLECTIONS.chatMessages)
      .reduce((max, m) => Math.max(max, Number(m.id) || 0), 0);
    this.nextId = createChatMessageIdSource(clock, last);
  }

  get(id: string): ChatMessageRecord | undefined {
    return this.store.get<ChatMessageRecord>(COLLECTIONS.chatMessages, id);
  }

  /** Root posts of a channel (replyTo null) or the replies to one post, newest first. */
  list(channelId: string, replyToId: string | null): ChatMessageRecord[] {
    return this.store
      .list<ChatMessageRecord>(COLLECTIONS.chatMessages)
      .filter((m) => m.channelId === channelId && m.replyToId === replyToId)
      .reverse();
  }

  async post(p: NewPost, now: Date): Promise<ChatMessageRecord> {
    const record: ChatMessageRecord = {
      ...p,
      id: this.nextId(),
      createdDateTime: now.toISOString(),
      lastModifiedDateTime: null,
    };
    await this.store.put(COLLECTIONS.chatMessages, record.id, record);
    return record;
  }

  async update(
    m: ChatMessageRecord,
    changes: Pick<ChatMessageRecord, 'body' | 'attachments'>,
    now: Date,
  ): Promise<ChatMessageRecord> {
    const record: ChatMessageRecord = { ...m, ...changes, lastModifiedDateTime: now.toISOString() };
    await this.store.put(COLLECTIONS.chatMessages, record.id, record);
    return record;
  }
}

/** A post as Graph's chatMessage JSON. */
export function toGraphChatMessage(m: ChatMessageRecord): Record<string, unknown> {
  return {
    id: m.id,
    replyToId: m.replyToId,
    etag: m.lastModifiedDateTime ?? m.createdDateTime,
    messageType: 'message',
    createdDateTime: m.createdDateTime,
    lastModifiedDateTime: m.lastModifiedDateTime ?? m.createdDateTime,
    deletedDateTime: null,
    subject: m.subject,
    importance: 'normal',
    locale: 'en-us',
    webUrl: null,
    from:
      'user' in m.from
        ? { user: m.from.user, application: null, device: null }
        : { user: null, application: m.from.application, device: null },
    body: m.body,
    channelIdentity: { teamId: m.teamId, channelId: m.channelId },
    attachments: m.attachments,
    mentions: [],
    reactions: [],
  };
}

import type { Directory, Grantee, Mailbox } from '../model/directory';
import { newAttachmentId, newImmutableId, newMessageId } from '../model/ids';
import type { Recipient } from '../../graph/dto';
import { COLLECTIONS, type MessageRecord, type OutboundRecord } from '../model/records';
import { graphErrors } from '../server/graph-errors';
import type { MailRepository } from './mail-repository';
import { allRecipients, isValidAddress } from './message-input';

export type DeliveryReport = {
  sent: MessageRecord | undefined;
  delivered: MessageRecord[];
  external: OutboundRecord | undefined;
};

/** How one send is made: who sends from which mailbox, and where the sender's copy goes. */
export type SendOptions = {
  mailbox: Mailbox;
  /** The signed-in persona, or the bot app sending with its application permission. */
  caller: Grantee;
  /** The draft is stored in Drafts (POST …/send) rather than built from the request (sendMail). */
  stored: boolean;
  saveToSentItems: boolean;
  now: Date;
  /** The Sent Items copy is written with the rest but stays out of sight this long (Exchange's window). */
  sentItemsDelayMs?: number;
};

/**
 * Sending: a copy goes into the Inbox of every recipient mailbox the sandbox hosts (unread, new ids, same
 * internetMessageId, extended properties and attachments with it), the other addressees are recorded as
 * external, the sender's copy goes to Sent Items and the draft leaves Drafts: all in one store write.
 */
export class Delivery {
  constructor(
    private readonly repo: MailRepository,
    private readonly directory: Directory,
  ) {}

  /**
   * Sends `draft` from `opts.mailbox` as `opts.caller`. Every check runs before anything is written, and
   * everything is written at once, so a refused or interrupted send changes nothing.
   */
  async send(draft: MessageRecord, opts: SendOptions): Promise<DeliveryReport> {
    if (!draft.isDraft) throw graphErrors.notDraft();
    const addresses = allRecipients(draft);
    if (addresses.length === 0 || !addresses.every(isValidAddress)) throw graphErrors.invalidRecipients();
    const from = this.sender(draft, opts);
    const at = opts.now.toISOString();
    const sentFields = { isDraft: false, sentDateTime: at, from, sender: from, lastModifiedDateTime: at };
    const batch = this.repo.batch();

    const delivered: MessageRecord[] = [];
    const external: string[] = [];
    for (const address of addresses) {
      const target = this.directory.mailbox(address);
      if (target) delivered.push(batch.save(inboxCopy(draft, target, { ...sentFields, receivedDateTime: at })));
      else external.push(address);
    }
    let outbound: OutboundRecord | undefined;
    if (external.length > 0) {
      outbound = {
        id: newMessageId(),
        internetMessageId: draft.internetMessageId,
        sentDateTime: at,
        from: from.emailAddress.address,
        recipients: external,
        subject: draft.subject,
        attachments: draft.attachments.map((a) => ({ name: a.name, size: a.size })),
      };
      batch.put(COLLECTIONS.outbound, outbound.id, outbound);
    }
    const delay = opts.sentItemsDelayMs ?? 0;
    const changes: Partial<MessageRecord> = {
      ...sentFields,
      receivedDateTime: at,
      version: draft.version + 1,
      ...(delay > 0 ? { visibleFrom: opts.now.getTime() + delay } : {}),
    };
    let sent: MessageRecord | undefined;
    if (opts.saveToSentItems) {
      if (opts.stored) sent = batch.move(draft, 'sentitems', changes);
      else sent = batch.save({ ...draft, ...changes, folder: 'sentitems' });
    } else if (opts.stored) {
      batch.remove(draft);
    }
    await batch.commit();
    return { sent, delivered, external: outbound };
  }

  /** The From address: the mailbox itself, or another mailbox the caller has rights on (else 403 ErrorSendAsDenied). */
  private sender(draft: MessageRecord, opts: SendOptions): Recipient {
    const { mailbox, caller } = opts;
    const owner = { emailAddress: { name: mailbox.displayName, address: mailbox.address } };
    const from = draft.from ?? owner;
    if (from.emailAddress.address.toLowerCase() === mailbox.key) return from;
    const other = this.directory.mailbox(from.emailAddress.address);
    if (!other || !this.directory.canAccess(caller, other)) throw graphErrors.sendAsDenied();
    return { emailAddress: { name: other.displayName, address: other.address } };
  }
}

/** A recipient's copy: new ids, unread, in the Inbox; recipients do not see Bcc, and categories are the sender's own. */
function inboxCopy(draft: MessageRecord, target: Mailbox, fields: Partial<MessageRecord>): Omit<MessageRecord, 'seq'> {
  const { seq: _seq, visibleFrom: _hidden, ...rest } = draft;
  return {
    ...rest,
    ...fields,
    id: newMessageId(),
    immutableId: newImmutableId(),
    mailbox: target.key,
    folder: 'inbox',
    version: 1,
    createdDateTime: fields.receivedDateTime ?? rest.createdDateTime,
    isRead: false,
    bccRecipients: [],
    categories: [],
    attachments: draft.attachments.map((a) => ({ ...a, id: newAttachmentId() })),
  };
}

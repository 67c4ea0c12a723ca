import type { Persona } from '../auth';
import type { Store } from '../storage';
import type { Directory, Mailbox } from '../model/directory';
import { newAttachmentId, newImmutableId, newMessageId } from '../model/ids';
import { COLLECTIONS, type MessageRecord, type OutboundRecord } from '../model/records';
import { graphErrors } from '../server/graph-errors';
import type { MailRepository } from './mail-repository';
import { allRecipients, isValidAddress } from './message-input';

export type DeliveryReport = {
  sent: MessageRecord | undefined;
  delivered: MessageRecord[];
  external: OutboundRecord | undefined;
};

/**
 * Sending (issue #4, delivery): a copy goes into the Inbox of every recipient mailbox the sandbox hosts
 * (unread, new ids, same internetMessageId, extended properties and attachments with it), the other
 * addressees are recorded as external, the sender's copy goes to Sent Items and the draft leaves Drafts.
 */
export class Delivery {
  constructor(
    private readonly repo: MailRepository,
    private readonly store: Store,
    private readonly directory: Directory,
  ) {}

  /**
   * Sends `draft` (already stored in Drafts, or not yet stored for sendMail) from `mailbox` as `caller`.
   * Every check runs before the first write, so a refused send changes nothing.
   */
  async send(
    draft: MessageRecord,
    opts: { mailbox: Mailbox; caller: Persona; stored: boolean; saveToSentItems: boolean; now: Date },
  ): Promise<DeliveryReport> {
    const { mailbox, caller, now } = opts;
    if (!draft.isDraft) throw graphErrors.notDraft();
    const addresses = allRecipients(draft);
    if (addresses.length === 0 || !addresses.every(isValidAddress)) throw graphErrors.invalidRecipients();
    const owner = { emailAddress: { name: mailbox.displayName, address: mailbox.address } };
    let from = draft.from ?? owner;
    if (from.emailAddress.address.toLowerCase() !== mailbox.key) {
      // Sending as another mailbox needs rights on it (m365-platform.md §3: else 403 ErrorSendAsDenied).
      const other = this.directory.mailbox(from.emailAddress.address);
      if (!other || !this.directory.canAccess(caller, other)) throw graphErrors.sendAsDenied();
      from = { emailAddress: { name: other.displayName, address: other.address } };
    }
    const at = now.toISOString();
    const sentFields = { isDraft: false, sentDateTime: at, from, sender: from, lastModifiedDateTime: at };

    const delivered: MessageRecord[] = [];
    const external: string[] = [];
    for (const address of addresses) {
      const target = this.directory.mailbox(address);
      if (!target) {
        external.push(address);
        continue;
      }
      const { seq: _seq, ...fields } = draft;
      delivered.push(
        await this.repo.save({
          ...fields,
          ...sentFields,
          id: newMessageId(),
          immutableId: newImmutableId(),
          mailbox: target.key,
          folder: 'inbox',
          version: 1,
          createdDateTime: at,
          receivedDateTime: at,
          isRead: false,
          // Recipients do not see Bcc, and categories are the sender's own.
          bccRecipients: [],
          categories: [],
          attachments: draft.attachments.map((a) => ({ ...a, id: newAttachmentId() })),
        }),
      );
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
      await this.store.put(COLLECTIONS.outbound, outbound.id, outbound);
    }
    const changes = { ...sentFields, receivedDateTime: at, version: draft.version + 1 };
    let sent: MessageRecord | undefined;
    if (opts.saveToSentItems) {
      if (opts.stored) sent = await this.repo.move(draft, 'sentitems', changes);
      else sent = await this.repo.save({ ...draft, ...changes, folder: 'sentitems' });
    } else if (opts.stored) {
      await this.repo.remove(draft);
    }
    return { sent, delivered, external: outbound };
  }
}

import type { Mailbox } from '../model/directory';
import { FOLDER_NAMES } from '../model/directory';
import { folderIdFor } from '../model/ids';
import { WELL_KNOWN_FOLDERS, type WellKnownFolder } from '../model/records';
import { collectionPage, entity, folderOf, mailboxOf } from './handler-support';
import type { MailFoldersResource } from './resources';
import type { Services } from './services';

/** Inbox, Drafts and Sent Items of every mailbox, by well-known name or id. */
export class MailFoldersHandler implements MailFoldersResource {
  constructor(private readonly s: Services) {}

  private folderJson(mailbox: Mailbox, folder: WellKnownFolder): Record<string, unknown> {
    const messages = this.s.repo.list(mailbox.key, folder);
    return {
      id: folderIdFor(mailbox.key, folder),
      displayName: FOLDER_NAMES[folder],
      parentFolderId: folderIdFor(mailbox.key, 'msgfolderroot'),
      childFolderCount: 0,
      unreadItemCount: messages.filter((m) => !m.isRead).length,
      totalItemCount: messages.length,
      isHidden: false,
    };
  }

  list: MailFoldersResource['list'] = (ctx) => {
    const mailbox = mailboxOf(ctx, this.s.directory);
    const folders = WELL_KNOWN_FOLDERS.map((f) => this.folderJson(mailbox, f));
    return collectionPage(ctx, folders, {
      context: `users('${mailbox.id}')/mailFolders`,
      defaultPageSize: 10,
      maxPageSize: 1000,
    });
  };

  get: MailFoldersResource['get'] = (ctx) => {
    const mailbox = mailboxOf(ctx, this.s.directory);
    const folder = folderOf(ctx, this.s.directory, mailbox);
    return entity(ctx, this.folderJson(mailbox, folder), `users('${mailbox.id}')/mailFolders`);
  };
}

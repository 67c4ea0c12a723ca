import type { CurrentItem, HostAttachment, SignedInUser } from '../../ui/host-context';
import { officeAsync } from './office-async';
import type {
  OfficeAttachmentContent,
  OfficeAttachmentDetails,
  OfficeEmailAddress,
  OfficeItemLike,
  OfficeLike,
} from './office-like';

const utf8 = new TextEncoder();

function base64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64.replace(/\s+/g, ''));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** A safe file name from an email subject (which may hold anything a sender typed). */
export function fileNameFrom(subject: string, extension: string): string {
  const cleaned = subject
    // eslint-disable-next-line no-control-regex -- control characters are exactly what a file name must not hold
    .replace(/[\\/:*?"<>|\u0000-\u001f\u007f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+/, '') // no hidden files, no leading dots
    .slice(0, 100)
    .trim();
  return `${cleaned || 'email'}${extension}`;
}

/** The signed-in Outlook user, from Office.context.mailbox.userProfile (Mailbox 1.1): prefills the referrer. */
export function outlookUser(office: OfficeLike): SignedInUser | undefined {
  const profile = office.context?.mailbox?.userProfile;
  const email = profile?.emailAddress?.trim();
  if (!email) return undefined;
  return { name: profile?.displayName?.trim() || email, email };
}

async function readSubject(office: OfficeLike, item: OfficeItemLike): Promise<string> {
  const subject = item.subject;
  if (typeof subject === 'string') return subject;
  if (subject && typeof subject.getAsync === 'function') {
    // Compose mode: the subject is being typed; a failure only costs the file name.
    return officeAsync<string>(office, 'read the subject', (cb) => subject.getAsync(cb)).catch(() => '');
  }
  return '';
}

function readFrom(item: OfficeItemLike): SignedInUser | undefined {
  const from = item.from as OfficeEmailAddress | undefined;
  if (!from || typeof from !== 'object' || 'getAsync' in from) return undefined; // compose mode: it is the user
  const email = from.emailAddress?.trim();
  return email ? { name: from.displayName?.trim() || email, email } : undefined;
}

function supports(office: OfficeLike, version: string): boolean {
  try {
    return office.context?.requirements?.isSetSupported('Mailbox', version) === true;
  } catch {
    return false;
  }
}

async function theEmailItself(office: OfficeLike, item: OfficeItemLike, subject: string): Promise<HostAttachment> {
  // The whole message as .eml where Mailbox 1.14 allows, else its text.
  if (supports(office, '1.14') && typeof item.getAsFileAsync === 'function') {
    const getAsFile = item.getAsFileAsync.bind(item);
    try {
      const eml = base64ToBytes(await officeAsync<string>(office, 'read the open email', (cb) => getAsFile(cb)));
      return {
        id: 'current-email',
        name: fileNameFrom(subject, '.eml'),
        contentType: 'message/rfc822',
        size: eml.byteLength,
        source: 'current-email',
        read: async () => eml,
      };
    } catch {
      // fall through to the text: some messages (e.g. protected ones) refuse getAsFileAsync
    }
  }
  const text = utf8.encode(
    await officeAsync<string>(office, 'read the open email', (cb) => item.body.getAsync(office.CoercionType.Text, cb)),
  );
  return {
    id: 'current-email',
    name: fileNameFrom(subject, '.txt'),
    contentType: 'text/plain; charset=utf-8',
    size: text.byteLength,
    source: 'current-email',
    read: async () => text,
  };
}

async function attachmentDetails(
  office: OfficeLike,
  item: OfficeItemLike,
): Promise<readonly OfficeAttachmentDetails[]> {
  if (Array.isArray(item.attachments)) return item.attachments;
  if (typeof item.getAttachmentsAsync === 'function') {
    const list = item.getAttachmentsAsync.bind(item);
    return officeAsync<OfficeAttachmentDetails[]>(office, 'list the email’s attachments', (cb) => list(cb));
  }
  return [];
}

function decodeContent(content: OfficeAttachmentContent): Uint8Array {
  // Office.MailboxEnums.AttachmentContentFormat values; a cloud attachment ('url') has no bytes to hand over.
  if (content.format === 'base64') return base64ToBytes(content.content);
  if (content.format === 'eml' || content.format === 'iCalendar') return utf8.encode(content.content);
  throw new Error('unsupported attachment format');
}

function emailAttachments(
  office: OfficeLike,
  item: OfficeItemLike,
  details: readonly OfficeAttachmentDetails[],
): HostAttachment[] {
  const getContent = item.getAttachmentContentAsync?.bind(item);
  if (!getContent) return []; // before Mailbox 1.8 Outlook cannot hand over attachment bytes
  return details
    .filter((a) => !a.isInline && (a.attachmentType === 'file' || a.attachmentType === 'item'))
    .map((a) => {
      const isItem = a.attachmentType === 'item';
      const name = isItem && !/\.[a-z0-9]{1,5}$/i.test(a.name) ? fileNameFrom(a.name, '.eml') : a.name;
      return {
        id: `attachment:${a.id}`,
        name,
        contentType: isItem ? 'message/rfc822' : a.contentType || 'application/octet-stream',
        size: a.size,
        source: 'current-email-attachment' as const,
        read: async () => {
          const content = await officeAsync<OfficeAttachmentContent>(office, `read the attachment “${a.name}”`, (cb) =>
            getContent(a.id, cb),
          );
          try {
            return decodeContent(content);
          } catch {
            throw new Error(
              `Outlook handed over “${a.name}” as a link, not a file. Download it and attach it yourself.`,
            );
          }
        },
      };
    });
}

/** The open message's Graph id (read mode, Mailbox 1.3); undefined in compose mode or where Outlook cannot say. */
function restIdOf(office: OfficeLike, item: OfficeItemLike): string | undefined {
  const mailbox = office.context?.mailbox;
  const v2 = office.MailboxEnums?.RestVersion?.v2_0;
  if (!item.itemId || !mailbox?.convertToRestId || v2 === undefined || !supports(office, '1.3')) return undefined;
  try {
    return mailbox.convertToRestId(item.itemId, v2) || undefined;
  } catch {
    return undefined;
  }
}

/**
 * The email open beside the task pane, or undefined when none is (e.g. the pane opened with no message selected).
 * The email itself is read once, when the card first asks for the list, so its size is known; the email's own
 * attachments are read only when the referral is filed.
 */
export async function outlookCurrentItem(office: OfficeLike): Promise<CurrentItem | undefined> {
  const item = office.context?.mailbox?.item;
  if (!item) return undefined;
  const subject = await readSubject(office, item);
  const from = readFrom(item);
  const restId = restIdOf(office, item);
  let listed: Promise<readonly HostAttachment[]> | undefined;
  return {
    subject,
    ...(from ? { from } : {}),
    ...(restId ? { restId } : {}),
    attachments() {
      listed ??= Promise.all([theEmailItself(office, item, subject), attachmentDetails(office, item)])
        .then(([email, details]) => [email, ...emailAttachments(office, item, details)])
        .catch((error: unknown) => {
          listed = undefined; // let the card try again
          throw error;
        });
      return listed;
    },
  };
}

/**
 * A pinned task pane stays open while the referrer selects another email (ItemChanged, Mailbox 1.5): the card then
 * offers that email instead. Only the newest selection is handed on, however the reads finish.
 */
export function watchSelectedItem(office: OfficeLike, listener: (item: CurrentItem | undefined) => void): void {
  const mailbox = office.context?.mailbox;
  const itemChanged = office.EventType?.ItemChanged;
  if (!mailbox?.addHandlerAsync || itemChanged === undefined || !supports(office, '1.5')) return;
  let latest = 0;
  mailbox.addHandlerAsync(itemChanged, () => {
    const mine = (latest += 1);
    const handOn = (item: CurrentItem | undefined) => {
      if (mine === latest) listener(item);
    };
    outlookCurrentItem(office).then(handOn, () => handOn(undefined));
  });
}

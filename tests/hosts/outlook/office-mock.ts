// Test support (not a test): an Office.js stand-in for Outlook built with office-addin-mock, as the Office docs advise.
// Seed values are what Office.js hands add-ins in read mode; tests override parts.
import { OfficeMockObject } from 'office-addin-mock';

// office-addin-mock needs only the OfficeApp names from office-addin-manifest, whose own dependencies are ES modules
// that Jest on Node 20 cannot require; give it just the names (its values, from office-addin-manifest's officeApp.ts).
jest.mock('office-addin-manifest', () => ({
  OfficeApp: {
    Excel: 'excel',
    OneNote: 'onenote',
    Outlook: 'outlook',
    PowerPoint: 'powerpoint',
    Project: 'project',
    Word: 'word',
  },
}));
import type { OfficeLike } from '../../../src/hosts/outlook/office-like';

type Callback<T> = (result: { status: string; value: T; error?: { code: number; message: string } }) => void;
export const ok = <T>(value: T) => ({ status: 'succeeded', value });
export const failed = (code: number) => ({
  status: 'failed',
  value: undefined as never,
  error: { code, message: 'Office says no' },
});

export const EML = 'From: Alex Teacher <alex@school.sch.uk>\r\nSubject: Family K\r\n\r\nPlease see attached.\r\n';
export const PDF_BYTES = [0x25, 0x50, 0x44, 0x46, 0x2d, 0x31]; // %PDF-1

export type MockOptions = {
  mailboxVersion?: string;
  item?: Record<string, unknown> | null;
  userProfile?: { displayName?: string; emailAddress?: string };
  onReady?: () => Promise<{ host: unknown; platform: unknown }>;
  /** Receives what the add-in registers with mailbox.addHandlerAsync (Mailbox 1.5), e.g. ItemChanged. */
  onAddHandler?: (eventType: unknown, handler: () => void) => void;
  /** Whether the client supports nested app auth (NestedAppAuth 1.1); older builds do not. */
  naa?: boolean;
  /** Office.context.roamingSettings holds these (saved in the user's mailbox). */
  roaming?: Record<string, unknown>;
};

export const readItem = (over: Record<string, unknown> = {}) => ({
  itemType: 'message',
  subject: 'Referral: family K / urgent',
  from: { displayName: 'Alex Teacher', emailAddress: 'alex@school.sch.uk' },
  attachments: [
    {
      id: 'att-1',
      name: 'school-report.pdf',
      contentType: 'application/pdf',
      size: 6,
      attachmentType: 'file',
      isInline: false,
    },
    {
      id: 'att-2',
      name: 'Earlier thread',
      contentType: 'message/rfc822',
      size: 900,
      attachmentType: 'item',
      isInline: false,
    },
    { id: 'att-3', name: 'logo.png', contentType: 'image/png', size: 120, attachmentType: 'file', isInline: true },
    {
      id: 'att-4',
      name: 'Big file on OneDrive',
      contentType: 'application/pdf',
      size: 9_000_000,
      attachmentType: 'cloud',
      isInline: false,
    },
  ],
  body: {
    getAsync(_coercion: unknown, callback: Callback<string>) {
      callback(ok('Please see attached.'));
    },
  },
  getAsFileAsync(callback: Callback<string>) {
    callback(ok(Buffer.from(EML, 'utf8').toString('base64')));
  },
  getAttachmentContentAsync(id: string, callback: Callback<{ content: string; format: string }>) {
    if (id === 'att-1') callback(ok({ content: Buffer.from(PDF_BYTES).toString('base64'), format: 'base64' }));
    else if (id === 'att-2') callback(ok({ content: 'Subject: Earlier\r\n\r\nHello', format: 'eml' }));
    else callback(failed(9020));
  },
  ...over,
});

/** Roaming settings as Outlook keeps them: in memory for the session, saved by saveAsync. */
function roamingSettings(initial: Record<string, unknown>) {
  const kept = new Map(Object.entries(initial));
  return {
    get: (name: string) => kept.get(name),
    set: (name: string, value: unknown) => void kept.set(name, value),
    remove: (name: string) => void kept.delete(name),
    saveAsync: (callback?: Callback<undefined>) => callback?.(ok(undefined)),
  };
}

/** Office.js as it looks to an Outlook add-in, from office-addin-mock. */
export function officeMock(options: MockOptions = {}): OfficeLike {
  const supported = options.mailboxVersion ?? '1.14';
  const seed = {
    host: 'outlook',
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    CoercionType: { Text: 'text', Html: 'html' },
    HostType: { Outlook: 'Outlook' },
    EventType: { ItemChanged: 'olkItemSelectedChanged' },
    onReady: options.onReady ?? (async () => ({ host: 'Outlook', platform: 'OfficeOnline' })),
    context: {
      requirements: {
        isSetSupported(name: string, version = '1.1') {
          const [major = 0, minor = 0] = version.split('.').map(Number);
          const [supMajor = 0, supMinor = 0] = supported.split('.').map(Number);
          if (name === 'NestedAppAuth') return options.naa === true && version === '1.1';
          return name === 'Mailbox' && (major < supMajor || (major === supMajor && minor <= supMinor));
        },
      },
      ...(options.roaming ? { roamingSettings: roamingSettings(options.roaming) } : {}),
      mailbox: {
        userProfile: options.userProfile ?? { displayName: 'Sam Worker', emailAddress: 'sam.worker@council.gov.uk' },
        ...(options.item === null ? {} : { item: options.item ?? readItem() }),
        addHandlerAsync(eventType: unknown, handler: () => void, callback?: Callback<undefined>) {
          options.onAddHandler?.(eventType, handler);
          callback?.(ok(undefined));
        },
      },
    },
  };
  return new OfficeMockObject(seed) as unknown as OfficeLike;
}

// The slice of Office.js the Outlook host uses, typed structurally so the page copes with `window.Office` missing and
// tests can hand in office-addin-mock objects. tests/hosts/outlook/office-like.test.ts checks it against @types/office-js.

export type OfficeAsyncResult<T> = {
  readonly status: unknown;
  readonly value: T;
  readonly error?: { readonly code?: unknown; readonly name?: unknown; readonly message?: unknown } | null;
};
export type OfficeCallback<T> = (result: OfficeAsyncResult<T>) => void;

export type OfficeEmailAddress = { readonly displayName?: string; readonly emailAddress?: string };

export type OfficeAttachmentDetails = {
  readonly id: string;
  readonly name: string;
  readonly contentType?: string;
  readonly size: number;
  /** 'file' | 'item' | 'cloud' (Office.MailboxEnums.AttachmentType). */
  readonly attachmentType: string;
  readonly isInline: boolean;
};

export type OfficeAttachmentContent = { readonly content: string; readonly format: string };

/** Office.context.mailbox.item in read or compose mode: read mode has plain values, compose mode async getters. */
export type OfficeItemLike = {
  readonly itemType?: unknown;
  /** Read mode: the message's EWS id (convertToRestId turns it into Graph's). */
  readonly itemId?: string;
  readonly subject?: string | { getAsync(callback: OfficeCallback<string>): void };
  readonly from?: OfficeEmailAddress | { getAsync(callback: OfficeCallback<OfficeEmailAddress>): void };
  readonly body: { getAsync(coercionType: unknown, callback: OfficeCallback<string>): void };
  /** Read mode. */
  readonly attachments?: readonly OfficeAttachmentDetails[];
  /** Compose mode (Mailbox 1.8). */
  getAttachmentsAsync?(callback: OfficeCallback<OfficeAttachmentDetails[]>): void;
  /** Mailbox 1.8. */
  getAttachmentContentAsync?(attachmentId: string, callback: OfficeCallback<OfficeAttachmentContent>): void;
  /** Mailbox 1.14, read mode: the whole message as Base64 EML. */
  getAsFileAsync?(callback: OfficeCallback<string>): void;
};

export type OfficeMailboxLike = {
  readonly userProfile?: { readonly displayName?: string; readonly emailAddress?: string };
  readonly item?: OfficeItemLike | null;
  /** Mailbox 1.3: an EWS item id in the form Graph (REST v2.0) uses. */
  convertToRestId?(itemId: string, restVersion: unknown): string;
  /** Mailbox 1.5: ItemChanged fires when a pinned pane's selected email changes. */
  addHandlerAsync?(eventType: unknown, handler: () => void, callback?: OfficeCallback<void>): void;
};

/** Office.context.roamingSettings (Mailbox 1.1): kept per add-in and per user in the user's mailbox, up to 32 KB. */
export type OfficeRoamingSettingsLike = {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  /** Until this succeeds, `set` and `remove` hold only for this session. */
  saveAsync(callback?: OfficeCallback<void>): void;
};

/** An Office dialog (Office.context.ui.displayDialogAsync, DialogApi 1.1). */
export type OfficeDialogLike = {
  addEventHandler(
    eventType: unknown,
    handler: (arg: { readonly message: string } | { readonly error: number }) => void,
  ): void;
  close(): void;
};

export type OfficeLike = {
  onReady(): Promise<{ readonly host: unknown; readonly platform: unknown }>;
  readonly AsyncResultStatus: { readonly Succeeded: unknown };
  readonly CoercionType: { readonly Text: unknown };
  readonly HostType?: { readonly Outlook: unknown };
  readonly MailboxEnums?: { readonly RestVersion?: { readonly v2_0: unknown } };
  readonly EventType?: {
    readonly ItemChanged: unknown;
    readonly DialogMessageReceived?: unknown;
    readonly DialogEventReceived?: unknown;
  };
  readonly context?: {
    readonly requirements?: { isSetSupported(name: string, minVersion?: string): boolean };
    readonly mailbox?: OfficeMailboxLike;
    readonly roamingSettings?: OfficeRoamingSettingsLike;
    readonly ui?: {
      displayDialogAsync(
        url: string,
        options: { readonly height: number; readonly width: number },
        callback: OfficeCallback<OfficeDialogLike>,
      ): void;
    };
  };
};

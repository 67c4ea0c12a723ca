/** The steps of one filing, in order; `checking` only when resuming. */
export const FILING_STEPS = ['checking', 'creating-draft', 'attaching', 'sending', 'filed'] as const;
export type FilingStep = (typeof FILING_STEPS)[number];

export type FilingProgress =
  | { readonly type: 'step'; readonly mailbox: string; readonly step: FilingStep }
  | {
      readonly type: 'file';
      readonly mailbox: string;
      readonly fileId: string;
      readonly bytesSent: number;
      readonly totalBytes: number;
      /** True when an earlier attempt had already attached it. */
      readonly alreadyAttached?: boolean;
    };

export type FilingOptions = {
  /** Set when this (referral, mailbox) may have been tried before: look for what is already there first. */
  readonly resume?: boolean;
  readonly onProgress?: (event: FilingProgress) => void;
  /** Checked between steps and between upload ranges; a step under way finishes first. */
  readonly signal?: AbortSignal;
  /**
   * Called with each upload session's URL once Graph has opened it, and awaited before its first range, so the caller
   * can keep it until the message is sent. The URL is pre-authenticated: keep it out of logs.
   */
  readonly onUploadSession?: (uploadUrl: string) => Promise<void>;
  /**
   * Upload sessions earlier attempts opened (`onUploadSession`). A resume cancels them before anything else: a range
   * that a closed pane had already sent can still be committed by Graph after the pane has gone, and would attach a
   * second copy of a file the resume uploads again.
   */
  readonly abandonedUploads?: readonly string[];
};

export type FilingResult = {
  readonly mailbox: string;
  /** `already-filed`: a resume found it sent before; nothing was sent again. */
  readonly outcome: 'sent' | 'already-filed';
  /** The message's immutable id (the same in Drafts and Sent Items). */
  readonly messageId: string;
};

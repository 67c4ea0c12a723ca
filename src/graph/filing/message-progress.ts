/** The steps of one filing, in order; `checking` only when resuming. */
export const MESSAGE_STEPS = ['checking', 'creating-draft', 'attaching', 'sending', 'filed'] as const;
export type MessageStep = (typeof MESSAGE_STEPS)[number];

export type MessageProgress =
  | { readonly type: 'step'; readonly mailbox: string; readonly step: MessageStep }
  | {
      readonly type: 'file';
      readonly mailbox: string;
      readonly fileId: string;
      readonly bytesSent: number;
      readonly totalBytes: number;
      /** True when an earlier attempt had already attached it. */
      readonly alreadyAttached?: boolean;
    };

export type MessageOptions = {
  /** Set when this (referral, mailbox) may have been tried before: look for what is already there first. */
  readonly resume?: boolean;
  readonly onProgress?: (event: MessageProgress) => void;
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
  /**
   * An earlier attempt reached /send and never heard it refused: the send may have gone. A resume then waits for the
   * Sent Items copy (Exchange files it some time after its 202) and never makes a new message; it sends the draft
   * again only if the draft is still a draft after the wait, since an accepted send takes it out of Drafts.
   */
  readonly sendMayHaveGone?: boolean;
  /** Awaited before /send ('starting') and once /send is refused for certain ('refused'): the caller keeps which. */
  readonly onSend?: (phase: 'starting' | 'refused') => Promise<void>;
  /** The wait for the Sent Items copy of a send that may have gone. */
  readonly sentCopyWait?: SentCopyWait;
};

export type SentCopyWait = {
  /** Looks after the first, each after `delayMs`. */
  readonly tries: number;
  readonly delayMs: number;
  readonly sleep?: (ms: number) => Promise<void>;
};

/** About ten seconds: Exchange's Sent Items copy usually lands within a few seconds of the 202. */
export const DEFAULT_SENT_COPY_WAIT: SentCopyWait = { tries: 5, delayMs: 2000 };

export type MessageResult = {
  readonly mailbox: string;
  /** `already-filed`: a resume found it sent before; nothing was sent again. */
  readonly outcome: 'sent' | 'already-filed';
  /** The message's immutable id (the same in Drafts and Sent Items). */
  readonly messageId: string;
};

import type { Issue } from '../domain';

export type DocumentErrorCode =
  | 'invalid-referral'
  | 'invalid-document'
  | 'no-services'
  | 'unknown-service'
  | 'not-requested'
  | 'wrong-mailbox'
  | 'invalid-date'
  | 'invalid-font';

/** A referral or document the renderers cannot use. Callers branch on `code`; the message says what to do. */
export class DocumentError extends Error {
  override readonly name = 'DocumentError';
  constructor(
    readonly code: DocumentErrorCode,
    message: string,
    readonly issues: readonly Issue[] = [],
  ) {
    super(message);
  }
}

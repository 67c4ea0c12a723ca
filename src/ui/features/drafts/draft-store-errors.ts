// Storage failures become data: a code to branch on and words for the referrer.
export type DraftStoreErrorCode =
  | 'quota-exceeded'
  | 'unavailable'
  | 'newer-version'
  | 'closed'
  | 'invalid-draft'
  | 'corrupt-record'
  | 'write-failed'
  | 'read-failed';

const MESSAGES: Record<DraftStoreErrorCode, string> = {
  'quota-exceeded':
    'Your browser has no room to save this draft; delete drafts you no longer need or free some space, and keep this pane open until it says "Saved".',
  unavailable:
    'This browser will not let Referral Card save drafts (it may be in private browsing). Drafts are kept only while this pane stays open: closing it or reloading will lose them.',
  'newer-version':
    'A newer version of Referral Card is open in another window. Drafts are kept only while this pane stays open: reload it to save them again.',
  closed: 'Drafts stopped saving because Referral Card was updated in another window. Reload this pane to keep saving.',
  'invalid-draft': 'This draft could not be saved because it is damaged. Start a new referral or open another draft.',
  'corrupt-record': 'A saved draft could not be read and has been left out of the list.',
  'write-failed': 'Your draft could not be saved just now. Keep this pane open; it will try again when you next type.',
  'read-failed': 'Your saved drafts could not be read just now. Try again, or reload this pane.',
};

export class DraftStoreError extends Error {
  override readonly name = 'DraftStoreError';
  constructor(
    readonly code: DraftStoreErrorCode,
    /** The record involved, when there is one (an id, never content). */
    readonly draftId?: string,
  ) {
    super(MESSAGES[code]);
  }
}

const domName = (e: unknown): string | undefined =>
  e !== null && typeof e === 'object' && typeof (e as { name?: unknown }).name === 'string'
    ? (e as { name: string }).name
    : undefined;

/** Maps whatever IndexedDB threw or reported (a DOMException, usually) to our error; `fallback` for the rest. */
export function toDraftStoreError(
  e: unknown,
  fallback: 'write-failed' | 'read-failed',
  draftId?: string,
): DraftStoreError {
  if (e instanceof DraftStoreError) return e;
  switch (domName(e)) {
    case 'QuotaExceededError':
      return new DraftStoreError('quota-exceeded', draftId);
    case 'InvalidStateError':
      return new DraftStoreError('closed', draftId);
    case 'DataCloneError':
    case 'DataError':
      return new DraftStoreError('invalid-draft', draftId);
    default:
      return new DraftStoreError(fallback, draftId);
  }
}

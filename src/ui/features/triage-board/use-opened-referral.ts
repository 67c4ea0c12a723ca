// Reads an opened referral's file and its attachments; remembers the file's digest for the duplicate check.
import { useEffect, useState } from 'react';
import { referralDigest } from '../../../documents/referral-digest';
import type { OpenedReferral, StoredDigest } from './board-ports';
import { boardProblemOf, type BoardProblem } from './board-words';

export type OpenedState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly opened: OpenedReferral }
  | { readonly status: 'error'; readonly problem: BoardProblem };

export function useOpenedReferral(
  messageId: string,
  open: (messageId: string) => Promise<OpenedReferral>,
  onDigest: (messageId: string, digest: StoredDigest) => void,
  now: () => Date,
): OpenedState {
  const [state, setState] = useState<OpenedState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    setState({ status: 'loading' });
    open(messageId).then(
      (opened) => {
        if (!live) return;
        setState({ status: 'ready', opened });
        if (opened.document.ok) onDigest(messageId, storedDigest(opened.document.document, now()));
      },
      (error: unknown) => live && setState({ status: 'error', problem: boardProblemOf(error) }),
    );
    return () => {
      live = false;
    };
  }, [messageId, open, onDigest, now]);
  return state;
}

/** What the board keeps of a file it has read: enough for the duplicate rule, not the whole referral. */
export function storedDigest(document: Parameters<typeof referralDigest>[0], now: Date): StoredDigest {
  const d = referralDigest(document, now);
  return { reference: d.reference, children: d.children, forDuplicates: d.forDuplicates };
}

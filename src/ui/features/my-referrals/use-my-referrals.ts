// Loads what I filed; refreshes on demand. A failure becomes words and the Graph request id, never a stack trace.
import { useCallback, useEffect, useRef, useState } from 'react';
import { readFailureWords } from '../../../filing';
import { groupReferrals } from './group-referrals';
import type { ConnectMyReferrals, MyReferralsSource } from './my-referrals-source';
import type { MyReferral } from './my-referrals.types';

export type MyReferralsProblem = { readonly what: string; readonly todo: string; readonly requestId?: string };

export type MyReferralsState =
  | { readonly status: 'loading'; readonly items?: readonly MyReferral[] }
  | { readonly status: 'ready'; readonly items: readonly MyReferral[] }
  | { readonly status: 'error'; readonly problem: MyReferralsProblem; readonly items?: readonly MyReferral[] };

/** Reads filing's failure by shape (a `kind` and `details.requestId`); the words come from filing's one table. */
export function problemOf(error: unknown): MyReferralsProblem {
  const e = (error ?? {}) as { kind?: unknown; details?: { requestId?: unknown } };
  const requestId = typeof e.details?.requestId === 'string' ? e.details.requestId : undefined;
  return { ...readFailureWords(e.kind), ...(requestId ? { requestId } : {}) };
}

export function useMyReferrals(
  connect: ConnectMyReferrals,
): MyReferralsState & { readonly source?: MyReferralsSource; refresh(): void } {
  const [state, setState] = useState<MyReferralsState>({ status: 'loading' });
  const [source, setSource] = useState<MyReferralsSource>();
  const connecting = useRef<Promise<MyReferralsSource>>();
  const asked = useRef(0);
  const refresh = useCallback(() => {
    const ticket = (asked.current += 1); // only the newest answer counts
    setState((s) => ({ status: 'loading', ...(s.items ? { items: s.items } : {}) }));
    // A source that could not be opened (Graph's code did not load) is opened afresh on the next refresh.
    connecting.current ??= connect().catch((error: unknown) => {
      connecting.current = undefined;
      throw error;
    });
    connecting.current
      .then((s) => {
        if (ticket === asked.current) setSource(s);
        return s.list();
      })
      .then(
        (messages) => ticket === asked.current && setState({ status: 'ready', items: groupReferrals(messages) }),
        (error: unknown) =>
          ticket === asked.current &&
          setState((s) => ({ status: 'error', problem: problemOf(error), ...(s.items ? { items: s.items } : {}) })),
      );
  }, [connect]);
  useEffect(() => {
    refresh();
    return () => {
      asked.current += 1;
    };
  }, [refresh]);
  return { ...state, ...(source ? { source } : {}), refresh };
}

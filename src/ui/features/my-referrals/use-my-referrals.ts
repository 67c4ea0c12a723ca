// Loads what I filed; refreshes on demand. A failure becomes words and the Graph request id, never a stack trace.
import { useCallback, useEffect, useRef, useState } from 'react';
import { readFailureWords } from '../../../filing';
import { groupReferrals } from './group-referrals';
import type { LoadMyReferrals, MyReferral } from './my-referrals.types';

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

export function useMyReferrals(load: LoadMyReferrals): MyReferralsState & { refresh(): void } {
  const [state, setState] = useState<MyReferralsState>({ status: 'loading' });
  const asked = useRef(0);
  const refresh = useCallback(() => {
    const ticket = (asked.current += 1); // only the newest answer counts
    setState((s) => ({ status: 'loading', ...(s.items ? { items: s.items } : {}) }));
    load().then(
      (messages) => ticket === asked.current && setState({ status: 'ready', items: groupReferrals(messages) }),
      (error: unknown) =>
        ticket === asked.current &&
        setState((s) => ({ status: 'error', problem: problemOf(error), ...(s.items ? { items: s.items } : {}) })),
    );
  }, [load]);
  useEffect(() => {
    refresh();
    return () => {
      asked.current += 1;
    };
  }, [refresh]);
  return { ...state, refresh };
}

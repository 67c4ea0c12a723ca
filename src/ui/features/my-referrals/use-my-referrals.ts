// Loads what I filed; refreshes on demand. A failure becomes words and the Graph request id, never a stack trace.
import { useCallback, useEffect, useRef, useState } from 'react';
import { groupReferrals } from './group-referrals';
import type { LoadMyReferrals, MyReferral } from './my-referrals.types';

export type MyReferralsProblem = { readonly what: string; readonly todo: string; readonly requestId?: string };

export type MyReferralsState =
  | { readonly status: 'loading'; readonly items?: readonly MyReferral[] }
  | { readonly status: 'ready'; readonly items: readonly MyReferral[] }
  | { readonly status: 'error'; readonly problem: MyReferralsProblem; readonly items?: readonly MyReferral[] };

/** Reads the adapter's failure by shape (a `kind` and `details.requestId`): this feature does not import filing's. */
export function problemOf(error: unknown): MyReferralsProblem {
  const e = (error ?? {}) as { kind?: unknown; details?: { requestId?: unknown } };
  const requestId = typeof e.details?.requestId === 'string' ? e.details.requestId : undefined;
  const withId = requestId ? { requestId } : {};
  switch (e.kind) {
    case 'offline':
      return {
        what: 'You are offline, so your referrals could not be read.',
        todo: 'Refresh when you are back online.',
        ...withId,
      };
    case 'signed-out':
      return {
        what: 'You are signed out, or your sign-in has expired.',
        todo: 'Sign in again, then refresh.',
        ...withId,
      };
    case 'no-permission':
      return {
        what: 'Your account is not allowed to read your Sent Items from Referral Card.',
        todo: 'Ask your IT service desk to check the card’s permissions.',
        ...withId,
      };
    case 'throttled':
      return { what: 'Microsoft 365 is busy just now.', todo: 'Refresh in a minute.', ...withId };
    default:
      return {
        what: 'Your referrals could not be read just now.',
        todo: 'Refresh to try again. If it keeps failing, contact your IT service desk with the request id.',
        ...withId,
      };
  }
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

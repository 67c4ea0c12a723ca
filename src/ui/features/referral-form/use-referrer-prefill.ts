import { useEffect, useRef } from 'react';
import type { Dispatch } from 'react';
import type { TokenSource } from '../../host-context';
import type { DraftAction } from '../../state/draft';
import { getIn } from '../../state/draft';

const blank = (v: unknown) => typeof v !== 'string' || v.trim() === '';

/** Fills the referrer's name and email from the signed-in account, for each draft, where they are still empty. */
export function useReferrerPrefill(
  tokenSource: TokenSource | undefined,
  draftId: string,
  referrer: unknown,
  dispatch: Dispatch<DraftAction>,
): void {
  const current = useRef(referrer);
  current.current = referrer;
  useEffect(() => {
    if (!tokenSource) return;
    let live = true;
    tokenSource.user().then(
      (user) => {
        if (!live || !user) return;
        if (blank(getIn(current.current, ['name'])) && user.name)
          dispatch({ type: 'set', path: ['referrer', 'name'], value: user.name });
        if (blank(getIn(current.current, ['email'])) && user.email)
          dispatch({ type: 'set', path: ['referrer', 'email'], value: user.email });
      },
      () => undefined,
    ); // Not signed in yet: the referrer types their details.
    return () => {
      live = false;
    };
  }, [tokenSource, draftId, dispatch]);
}

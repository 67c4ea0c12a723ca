import { useEffect } from 'react';
import type { TokenSource } from '../../host-context';
import type { DraftStore } from '../../state/draft-store';
import { useDraftId } from '../../state/use-draft';

const blank = (v: unknown) => typeof v !== 'string' || v.trim() === '';

/** Fills the referrer's name and email from the signed-in account, for each draft, where they are still empty. */
export function useReferrerPrefill(tokenSource: TokenSource | undefined, store: DraftStore): void {
  const draftId = useDraftId();
  useEffect(() => {
    if (!tokenSource) return;
    let live = true;
    tokenSource.user().then(
      (user) => {
        if (!live || !user) return;
        const referrer = store.get().referral.referrer;
        const patch = {
          ...(blank(referrer?.name) && user.name ? { name: user.name } : {}),
          ...(blank(referrer?.email) && user.email ? { email: user.email } : {}),
        };
        if (Object.keys(patch).length) store.dispatch({ type: 'edit-section', section: 'referrer', patch });
      },
      () => undefined,
    ); // Not signed in yet: the referrer types their details.
    return () => {
      live = false;
    };
  }, [tokenSource, draftId, store]);
}

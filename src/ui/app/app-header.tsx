import { Suspense, lazy, memo } from 'react';
import type { DraftsState } from '../features/drafts/use-drafts';
import { MyReferralsButton } from '../features/my-referrals/my-referrals-button';
import { SignOutButton } from '../features/sign-out';
import { useAppStyles } from './app.styles';

// The drafts menu (its menu and its delete dialog) loads after the form, to keep it off the first
// screen. Autosave does not wait for it: useDrafts runs in the App.
const DraftsMenu = lazy(() => import('../features/drafts/drafts-menu').then((m) => ({ default: m.DraftsMenu })));

export type AppHeaderProps = {
  readonly drafts: DraftsState;
  /** Opens My referrals: what I filed and what each service decided. */
  readonly onOpenMyReferrals?: () => void;
};

/**
 * The product name, My referrals, the drafts menu with whether the work is saved ("Saved at 10:42"), and "Sign out"
 * for a shared computer.
 */
export const AppHeader = memo(function AppHeader({ drafts, onOpenMyReferrals }: AppHeaderProps) {
  const s = useAppStyles();
  return (
    <header className={s.header}>
      <h1 className={s.title}>Referral Card</h1>
      {onOpenMyReferrals && <MyReferralsButton onClick={onOpenMyReferrals} />}
      <Suspense fallback={null}>
        <DraftsMenu {...drafts} />
      </Suspense>
      <SignOutButton stopSaving={drafts.stopSaving} />
    </header>
  );
});

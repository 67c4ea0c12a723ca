import { memo } from 'react';
import { DraftsMenu } from '../features/drafts/DraftsMenu';
import type { DraftsState } from '../features/drafts/use-drafts';
import { useAppStyles } from './App.styles';

/** The product name, and the drafts menu with whether the work is saved ("Saved at 10:42"). */
export const AppHeader = memo(function AppHeader({ drafts }: { readonly drafts: DraftsState }) {
  const s = useAppStyles();
  return (
    <header className={s.header}>
      <h1 className={s.title}>Referral Card</h1>
      <DraftsMenu {...drafts} />
    </header>
  );
});

import { Button } from '@fluentui/react-components';
import { Suspense, lazy, useCallback, useMemo, useRef, useState } from 'react';
import { useHostInput } from '../../host-context';

// The dialog, and what it reads of the drafts and filing stores, load when "Sign out" is pressed, not before.
const SignOutDialog = lazy(() => import('./sign-out-dialog').then((m) => ({ default: m.SignOutDialog })));

export type SignOutButtonProps = {
  /** Halts the drafts' autosave while this person's drafts are cleared; returns the way back. */
  readonly stopSaving: () => () => void;
};

/** "Sign out", for a shared computer: asks, then clears this person's work from the device and signs out. */
export function SignOutButton({ stopSaving }: SignOutButtonProps) {
  const host = useHostInput();
  const trigger = useRef<HTMLButtonElement>(null);
  const [asking, setAsking] = useState(false);
  const close = useCallback(() => {
    setAsking(false);
    trigger.current?.focus();
  }, []);
  const { signOut } = host;
  // One object while the host stays the same: the dialog reads the device once when it opens.
  const dialogHost = useMemo(() => (signOut ? { ...host, signOut } : undefined), [host, signOut]);
  if (!dialogHost) return null;
  return (
    <>
      <Button ref={trigger} appearance="subtle" onClick={() => setAsking(true)}>
        Sign out
      </Button>
      {asking && (
        <Suspense fallback={null}>
          <SignOutDialog host={dialogHost} stopSaving={stopSaving} onClose={close} />
        </Suspense>
      )}
    </>
  );
}

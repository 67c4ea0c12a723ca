import { useCallback, useEffect, useState } from 'react';
import type { HostInput } from '../../host-context';
import { clearDevice, surveyDevice } from './device-data';
import { signOutQuestion } from './sign-out-words';
import type { SignOutQuestion } from './sign-out-words';

export type SignOutHost = Pick<HostInput, 'indexedDB' | 'tokenSource' | 'userSettings'> & {
  readonly signOut: () => Promise<void>;
};

export type SignOutPhase =
  | { readonly kind: 'checking' }
  | { readonly kind: 'asking'; readonly question: SignOutQuestion; readonly problem?: string }
  | { readonly kind: 'clearing'; readonly question: SignOutQuestion };

// When the device could not be read, the question still says what signing out does, and that it cannot say more.
const UNCHECKED: SignOutQuestion = {
  unsent: [
    'Referral Card could not check this device for your drafts and unfinished filings. If you sign out, any that are yours are cleared, and a referral still being filed is not sent.',
  ],
  cleared: [
    'Your drafts not filed.',
    'Your unfinished filings.',
    'The details remembered for you: your role, organisation, team and phone number.',
  ],
  confirm: 'Sign out without sending',
};

const messageOf = (e: unknown) => (e instanceof Error && e.message ? e.message : 'Something went wrong.');

/** Works out what signing out clears, then clears it and signs out when asked; `stopSaving` halts the autosave. */
export function useSignOut(host: SignOutHost, stopSaving: () => () => void) {
  const [phase, setPhase] = useState<SignOutPhase>({ kind: 'checking' });
  const [email, setEmail] = useState<string | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void (async () => {
      const user = await host.tokenSource.user().catch(() => undefined);
      if (live) setEmail(user?.email);
      const question = await surveyDevice(host, user?.email).then(signOutQuestion, () => UNCHECKED);
      if (live) setPhase({ kind: 'asking', question });
    })();
    return () => {
      live = false;
    };
  }, [host]);

  const confirm = useCallback(async () => {
    if (phase.kind !== 'asking') return;
    setPhase({ kind: 'clearing', question: phase.question });
    const resume = stopSaving();
    try {
      await clearDevice(host, email);
    } catch (e) {
      resume();
      setPhase({
        kind: 'asking',
        question: phase.question,
        problem: `Not everything could be cleared, so you are still signed in. ${messageOf(e)}`,
      });
      return;
    }
    await host.signOut();
  }, [phase, host, email, stopSaving]);

  return { phase, confirm };
}

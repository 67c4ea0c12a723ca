import { useCallback, useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { SandboxPersona } from '../../auth/sandbox-dto.schema';
import { TokenSourceError } from '../../auth/token-source-error';

export type SandboxSignInProps = {
  /** GET /sandbox/personas (fetchSandboxPersonas). */
  readonly loadPersonas: () => Promise<readonly SandboxPersona[]>;
  /** Signs in as the persona (gets a first token); rejects with a TokenSourceError to show in words. */
  readonly onSignIn: (persona: SandboxPersona) => Promise<void>;
  /** The persona chosen last time, preselected. */
  readonly initialUpn?: string;
};

type Phase =
  | { readonly kind: 'loading' }
  | { readonly kind: 'load-failed'; readonly message: string }
  | { readonly kind: 'ready'; readonly personas: readonly SandboxPersona[] };

const words = (error: unknown, fallback: string): string =>
  error instanceof TokenSourceError ? error.message : fallback;

function preselect(personas: readonly SandboxPersona[], initialUpn: string | undefined): string | undefined {
  const remembered = personas.find((p) => p.upn === initialUpn);
  return (remembered ?? personas.find((p) => p.roles.includes('referrer')) ?? personas[0])?.upn;
}

/** State and accessibility of the persona picker: loading, errors announced, focus returned after a failure. */
export function useSandboxSignIn({ loadPersonas, onSignIn, initialUpn }: SandboxSignInProps) {
  const [phase, setPhase] = useState<Phase>({ kind: 'loading' });
  const [selectedUpn, setSelectedUpn] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  const [attempt, setAttempt] = useState(0);
  const headingId = useId();
  const errorId = useId();
  const submitRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    let live = true;
    setPhase({ kind: 'loading' });
    loadPersonas().then(
      (personas) => {
        if (!live) return;
        if (personas.length === 0) {
          setPhase({
            kind: 'load-failed',
            message: 'The sandbox has no people to sign in as. Check its persona settings and restart `npm start`.',
          });
          return;
        }
        setSelectedUpn((current) => current ?? preselect(personas, initialUpn));
        setPhase({ kind: 'ready', personas });
      },
      (reason: unknown) => {
        if (live)
          setPhase({
            kind: 'load-failed',
            message: words(reason, 'The sandbox’s people could not be loaded. Try again.'),
          });
      },
    );
    return () => {
      live = false;
    };
  }, [loadPersonas, initialUpn, attempt]);

  const personas = phase.kind === 'ready' ? phase.personas : [];
  const selected = personas.find((p) => p.upn === selectedUpn);

  const select = useCallback((upn: string) => {
    setSelectedUpn(upn);
    setError(undefined);
  }, []);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);

  const submit = useCallback(
    (event?: FormEvent) => {
      event?.preventDefault();
      if (busy) return;
      if (!selected) {
        setError('Choose who to sign in as.');
        return;
      }
      setBusy(true);
      setError(undefined);
      onSignIn(selected).catch((reason: unknown) => {
        setError(words(reason, 'Sign-in failed. Try again.'));
        setBusy(false);
        submitRef.current?.focus();
      });
    },
    [busy, selected, onSignIn],
  );

  return { phase, personas, selected, select, submit, retry, busy, error, headingId, errorId, submitRef };
}

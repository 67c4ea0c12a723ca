import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Spinner,
  useId,
} from '@fluentui/react-components';
import { useSignOutStyles } from './sign-out.styles';
import { useSignOut } from './use-sign-out';
import type { SignOutHost, SignOutPhase } from './use-sign-out';

export type SignOutDialogProps = {
  readonly host: SignOutHost;
  /** Halts the drafts' autosave; returns the way back should clearing fail. */
  readonly stopSaving: () => () => void;
  readonly onClose: () => void;
};

function Question({ phase }: { readonly phase: SignOutPhase }) {
  const s = useSignOutStyles();
  if (phase.kind === 'checking') return <Spinner size="tiny" label="Checking what is kept on this device…" />;
  const { question } = phase;
  return (
    <>
      {question.unsent.map((line) => (
        <p key={line} className={s.warning}>
          {line}
        </p>
      ))}
      <p className={s.text}>Signing out clears from this device:</p>
      <ul className={s.list}>
        {question.cleared.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <p className={s.text}>Other people’s drafts on this device are kept.</p>
      {phase.kind === 'asking' && phase.problem && (
        <p role="alert" className={s.problem}>
          {phase.problem}
        </p>
      )}
    </>
  );
}

/**
 * "Sign out" asks first, in an alert dialog (focus kept inside, Escape or "Stay signed in" keeps everything), saying
 * what will be cleared, and first of all a referral whose filing has not finished.
 */
export function SignOutDialog({ host, stopSaving, onClose }: SignOutDialogProps) {
  const s = useSignOutStyles();
  const what = useId('sign-out-what');
  const { phase, confirm } = useSignOut(host, stopSaving);
  const busy = phase.kind !== 'asking';
  return (
    <Dialog modalType="alert" open onOpenChange={(_, data) => !data.open && !busy && onClose()}>
      <DialogSurface aria-describedby={what}>
        <DialogBody>
          <DialogTitle>Sign out of Referral Card?</DialogTitle>
          <DialogContent id={what} className={s.content} aria-busy={busy}>
            <Question phase={phase} />
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" disabledFocusable={busy} onClick={() => void confirm()}>
              {phase.kind === 'checking' ? 'Sign out' : phase.question.confirm}
            </Button>
            <Button appearance="secondary" disabledFocusable={phase.kind === 'clearing'} onClick={onClose}>
              Stay signed in
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

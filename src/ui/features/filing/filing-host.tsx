// The filing feature's entry, loaded on demand (never in the first screen): it resumes unfinished jobs when the card
// opens, runs the filing the referrer starts, and shows progress, problems and the confirmation.
import { useCallback, useEffect, useRef } from 'react';
import { useHost } from '../../host-context';
import { FilingConfirmation } from './filing-confirmation';
import { FilingProblem } from './filing-problem';
import { FilingProgressView } from './filing-progress-view';
import { FilingRefusal } from './filing-refusal';
import type { MailboxFiler } from '../../../filing';
import { useFilingScreenStyles } from './filing.styles';
import { useFiling } from './use-filing';
import type { FileRequest } from './use-filing';
import { useFilingAnnouncements } from './use-filing-announcements';

export type FilingHostProps = {
  /** A new object each time the referrer presses File. */
  readonly request?: FileRequest;
  /** A job left unfinished was found: show the filing screen. */
  readonly onOpen: () => void;
  /** Back to the card. */
  readonly onClose: () => void;
  /** Every mailbox is filed: clear the draft. */
  readonly onFiled: (draftId: string) => Promise<void> | void;
  readonly onOpenMyReferrals: () => void;
  /** Tests hand in a fake; by default the documents and Graph code load on demand. */
  readonly loadService?: () => Promise<MailboxFiler>;
};

export function FilingHost({ request, onOpen, onClose, onFiled, onOpenMyReferrals, loadService }: FilingHostProps) {
  const host = useHost();
  const s = useFilingScreenStyles();
  const load = useCallback(
    () =>
      loadService ? loadService() : import('./browser-filing-service').then((m) => m.createBrowserFilingService(host)),
    [loadService, host],
  );
  const filing = useFiling({
    indexedDB: host.indexedDB,
    catalogue: host.catalogue,
    now: host.now,
    loadService: load,
    onFiled,
    onResume: onOpen,
  });
  useFilingAnnouncements(filing.state);
  const { start } = filing;
  const handled = useRef<FileRequest | undefined>(undefined);
  useEffect(() => {
    if (!request || handled.current === request) return; // each press of File starts once
    handled.current = request;
    void start(request);
  }, [request, start]);

  const { state } = filing;
  const back = () => {
    void filing.cancel();
    onClose();
  };
  const leave = (then: () => void) => () => {
    filing.reset();
    onClose();
    then();
  };
  switch (state.phase) {
    case 'idle':
      return null;
    case 'preparing':
      return (
        <p role="status" className={s.text}>
          Getting the referral ready to file…
        </p>
      );
    case 'refused':
      return <FilingRefusal state={state} onFileTheRest={() => void filing.fileTheRest()} onBack={back} />;
    case 'problem':
      return state.problem ? (
        <FilingProblem
          problem={state.problem}
          {...(state.reference ? { reference: state.reference } : {})}
          onRetry={() => void filing.retry()}
          onBack={back}
        />
      ) : null;
    case 'done':
      return (
        <FilingConfirmation
          reference={state.reference ?? ''}
          mailboxes={state.mailboxes}
          catalogue={host.catalogue}
          onOpenMyReferrals={leave(onOpenMyReferrals)}
          onNewReferral={leave(() => undefined)}
        />
      );
    default:
      return <FilingProgressView state={state} onRetry={() => void filing.retry()} onBack={back} />;
  }
}

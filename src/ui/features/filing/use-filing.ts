// The filing screens' hook: a thin adapter over the filing coordinator. It supplies the browser's ports (IndexedDB,
// Web Locks, the on-demand filing code), subscribes to the coordinator's state, and files again when back online.
import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { Catalogue } from '../../../domain';
import { createFilingCoordinator } from '../../../filing';
import type { FileRequest, FilingCoordinator, FilingState, MailboxFiler } from '../../../filing';
import { browserIsOnline } from './browser-online';
import { openIndexedDbJobStore } from './indexeddb-job-store';
import { webLocksJobLock } from './web-locks';

export type { FileRequest };

export type UseFilingOptions = {
  readonly indexedDB: IDBFactory;
  readonly catalogue: Catalogue;
  readonly now: () => Date;
  /** Loads the documents and Graph code on demand (never in the first screen). */
  readonly loadService: () => Promise<MailboxFiler>;
  /** Every mailbox is filed: the draft can go (awaited before the job is forgotten). */
  readonly onFiled: (draftId: string) => Promise<void> | void;
  /** An unfinished job was found when the card opened: show the filing screen. */
  readonly onResume: () => void;
  /** Whether the browser thinks it is online (navigator.onLine); tests pass their own. */
  readonly isOnline?: () => boolean;
};

export type Filing = {
  readonly state: FilingState;
  start(request: FileRequest): Promise<void>;
  /** After a refusal: file the services that have a mailbox. */
  fileTheRest(): Promise<void>;
  retry(): Promise<void>;
  /** Back to the referral; what was filed stays filed, and is never sent twice. */
  cancel(): Promise<void>;
  /** The confirmation was read: clear the screen for a new referral. */
  reset(): void;
};

/** One coordinator per mounted screen; its ports read the latest options, so a new callback needs no new coordinator. */
function useCoordinator(options: UseFilingOptions): FilingCoordinator {
  const latest = useRef(options);
  latest.current = options;
  return useState(() =>
    createFilingCoordinator({
      openStore: () => openIndexedDbJobStore(latest.current.indexedDB),
      loadFiler: () => latest.current.loadService(),
      clock: { now: () => latest.current.now() },
      get catalogue() {
        return latest.current.catalogue;
      },
      lock: webLocksJobLock(),
      isOnline: () => (latest.current.isOnline ?? browserIsOnline)(),
      onFiled: (draftId) => latest.current.onFiled(draftId),
    }),
  )[0];
}

export function useFiling(options: UseFilingOptions): Filing {
  const coordinator = useCoordinator(options);
  const state = useSyncExternalStore(coordinator.subscribe, coordinator.getState);
  const onResume = useRef(options.onResume);
  onResume.current = options.onResume;

  // On open: finish what a closed pane or a crash left unfinished.
  useEffect(() => {
    const stop = coordinator.subscribe((_state, event) => {
      if (event.type === 'resumed') onResume.current();
    });
    void coordinator.resume();
    return () => {
      stop();
      coordinator.dispose();
    };
  }, [coordinator, onResume]);

  // Back online: file what was queued.
  useEffect(() => {
    if (state.phase !== 'offline') return;
    const onOnline = () => void coordinator.retry();
    window.addEventListener('online', onOnline);
    return () => window.removeEventListener('online', onOnline);
  }, [state.phase, coordinator]);

  const actions = useMemo(
    () => ({
      start: (request: FileRequest) => coordinator.start(request),
      fileTheRest: () => coordinator.fileTheRest(),
      retry: () => coordinator.retry(),
      cancel: () => coordinator.cancel(),
      reset: () => coordinator.reset(),
    }),
    [coordinator],
  );
  return { state, ...actions };
}

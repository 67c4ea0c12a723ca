import { Suspense, lazy, memo, useCallback, useMemo } from 'react';
import { requestedServices } from '../../domain';
import type { Evaluation } from '../../domain';
import { LoadNotice } from '../components/load-notice';
import type { CatalogueStatus } from '../state/catalogue-status';
import { useDraft, useDispatch } from '../state/use-draft';
import { useAppStyles } from './app.styles';
import type { CardPerson } from './card-people';

// The services panel loads on demand: in the task pane it sits behind the Services tab; wide, it fills in beside the
// form. Its code starts loading with the catalogue, after the first screen.
export const loadEligibilityPanel = () => import('../features/eligibility/eligibility-panel');
const EligibilityPanel = lazy(() => loadEligibilityPanel().then((m) => ({ default: m.EligibilityPanel })));

export const CATALOGUE_FAILED = 'The list of services could not be loaded. Check your connection and try again.';

export type ServicesSlotProps = {
  /** Whether the panel is on screen (wide, or its tab is selected). */
  readonly shown: boolean;
  readonly catalogue: CatalogueStatus;
  readonly evaluation?: Evaluation;
  readonly people: readonly CardPerson[];
  readonly today: string;
};

/** The services panel, or what it is waiting for. */
function Slot({ catalogue, evaluation, people, today }: ServicesSlotProps) {
  const s = useAppStyles();
  const dispatch = useDispatch();
  const chosen = useDraft((r) => r.services);
  const services = useMemo(() => requestedServices(chosen), [chosen]);
  const onToggle = useCallback(
    (serviceId: string, options?: { advice?: boolean }) =>
      dispatch({ type: 'toggle-service', serviceId, ...(options?.advice ? { advice: true } : {}) }),
    [dispatch],
  );
  return (
    <div id="services-panel" tabIndex={-1} className={s.panel}>
      <Suspense fallback={<p role="status">Loading the services…</p>}>
        {catalogue.state === 'ready' && evaluation ? (
          <EligibilityPanel
            catalogue={catalogue.catalogue}
            evaluation={evaluation}
            services={services}
            people={people}
            today={today}
            onToggle={onToggle}
          />
        ) : (
          <LoadNotice
            loading="Loading the services…"
            quiet
            {...(catalogue.state === 'failed' ? { failed: CATALOGUE_FAILED, onRetry: catalogue.retry } : {})}
          />
        )}
      </Suspense>
    </div>
  );
}

// While another tab is shown, the panel keeps what it last showed rather than re-rendering on every change; a panel
// first filled while hidden is filled at once, so it is ready when its tab is opened.
const holdsStill = (before: ServicesSlotProps, after: ServicesSlotProps) =>
  !after.shown && before.evaluation !== undefined && before.catalogue.state === 'ready';

export const ServicesSlot = memo(Slot, holdsStill);

// The card: one draft, evaluated on every change, composed from the features (which never import each other).
import { Suspense, lazy, useCallback, useMemo, useReducer, useState } from 'react';
import { FluentProvider } from '@fluentui/react-components';
import { evaluate, londonDate } from '../../domain';
import { AnnouncerProvider } from '../components/Announcer';
import { fieldId } from '../components/field-id';
import { useHost } from '../host-context';
import type { HostContext } from '../host-context';
import { draftReducer, getIn, newDraft } from '../state/draft';
import type { Draft } from '../state/draft';
import { isDashRelevant } from '../features/dash/dash-relevance';
import { useDrafts } from '../features/drafts/use-drafts';
import { ReferralForm, createAttachmentStore, requestedServices, useFieldValidation } from '../features/referral-form';
import type { AttachmentStore } from '../features/referral-form';
import { AppHeader } from './AppHeader';
import { useAppStyles } from './App.styles';
import { CardLayout } from './CardLayout';
import type { CardView } from './CardLayout';
import { cardPeople } from './card-people';
import { FilingArea } from './FilingArea';
import { filingReadiness } from './filing-readiness';
import { themeFor } from './theme';
import { useFocusAfterRender } from './use-focus-after-render';
import { useThemeName } from './use-theme-name';
import { useWideLayout } from './use-wide-layout';

// The DASH checklist loads on demand: the first screen does not wait for it (issue #5, code splitting).
// The services panel too: in the task pane it sits behind the Services tab; wide, it fills in beside the form.
const EligibilityPanel = lazy(() => import(/* webpackPrefetch: true */ '../features/eligibility/EligibilityPanel').then((m) => ({ default: m.EligibilityPanel })));
const DashChecklist = lazy(() => import('../features/dash/DashChecklist').then((m) => ({ default: m.DashChecklist })));

export type AppProps = {
  /** Files the referral (issue #6); the attachment store holds the bytes of the attached files. */
  readonly onFile?: (draft: Draft, attachments: AttachmentStore) => void;
};

export function App(props: AppProps) {
  const host = useHost();
  const theme = useThemeName(host);
  const s = useAppStyles();
  return (
    <FluentProvider theme={themeFor(theme)} className={s.provider}>
      <AnnouncerProvider>
        <Card host={host} {...props} />
      </AnnouncerProvider>
    </FluentProvider>
  );
}

const SECTION_OF: Readonly<Record<string, string>> = { referrer: 'referrer', consent: 'consent', people: 'family', context: 'context', risks: 'risks', needs: 'needs', support: 'support', services: 'services', attachments: 'attachments', notes: 'notes' };

function Card({ host, onFile }: AppProps & { readonly host: HostContext }) {
  const s = useAppStyles();
  const { catalogue, now } = host;
  const reducer = useMemo(() => draftReducer(now), [now]);
  const [draft, dispatch] = useReducer(reducer, host, (h) => newDraft(h.newId(), h.now()));
  const { referral } = draft;
  // Evaluation runs on every change, memoised on the referral object (ui guide: typing must stay fast).
  const evaluation = useMemo(() => evaluate(referral, catalogue, { now: now() }), [referral, catalogue, now]);
  const validation = useFieldValidation(referral);
  const drafts = useDrafts(host, draft, dispatch);
  const [attachments] = useState(createAttachmentStore);
  const wide = useWideLayout();
  const [view, setView] = useState<CardView>('form');
  const [dashOpened, setDashOpened] = useState(false);
  const focusAfterRender = useFocusAfterRender();
  const today = londonDate(now());
  const services = useMemo(() => requestedServices(referral.services), [referral.services]);
  const people = useMemo(() => cardPeople(referral.people, today), [referral.people, today]);
  const readiness = useMemo(() => filingReadiness(referral, evaluation, catalogue, validation.issues), [referral, evaluation, catalogue, validation.issues]);
  const dashShown = dashOpened || getIn(referral, ['risks', 'dash']) !== undefined || isDashRelevant(catalogue, services.map((x) => x.serviceId));

  const onToggle = useCallback((serviceId: string, options?: { advice?: boolean }) =>
    dispatch({ type: 'toggle-service', serviceId, ...(options?.advice ? { advice: true } : {}) }), []);
  const onDashChange = useCallback((path: (string | number)[], value: unknown) => dispatch({ type: 'set', path: ['risks', 'dash', ...path], value }), []);
  const show = useCallback((next: CardView, focusId: string) => {
    setView(next);
    focusAfterRender(focusId);
  }, [focusAfterRender]);
  const openDash = useCallback(() => {
    setDashOpened(true);
    show('dash', 'dash-checklist');
  }, [show]);
  const showServices = useCallback(() => show('services', 'services-panel'), [show]);
  // From the error summary: the field itself, else the nearest enclosing field, else its section.
  const goTo = useCallback((id: string) => {
    const path = validation.issues.find((i) => i.fieldId === id)?.path ?? [];
    const ids = path.map((_, k) => fieldId(path.slice(0, path.length - k)));
    setView('form');
    focusAfterRender([id, ...ids, `section-${SECTION_OF[String(path[0])] ?? 'referrer'}`]);
  }, [validation.issues, focusAfterRender]);

  return (
    <div className={s.root}>
      <AppHeader drafts={drafts} />
      <CardLayout
        wide={wide}
        view={view}
        onView={setView}
        servicesCount={services.length}
        form={(
          <ReferralForm draftId={draft.id} referral={referral} catalogue={catalogue} evaluation={evaluation} dispatch={dispatch}
            validation={validation} attachments={attachments} newId={host.newId} tokenSource={host.tokenSource}
            onOpenDash={openDash} onShowServices={showServices} {...(host.currentItem ? { currentItem: host.currentItem } : {})} />
        )}
        services={(
          <div id="services-panel" tabIndex={-1} className={s.panel}>
            <Suspense fallback={<p role="status">Loading the services…</p>}>
              <EligibilityPanel catalogue={catalogue} evaluation={evaluation} services={services} people={people} today={today} onToggle={onToggle} />
            </Suspense>
          </div>
        )}
        {...(dashShown ? {
          dash: (
            <div id="dash-checklist" tabIndex={-1} className={s.panel}>
              <Suspense fallback={<p role="status">Loading the DASH risk checklist…</p>}>
                <DashChecklist dash={getIn(referral, ['risks', 'dash'])} today={today} onChange={onDashChange} />
              </Suspense>
            </div>
          ),
        } : {})}
      />
      <FilingArea readiness={readiness} validation={validation} onGoTo={goTo} onFile={() => onFile?.(draft, attachments)} />
    </div>
  );
}

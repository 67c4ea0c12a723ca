// The card: one draft, evaluated on every change, composed from the features (which never import each other).
import { Suspense, lazy, memo, useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { FluentProvider, useEventCallback } from '@fluentui/react-components';
import { londonDate } from '../../domain';
import { AnnouncerProvider } from '../components/announcer';
import { fieldId } from '../components/field-id';
import type { FieldPath } from '../components/field-id';
import { useHeldWhileHidden } from '../components/use-held-while-hidden';
import { LoadNotice } from '../components/load-notice';
import { useAfterFirstScreen } from '../components/use-after-first-screen';
import { HostProvider, useHostInput } from '../host-context';
import type { HostContext, HostInput } from '../host-context';
import { useCatalogue, withCatalogue } from '../state/use-catalogue';
import { useEvaluation } from '../state/use-evaluation';
import { useSettledValue } from '../state/use-settled-value';
import { draftReducer, getIn, newDraft } from '../state/draft';
import type { Draft } from '../state/draft';
import { isDashRelevant } from '../features/dash/dash-relevance';
import { clearFiledDraft, useDrafts } from '../features/drafts/use-drafts';
import { importWhenOnline } from '../features/filing/import-when-online';
import type { FileRequest } from '../features/filing/use-filing';
import { ReferralForm, createAttachmentStore, requestedServices, useFieldValidation } from '../features/referral-form';
import type { AttachmentStore } from '../features/referral-form';
import { AppHeader } from './app-header';
import { useAppStyles } from './app.styles';
import { CardLayout } from './card-layout';
import type { CardView } from './card-layout';
import { cardPeople } from './card-people';
import { FilingArea } from './filing-area';
import { filingReadiness } from './filing-readiness';
import { themeFor } from './theme';
import { useFocusAfterRender } from './use-focus-after-render';
import { useThemeName } from './use-theme-name';
import { useWideLayout } from './use-wide-layout';

// The DASH checklist loads on demand: the first screen does not wait for it (issue #5, code splitting).
// The services panel too: in the task pane it sits behind the Services tab; wide, it fills in beside the form.
const loadEligibilityPanel = () => import('../features/eligibility/eligibility-panel');
const EligibilityPanel = lazy(() => loadEligibilityPanel().then((m) => ({ default: m.EligibilityPanel })));
// Memoised here: it re-renders when the DASH answers change, not on every keystroke elsewhere (issue #5).
const DashChecklist = lazy(() =>
  import('../features/dash/dash-checklist').then((m) => ({ default: memo(m.DashChecklist) })),
);
// Filing and My referrals (issue #6) load on demand, retried when offline; Graph and pdf-lib load when filing starts.
// Memoised, as is the filing area: neither re-renders on a keystroke (issue #5).
const FilingHost = lazy(
  importWhenOnline(() => import('../features/filing/filing-host').then((m) => ({ default: memo(m.FilingHost) }))),
);
const MyReferrals = lazy(
  importWhenOnline(() => import('../features/my-referrals/my-referrals').then((m) => ({ default: m.MyReferrals }))),
);
const filingService = (host: HostContext) =>
  import('../features/filing/browser-filing-service').then((m) => m.createBrowserFilingService(host));

export type AppProps = {
  /** Files the referral (issue #6); the attachment store holds the bytes of the attached files. */
  readonly onFile?: (draft: Draft, attachments: AttachmentStore) => void;
};

export function App(props: AppProps) {
  const host = useHostInput();
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

const CATALOGUE_FAILED = 'The list of services could not be loaded. Check your connection and try again.';
const CHECKS_FAILED =
  'The referral could not be checked: part of the card did not load. Check your connection and try again.';

const SECTION_OF: Readonly<Record<string, string>> = {
  referrer: 'referrer',
  consent: 'consent',
  people: 'family',
  context: 'context',
  risks: 'risks',
  needs: 'needs',
  support: 'support',
  services: 'services',
  attachments: 'attachments',
  notes: 'notes',
};

const NOT_TEXT = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'file', 'range', 'color', 'image']);

/** A box the referrer types into: key presses there are typing, not choosing. */
function isTextEntry(target: EventTarget): boolean {
  return target instanceof HTMLTextAreaElement || (target instanceof HTMLInputElement && !NOT_TEXT.has(target.type));
}

function Card({ host, onFile }: AppProps & { readonly host: HostInput }) {
  const s = useAppStyles();
  const { now } = host;
  // The catalogue (and with it the verdicts, the questions and the services panel) arrives after the first screen.
  const { catalogue, failed: catalogueFailed, retry: retryCatalogue } = useCatalogue(host.catalogue);
  const loadedHost = useMemo(
    (): HostContext | undefined => (catalogue ? { ...host, catalogue } : undefined),
    [host, catalogue],
  );
  const rest = useAfterFirstScreen();
  // The panel's code loads with the catalogue, after the first screen, not once the catalogue has arrived.
  useEffect(() => void loadEligibilityPanel().catch(() => undefined), []);
  const reducer = useMemo(() => draftReducer(now), [now]);
  const [draft, dispatch] = useReducer(reducer, host, (h) => newDraft(h.newId(), h.now()));
  const { referral } = draft;
  // A keystroke renders its own field at once; what follows from the whole referral (the verdicts, the questions, the
  // services panel, readiness) catches up in an interruptible render, at most every quarter second while typing
  // (issue #5: under 16 ms a keystroke).
  // Whether the change now being followed was typed: the last key press was in a text box, and no pointer press since.
  const typing = useRef(false);
  const isTyping = useCallback(() => typing.current, []);
  const [settled, catchUp] = useSettledValue(referral, isTyping);
  const today = londonDate(now());
  const evaluation = useEvaluation(settled, catalogue, now, today);
  const checks = useFieldValidation(settled, referral);
  // Leaving a field, or "Check referral", shows problems: the checks first catch up with what was typed, in the same
  // render, so a problem the referrer has just fixed never flashes up.
  const { blur: checkField, showAll: checkAll } = checks;
  const blur = useCallback(
    (path: FieldPath) => {
      catchUp();
      checkField(path);
    },
    [catchUp, checkField],
  );
  const showAll = useCallback(() => {
    catchUp();
    return checkAll();
  }, [catchUp, checkAll]);
  const validation = useMemo(() => ({ ...checks, blur, showAll }), [checks, blur, showAll]);
  const drafts = useDrafts(host, draft, dispatch);
  const [attachments] = useState(createAttachmentStore);
  const wide = useWideLayout();
  const [view, setView] = useState<CardView>('form');
  const [dashOpened, setDashOpened] = useState(false);
  const focusAfterRender = useFocusAfterRender();
  const services = useMemo(() => requestedServices(referral.services), [referral.services]);
  const people = useMemo(() => cardPeople(settled.people, today), [settled.people, today]);
  const readiness = useMemo(
    () => (catalogue && evaluation ? filingReadiness(settled, evaluation, catalogue, validation.issues) : undefined),
    [settled, evaluation, catalogue, validation.issues],
  );
  const [screen, setScreen] = useState<'card' | 'filing' | 'my-referrals'>('card');
  const [fileRequest, setFileRequest] = useState<FileRequest>();
  const draftsNow = useRef(drafts);
  draftsNow.current = drafts;
  const onFiled = useCallback(
    async (id: string) => {
      await clearFiledDraft(host.indexedDB, id);
      if (draftsNow.current.currentId === id) await draftsNow.current.remove(id); // the form starts a new referral
    },
    [host.indexedDB],
  );
  const loadMyReferrals = useCallback(
    () =>
      withCatalogue(host)
        .then(filingService)
        .then((s) => s.listMyReferrals()),
    [host],
  );
  const showCard = useCallback(() => setScreen('card'), []);
  const showMyReferrals = useCallback(() => setScreen('my-referrals'), []);
  const showFiling = useCallback(() => setScreen('filing'), []);
  const fileNow = useEventCallback(() => {
    if (onFile) return onFile(draft, attachments);
    setFileRequest({ draftId: draft.id, referral, readAttachment: (id) => attachments.read(id) });
    showFiling();
  });
  const dashShown =
    dashOpened ||
    getIn(referral, ['risks', 'dash']) !== undefined ||
    (catalogue !== undefined &&
      isDashRelevant(
        catalogue,
        services.map((x) => x.serviceId),
      ));

  const onToggle = useCallback(
    (serviceId: string, options?: { advice?: boolean }) =>
      dispatch({ type: 'toggle-service', serviceId, ...(options?.advice ? { advice: true } : {}) }),
    [],
  );
  const onDashChange = useCallback(
    (path: (string | number)[], value: unknown) => dispatch({ type: 'set', path: ['risks', 'dash', ...path], value }),
    [],
  );
  const show = useCallback(
    (next: CardView, focusId: string) => {
      setView(next);
      focusAfterRender(focusId);
    },
    [focusAfterRender],
  );
  const openDash = useCallback(() => {
    setDashOpened(true);
    show('dash', 'dash-checklist');
  }, [show]);
  const showServices = useCallback(() => show('services', 'services-panel'), [show]);
  // In the task pane the services panel is a tab: while another is shown it keeps what it last showed.
  const panelShown = wide || view === 'services';
  const panelEvaluation = useHeldWhileHidden(evaluation, panelShown);
  const panelPeople = useHeldWhileHidden(people, panelShown);
  const retryChecks = () => {
    retryCatalogue();
    validation.retry();
  };
  // From the error summary: the field itself, else the nearest enclosing field, else its section.
  const goTo = useCallback(
    (id: string) => {
      const path = validation.issues.find((i) => i.fieldId === id)?.path ?? [];
      const ids = path.map((_, k) => fieldId(path.slice(0, path.length - k)));
      setView('form');
      focusAfterRender([id, ...ids, `section-${SECTION_OF[String(path[0])] ?? 'referrer'}`]);
    },
    [validation.issues, focusAfterRender],
  );

  return (
    <div
      className={s.root}
      onKeyDownCapture={(e) => void (typing.current = isTextEntry(e.target))}
      onPointerDownCapture={() => void (typing.current = false)}
    >
      <AppHeader drafts={drafts} onOpenMyReferrals={showMyReferrals} />
      {screen === 'card' && (
        <CardLayout
          wide={wide}
          view={view}
          onView={setView}
          servicesCount={services.length}
          form={
            <ReferralForm
              draftId={draft.id}
              referral={referral}
              settled={settled}
              dispatch={dispatch}
              {...(catalogue && evaluation ? { catalogue, evaluation } : {})}
              {...(catalogueFailed ? { catalogueFailed: { retry: retryCatalogue } } : {})}
              validation={validation}
              attachments={attachments}
              newId={host.newId}
              tokenSource={host.tokenSource}
              onOpenDash={openDash}
              onShowServices={showServices}
              {...(host.currentItem ? { currentItem: host.currentItem } : {})}
            />
          }
          services={
            <div id="services-panel" tabIndex={-1} className={s.panel}>
              <Suspense fallback={<p role="status">Loading the services…</p>}>
                {catalogue && panelEvaluation ? (
                  <EligibilityPanel
                    catalogue={catalogue}
                    evaluation={panelEvaluation}
                    services={services}
                    people={panelPeople}
                    today={today}
                    onToggle={onToggle}
                  />
                ) : (
                  <LoadNotice
                    loading="Loading the services…"
                    quiet
                    {...(catalogueFailed ? { failed: CATALOGUE_FAILED, onRetry: retryCatalogue } : {})}
                  />
                )}
              </Suspense>
            </div>
          }
          {...(dashShown
            ? {
                dash: (
                  <div id="dash-checklist" tabIndex={-1} className={s.panel}>
                    <Suspense fallback={<p role="status">Loading the DASH risk checklist…</p>}>
                      <DashChecklist dash={getIn(referral, ['risks', 'dash'])} today={today} onChange={onDashChange} />
                    </Suspense>
                  </div>
                ),
              }
            : {})}
        />
      )}
      {/* Below the first screen: shown once the catalogue and the field checks (zod) have loaded after it. */}
      {screen === 'card' &&
        rest &&
        (readiness && validation.ready ? (
          <FilingArea readiness={readiness} validation={validation} onGoTo={goTo} onFile={fileNow} />
        ) : (
          <LoadNotice
            loading="Checking the referral…"
            quiet={!validation.failed}
            {...(catalogueFailed || validation.failed ? { failed: CHECKS_FAILED, onRetry: retryChecks } : {})}
          />
        ))}
      {/* Mounted once drafts are loaded: it resumes a filing a closed pane or a crash left unfinished. */}
      {drafts.status === 'ready' && loadedHost && (
        <HostProvider value={loadedHost}>
          <Suspense
            fallback={
              screen === 'filing' ? (
                <p role="status">Getting filing ready… If you are offline, it carries on when you are back online.</p>
              ) : null
            }
          >
            <div hidden={screen !== 'filing'}>
              <FilingHost
                request={fileRequest}
                onOpen={showFiling}
                onClose={showCard}
                onFiled={onFiled}
                onOpenMyReferrals={showMyReferrals}
              />
            </div>
          </Suspense>
        </HostProvider>
      )}
      {screen === 'my-referrals' && (
        <Suspense fallback={<p role="status">Loading My referrals…</p>}>
          <MyReferrals load={loadMyReferrals} onBack={showCard} />
        </Suspense>
      )}
    </div>
  );
}

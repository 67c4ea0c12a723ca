// The card: one draft store, composed from the features (which never import each other). Each field reads its own
// part of the draft; what follows from the whole referral catches up when the page is idle (use-card-checks.ts).
import { Suspense, lazy, memo, useCallback, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { FluentProvider, mergeClasses, useEventCallback } from '@fluentui/react-components';
import { AnnouncerProvider } from '../components/announcer';
import { fieldId } from '../components/field-id';
import { LoadNotice } from '../components/load-notice';
import { useAfterFirstScreen } from '../components/use-after-first-screen';
import { HostProvider, useHostInput } from '../host-context';
import type { HostContext, HostInput } from '../host-context';
import { useCatalogue, withCatalogue } from '../state/use-catalogue';
import { newDraft } from '../state/draft';
import type { Draft } from '../state/draft';
import { createDraftStore } from '../state/draft-store';
import type { DraftStore } from '../state/draft-store';
import { DraftStoreProvider, useDraft } from '../state/use-draft';
import { isDashRelevant } from '../features/dash/dash-relevance';
import { clearFiledDraft, useDrafts } from '../features/drafts/use-drafts';
import type { DraftsState } from '../features/drafts/use-drafts';
import { importWhenOnline } from '../features/filing/import-when-online';
import { PossibleDuplicates } from '../features/filing/possible-duplicates';
import type { FileRequest } from '../features/filing/use-filing';
import { ReferralForm, createAttachmentStore } from '../features/referral-form';
import type { AttachmentStore } from '../features/referral-form';
import { AppHeader } from './app-header';
import { useAppStyles } from './app.styles';
import { CardLayout } from './card-layout';
import type { CardView } from './card-layout';
import { DashSlot } from './dash-slot';
import { FilingBar, FilingDetails } from './filing-area';
import { ServicesSlot, loadEligibilityPanel } from './services-slot';
import { themeFor } from './theme';
import { useCardChecks } from './use-card-checks';
import type { CardChecks } from './use-card-checks';
import { useFocusAfterRender } from './use-focus-after-render';
import { useThemeName } from './use-theme-name';
import { useWideLayout } from './use-wide-layout';

// Filing and My referrals load on demand, retried when offline; Graph and pdf-lib load when filing starts. Memoised,
// as is the filing area: neither re-renders on a keystroke.
const FilingHost = lazy(
  importWhenOnline(() => import('../features/filing/filing-host').then((m) => ({ default: memo(m.FilingHost) }))),
);
const MyReferrals = lazy(
  importWhenOnline(() => import('../features/my-referrals/my-referrals').then((m) => ({ default: m.MyReferrals }))),
);
const myReferralsSource = () => import('../features/my-referrals/browser-my-referrals-source');
const filingService = (host: HostContext) =>
  import('../features/filing/browser-filing-service').then((m) => m.createBrowserFilingService(host));

export type AppProps = {
  /** Files the referral; the attachment store holds the bytes of the attached files. */
  readonly onFile?: (draft: Draft, attachments: AttachmentStore) => void;
};

export function App(props: AppProps) {
  const host = useHostInput();
  const theme = useThemeName(host);
  const s = useAppStyles();
  // One draft store for the card's life: opening another draft replaces what it holds, not the store.
  const [store] = useState(() =>
    createDraftStore(newDraft(host.newId(), host.now(), undefined, host.council), host.now),
  );
  return (
    <FluentProvider theme={themeFor(theme)} className={s.provider}>
      <AnnouncerProvider>
        <DraftStoreProvider value={store}>
          <Card host={host} store={store} {...props} />
        </DraftStoreProvider>
      </AnnouncerProvider>
    </FluentProvider>
  );
}

const CHECKS_FAILED =
  'The referral could not be checked: part of the card did not load. Check your connection and try again.';

const SECTION_OF: Readonly<Record<string, string>> = {
  referrer: 'referrer',
  consent: 'consent',
  people: 'family',
  family: 'contact',
  reason: 'reason',
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

type Screen = 'card' | 'filing' | 'my-referrals';
type CardProps = AppProps & { readonly host: HostInput; readonly store: DraftStore };

function Card({ host, store, onFile }: CardProps) {
  const s = useAppStyles();
  const wide = useWideLayout();
  // The catalogue (and with it the verdicts, the questions and the services panel) arrives after the first screen.
  const catalogue = useCatalogue(host.catalogue);
  const loadedHost = useMemo(
    (): HostContext | undefined =>
      catalogue.state === 'ready' ? { ...host, catalogue: catalogue.catalogue } : undefined,
    [host, catalogue],
  );
  const rest = useAfterFirstScreen();
  // The panel's code loads with the catalogue, after the first screen, not once the catalogue has arrived.
  useEffect(() => void loadEligibilityPanel().catch(() => undefined), []);
  const checks = useCardChecks(store, catalogue, host.now);
  const drafts = useDrafts(host, store);
  const [attachments] = useState(createAttachmentStore);
  const [screen, setScreen] = useState<Screen>('card');
  const [fileRequest, setFileRequest] = useState<FileRequest>();
  const showCard = useCallback(() => setScreen('card'), []);
  const showMyReferrals = useCallback(() => setScreen('my-referrals'), []);
  const showFiling = useCallback(() => setScreen('filing'), []);
  const fileNow = useEventCallback(() => {
    const draft = store.get();
    if (onFile) return onFile(draft, attachments);
    setFileRequest({ draftId: draft.id, referral: draft.referral, readAttachment: (id) => attachments.read(id) });
    showFiling();
  });
  // How many times "Check referral" was used: the bar moves focus, the details below the form show the summary.
  const [checked, setChecked] = useState(0);
  const onCheck = useCallback(() => setChecked((n) => n + 1), []);
  const duplicates = useDuplicateWarning(host, loadedHost);
  return (
    <div
      className={mergeClasses(s.root, wide && screen === 'card' && s.rootWide)}
      onKeyDownCapture={(e) => store.noteInput(isTextEntry(e.target))}
      onPointerDownCapture={() => store.noteInput(false)}
    >
      <AppHeader drafts={drafts} onOpenMyReferrals={showMyReferrals} />
      {screen === 'card' && (
        <CardBody
          host={host}
          wide={wide}
          checks={checks}
          catalogue={catalogue}
          attachments={attachments}
          bar={
            rest && (
              <ActionBar checks={checks} catalogue={catalogue} checked={checked} onCheck={onCheck} onFile={fileNow} />
            )
          }
        >
          {(goTo) =>
            rest &&
            checks.readiness &&
            checks.validation.ready && (
              <FilingDetails readiness={checks.readiness} validation={checks.validation} checks={checked} onGoTo={goTo}>
                {duplicates}
              </FilingDetails>
            )
          }
        </CardBody>
      )}
      {/* Mounted once drafts are loaded: it resumes a filing a closed pane or a crash left unfinished. */}
      {drafts.status === 'ready' && loadedHost && (
        <Filing host={loadedHost} drafts={drafts} screen={screen} request={fileRequest} onScreen={setScreen} />
      )}
      {screen === 'my-referrals' && <MyReferralsScreen host={host} onBack={showCard} />}
    </div>
  );
}

type ActionBarProps = {
  readonly checks: CardChecks;
  readonly catalogue: ReturnType<typeof useCatalogue>;
  readonly checked: number;
  readonly onCheck: () => void;
  readonly onFile: () => void;
};

/** The action bar once the referral can be checked; until then, what it waits for. */
function ActionBar({ checks, catalogue, checked, onCheck, onFile }: ActionBarProps) {
  if (checks.readiness && checks.validation.ready)
    return (
      <FilingBar
        readiness={checks.readiness}
        validation={checks.validation}
        checks={checked}
        onCheck={onCheck}
        onFile={onFile}
      />
    );
  const failed = catalogue.state === 'failed' || checks.validation.failed;
  const retry = () => {
    if (catalogue.state === 'failed') catalogue.retry();
    checks.validation.retry();
  };
  return (
    <LoadNotice
      loading="Checking the referral…"
      // The one alert for a part that did not load: the bar is always in view, in either layout.
      quiet={!failed}
      {...(failed ? { failed: CHECKS_FAILED, onRetry: retry } : {})}
    />
  );
}

type CardBodyProps = {
  readonly host: HostInput;
  readonly wide: boolean;
  readonly checks: CardChecks;
  readonly catalogue: ReturnType<typeof useCatalogue>;
  readonly attachments: AttachmentStore;
  /** The action bar: the readiness, "Check referral" and "File referral". */
  readonly bar: ReactNode;
  /** Below the form: what stops filing, given the way to a field from its error summary. */
  readonly children: (goTo: (id: string) => void) => ReactNode;
};

/** The form, the services panel and the DASH checklist, side by side or behind tabs. */
function CardBody({ host, wide, checks, catalogue, attachments, bar, children }: CardBodyProps) {
  const [view, setView] = useState<CardView>('form');
  const [dashOpened, setDashOpened] = useState(false);
  const focusAfterRender = useFocusAfterRender();
  const serviceIds = useDraft((r) => r.services)?.flatMap((x) =>
    typeof x?.serviceId === 'string' ? [x.serviceId] : [],
  );
  const hasDash = useDraft((r) => r.risks?.dash !== undefined);
  const dashShown =
    dashOpened || hasDash || (catalogue.state === 'ready' && isDashRelevant(catalogue.catalogue, serviceIds ?? []));
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
  const { issues } = checks.validation;
  // From the error summary: the field itself, else the nearest enclosing field, else its section.
  const goTo = useCallback(
    (id: string) => {
      const path = issues.find((i) => i.fieldId === id)?.path ?? [];
      const ids = path.map((_, k) => fieldId(path.slice(0, path.length - k)));
      setView('form');
      focusAfterRender([id, ...ids, `section-${SECTION_OF[String(path[0])] ?? 'referrer'}`]);
    },
    [issues, focusAfterRender],
  );
  const ready = catalogue.state === 'ready' && checks.evaluation;
  return (
    <CardLayout
      wide={wide}
      view={view}
      onView={setView}
      servicesCount={serviceIds?.length ?? 0}
      form={
        <ReferralForm
          settled={checks.settled}
          {...(ready ? { catalogue: catalogue.catalogue, evaluation: checks.evaluation } : {})}
          {...(catalogue.state === 'failed' ? { catalogueFailed: { retry: catalogue.retry } } : {})}
          validation={checks.validation}
          attachments={attachments}
          newId={host.newId}
          tokenSource={host.tokenSource}
          onOpenDash={openDash}
          onShowServices={showServices}
          {...(host.currentItem ? { currentItem: host.currentItem } : {})}
        />
      }
      services={
        <ServicesSlot
          shown={wide || view === 'services'}
          catalogue={catalogue}
          {...(checks.evaluation ? { evaluation: checks.evaluation } : {})}
          people={checks.people}
          today={checks.today}
        />
      }
      {...(dashShown ? { dash: <DashSlot today={checks.today} /> } : {})}
      bar={bar}
      details={children(goTo)}
    />
  );
}

type FilingProps = {
  readonly host: HostContext;
  readonly drafts: DraftsState;
  readonly screen: Screen;
  readonly request: FileRequest | undefined;
  readonly onScreen: (screen: Screen) => void;
};

/** Filing, with the host whose catalogue has loaded; it deletes the draft once its referral is filed. */
function Filing({ host, drafts, screen, request, onScreen }: FilingProps) {
  const { currentId, remove } = drafts;
  const onFiled = useCallback(
    async (id: string) => {
      await clearFiledDraft(host.indexedDB, id);
      if (currentId === id) await remove(id); // the form starts a new referral
    },
    [host.indexedDB, currentId, remove],
  );
  const moves = useMemo(
    () => ({
      onOpen: () => onScreen('filing'),
      onClose: () => onScreen('card'),
      onOpenMyReferrals: () => onScreen('my-referrals'),
    }),
    [onScreen],
  );
  return (
    <HostProvider value={host}>
      <Suspense
        fallback={
          screen === 'filing' ? (
            <p role="status">Getting filing ready… If you are offline, it carries on when you are back online.</p>
          ) : null
        }
      >
        <div hidden={screen !== 'filing'}>
          <FilingHost request={request} onFiled={onFiled} {...moves} />
        </div>
      </Suspense>
    </HostProvider>
  );
}

/** The warning of a possible duplicate, once the catalogue has loaded (it names the services). */
function useDuplicateWarning(host: HostInput, loaded: HostContext | undefined): ReactNode {
  const loadEarlier = useMemo(() => loadEarlierReferrals(host), [host]);
  return useMemo(() => {
    if (!loaded) return null;
    const names = new Map(loaded.catalogue.services.map((svc) => [svc.id, svc.name]));
    return <PossibleDuplicates loadEarlier={loadEarlier} serviceName={(id) => names.get(id)} now={host.now} />;
  }, [host.now, loaded, loadEarlier]);
}

/** My referrals' reads for this host (what I filed, each message's details and files), loaded on first use. */
const connectMyReferrals = (host: HostInput) =>
  withCatalogue(host).then(async (loaded) => {
    const [service, source] = await Promise.all([filingService(loaded), myReferralsSource()]);
    return source.createBrowserMyReferralsSource(loaded, () => service.listMyReferrals());
  });

/** The referrer's referrals of the last 90 days for the duplicate warning, from the same reads (and kept details). */
const loadEarlierReferrals = (host: HostInput) => () =>
  Promise.all([connectMyReferrals(host), import('../features/my-referrals/earlier-referrals')]).then(([source, m]) =>
    m.earlierReferrals(source, host.now()),
  );

function MyReferralsScreen({ host, onBack }: { readonly host: HostInput; readonly onBack: () => void }) {
  const connect = useCallback(() => connectMyReferrals(host), [host]);
  return (
    <Suspense fallback={<p role="status">Loading My referrals…</p>}>
      <MyReferrals connect={connect} onBack={onBack} now={host.now} />
    </Suspense>
  );
}

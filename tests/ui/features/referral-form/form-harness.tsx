// Renders the referral form over a real draft store, as the App does, and exposes the draft for assertions.
import { useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render } from '@testing-library/react';
import { evaluate } from '../../../../src/domain';
import type { Catalogue } from '../../../../src/domain';
import { catalogue as builtIn } from '../../../../src/catalogues';
import { AnnouncerProvider } from '../../../../src/ui/components/announcer';
import { HostProvider } from '../../../../src/ui/host-context';
import type { CurrentItem, HostInput, TokenSource, UserSettings } from '../../../../src/ui/host-context';
import { createDraftStore } from '../../../../src/ui/state/draft-store';
import { DraftStoreProvider } from '../../../../src/ui/state/use-draft';
import { newDraft } from '../../../../src/ui/state/draft';
import type { Draft } from '../../../../src/ui/state/draft';
import type { DraftStore } from '../../../../src/ui/state/draft-store';
import { ReferralForm, createAttachmentStore, useFieldValidation } from '../../../../src/ui/features/referral-form';
import type { AttachmentStore, FieldValidation, ServiceNeeds } from '../../../../src/ui/features/referral-form';

export const NOW = new Date('2026-11-23T10:00:00Z');

export type Harness = { draft: Draft; validation?: FieldValidation; store: AttachmentStore };

let counter = 0;
const newId = () => `00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}`;

type Options = {
  initial?: Draft;
  catalogue?: Catalogue;
  tokenSource?: TokenSource;
  currentItem?: CurrentItem;
  onOpenDash?: () => void;
  /** What the chosen services ask of the referral (the App works it out from the catalogue). */
  needs?: ServiceNeeds;
  /** Where the host remembers the referrer's details; the form is then inside a host that has them. */
  userSettings?: UserSettings;
};

function Form({ out, options }: { out: Harness; options: Options }) {
  const [store] = useState(() => createDraftStore(options.initial ?? newDraft(newId(), NOW), () => NOW));
  return (
    <DraftStoreProvider value={store}>
      <Fields store={store} out={out} options={options} />
    </DraftStoreProvider>
  );
}

/** Evaluated and checked on every change (the App waits for a pause): the tests see each change's outcome at once. */
function Fields({ store, out, options }: { store: DraftStore; out: Harness; options: Options }) {
  const draft = useSyncExternalStore(store.subscribe, store.get);
  const catalogue = options.catalogue ?? builtIn;
  const evaluation = useMemo(() => evaluate(draft.referral, catalogue, { now: NOW }), [draft.referral, catalogue]);
  const validation = useFieldValidation(draft.referral, undefined, options.needs);
  const attachments = useRef(out.store).current;
  out.draft = draft;
  out.validation = validation;
  return (
    <ReferralForm
      settled={draft.referral}
      catalogue={catalogue}
      evaluation={evaluation}
      validation={validation}
      attachments={attachments}
      newId={newId}
      {...(options.tokenSource ? { tokenSource: options.tokenSource } : {})}
      {...(options.currentItem ? { currentItem: options.currentItem } : {})}
      {...(options.onOpenDash ? { onOpenDash: options.onOpenDash } : {})}
    />
  );
}

export function renderForm(options: Options = {}) {
  const out: Harness = { draft: undefined as unknown as Draft, store: createAttachmentStore() };
  const form = <Form out={out} options={options} />;
  const host = options.userSettings && ({ userSettings: options.userSettings } as unknown as HostInput);
  const view = render(
    <FluentProvider theme={webLightTheme}>
      <AnnouncerProvider>{host ? <HostProvider value={host}>{form}</HostProvider> : form}</AnnouncerProvider>
    </FluentProvider>,
  );
  return { ...view, out };
}

export { newId };

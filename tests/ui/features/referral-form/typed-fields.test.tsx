/** @jest-environment jsdom */
// A keystroke renders the field typed in and nothing else; the section catches up after the frame that shows it.
import { act, fireEvent, render, screen } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { fieldHandlerCache } from '../../../../src/ui/features/referral-form/form-context';
import { TextAreaField, TextField } from '../../../../src/ui/features/referral-form/typed-fields';
import { newDraft } from '../../../../src/ui/state/draft';
import { createDraftStore } from '../../../../src/ui/state/draft-store';
import type { DraftStore } from '../../../../src/ui/state/draft-store';
import { DraftStoreProvider, useDraft } from '../../../../src/ui/state/use-draft';

const t0 = new Date('2026-11-23T10:00:00Z');

function installFrames() {
  const waiting: (() => void)[] = [];
  Object.assign(window, {
    requestAnimationFrame: (run: () => void) => waiting.push(run),
    cancelAnimationFrame: () => undefined,
  });
  return () =>
    act(() => {
      for (const run of waiting.splice(0)) run();
      jest.advanceTimersByTime(0);
    });
}

function Referrer({ store, renders }: { store: DraftStore; renders: { count: number } }) {
  const referrer = useDraft((r) => r.referrer);
  renders.count += 1;
  const handlers = fieldHandlerCache(store.dispatch, () => undefined, store.type);
  const edit = (key: string) => (value: unknown) =>
    ({ type: 'edit-section', section: 'referrer', patch: { [key]: value } }) as const;
  return (
    <>
      <TextField
        id="f-referrer-role"
        label="Your role"
        value={referrer?.role}
        {...handlers(['referrer', 'role'], edit('role'))}
      />
      <TextAreaField
        id="f-referrer-org"
        label="Organisation"
        value={referrer?.organisation}
        {...handlers(['referrer', 'organisation'], edit('organisation'))}
      />
    </>
  );
}

function setUp() {
  const store = createDraftStore(newDraft('d1', t0), () => t0);
  const renders = { count: 0 };
  render(
    <FluentProvider theme={webLightTheme}>
      <DraftStoreProvider value={store}>
        <Referrer store={store} renders={renders} />
      </DraftStoreProvider>
    </FluentProvider>,
  );
  return { store, renders, role: screen.getByLabelText('Your role') as HTMLInputElement };
}

beforeEach(() => jest.useFakeTimers({ doNotFake: ['requestAnimationFrame', 'cancelAnimationFrame'] }));
afterEach(() => jest.useRealTimers());

describe('typed fields', () => {
  test('typed keys show in the box at once and are in the draft; the section renders once, after the frame', () => {
    const drawFrame = installFrames();
    const { store, renders, role } = setUp();
    const before = renders.count;
    store.noteInput(true);
    fireEvent.change(role, { target: { value: 'S' } });
    fireEvent.change(role, { target: { value: 'So' } });
    expect(role.value).toBe('So');
    expect(store.get().referral.referrer?.role).toBe('So');
    expect(renders.count).toBe(before);
    drawFrame();
    expect(renders.count).toBe(before + 1);
    expect(role.value).toBe('So');
  });

  test('a change from elsewhere (another draft opened) replaces what the box shows, typed or not', () => {
    const drawFrame = installFrames();
    const { store, role } = setUp();
    store.noteInput(true);
    fireEvent.change(role, { target: { value: 'Social worker' } });
    act(() => store.dispatch({ type: 'edit-section', section: 'referrer', patch: { role: 'Nurse' } }));
    expect(role.value).toBe('Nurse');
    drawFrame();
    expect(role.value).toBe('Nurse');
    fireEvent.change(role, { target: { value: 'Nurses' } });
    drawFrame();
    act(() => store.dispatch({ type: 'replace', draft: newDraft('d2', t0) }));
    expect(role.value).toBe('');
  });

  test('text typed into a blank box does not come back when a blank draft is opened later', () => {
    const drawFrame = installFrames();
    const { store, role } = setUp();
    store.noteInput(true);
    fireEvent.change(role, { target: { value: 'X' } });
    drawFrame();
    act(() => store.dispatch({ type: 'replace', draft: newDraft('d2', t0) }));
    expect(store.get().referral.referrer?.role).toBeUndefined();
    expect(role.value).toBe('');
  });

  test('clearing a box removes the value from the draft, and a text area behaves the same', () => {
    const drawFrame = installFrames();
    const { store, role } = setUp();
    store.noteInput(true);
    fireEvent.change(role, { target: { value: 'Nurse' } });
    fireEvent.change(role, { target: { value: '' } });
    expect(role.value).toBe('');
    expect(store.get().referral.referrer?.role).toBeUndefined();
    const org = screen.getByLabelText('Organisation') as HTMLTextAreaElement;
    fireEvent.change(org, { target: { value: 'Lewisham' } });
    expect(org.value).toBe('Lewisham');
    drawFrame();
    expect(store.get().referral.referrer?.organisation).toBe('Lewisham');
    expect(org.value).toBe('Lewisham');
  });

  test('not typed (no key in a text box), the section renders with the change at once', () => {
    installFrames();
    const { store, renders, role } = setUp();
    const before = renders.count;
    store.noteInput(false);
    fireEvent.change(role, { target: { value: 'Nurse' } });
    expect(renders.count).toBe(before + 1);
    expect(role.value).toBe('Nurse');
  });
});

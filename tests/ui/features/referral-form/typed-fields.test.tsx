/** @jest-environment jsdom */
// A keystroke renders the field typed in and nothing else; the section catches up after the frame that shows it.
import { Profiler } from 'react';
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
  // Every React commit anywhere in the tree, the fields' own included.
  const commits = { count: 0 };
  render(
    <Profiler id="card" onRender={() => void (commits.count += 1)}>
      <FluentProvider theme={webLightTheme}>
        <DraftStoreProvider value={store}>
          <Referrer store={store} renders={renders} />
        </DraftStoreProvider>
      </FluentProvider>
    </Profiler>,
  );
  return { store, renders, commits, role: screen.getByLabelText('Your role') as HTMLInputElement };
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

  test('a keystroke makes React render nothing at all, not even the field typed in, until the frame is drawn', () => {
    const drawFrame = installFrames();
    const { store, commits, role } = setUp();
    const org = screen.getByLabelText('Organisation') as HTMLTextAreaElement;
    const before = commits.count;
    store.noteInput(true);
    for (const text of ['N', 'Nu', 'Nur']) fireEvent.change(role, { target: { value: text } });
    fireEvent.change(org, { target: { value: 'Lewisham' } });
    expect(commits.count).toBe(before);
    expect(role.value).toBe('Nur');
    expect(store.get().referral.referrer).toMatchObject({ role: 'Nur', organisation: 'Lewisham' });
    drawFrame();
    expect(commits.count).toBe(before + 1);
    expect([role.value, org.value]).toEqual(['Nur', 'Lewisham']);
  });

  test('the boxes are not controlled by React: what the browser put in a box stays, whatever React renders', () => {
    const drawFrame = installFrames();
    const { store, role } = setUp();
    store.noteInput(true);
    fireEvent.change(role, { target: { value: 'Social' } });
    // A render for an unrelated change (the organisation chosen elsewhere) before the frame: the box keeps its text.
    act(() => store.dispatch({ type: 'edit-section', section: 'referrer', patch: { organisation: 'Lewisham' } }));
    expect(role.value).toBe('Social');
    drawFrame();
    expect(role.value).toBe('Social');
    expect(store.get().referral.referrer).toMatchObject({ role: 'Social', organisation: 'Lewisham' });
  });

  test("a keystroke's events stop at the box, and the draft still takes the text", () => {
    installFrames();
    const { store, role } = setUp();
    const above: string[] = [];
    const listen = (e: Event) => above.push(e.type);
    for (const type of ['input', 'keyup', 'keypress', 'beforeinput']) document.addEventListener(type, listen);
    try {
      store.noteInput(true);
      fireEvent.keyPress(role, { key: 'A', charCode: 65 });
      fireEvent.input(role, { target: { value: 'A' } });
      fireEvent.keyUp(role, { key: 'A' });
      expect(above).toEqual([]);
      expect(store.get().referral.referrer?.role).toBe('A');
    } finally {
      for (const type of ['input', 'keyup', 'keypress', 'beforeinput']) document.removeEventListener(type, listen);
    }
  });

  test('text put in the box by a script (an input event, as the first screen hands over) reaches the draft', () => {
    installFrames();
    const { store, renders, role } = setUp();
    const before = renders.count;
    store.noteInput(false);
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(role, 'Health visitor');
    act(() => void role.dispatchEvent(new Event('input', { bubbles: true })));
    expect(store.get().referral.referrer?.role).toBe('Health visitor');
    expect(renders.count).toBe(before + 1);
  });

  test('the change event on leaving a box adds nothing when the draft already has its text', () => {
    const drawFrame = installFrames();
    const { store, role } = setUp();
    store.noteInput(true);
    fireEvent.input(role, { target: { value: 'Nurse' } });
    drawFrame();
    const draft = store.get();
    fireEvent.change(role, { target: { value: 'Nurse' } });
    expect(store.get()).toBe(draft);
    fireEvent.change(role, { target: { value: 'Nurse practitioner' } });
    expect(store.get().referral.referrer?.role).toBe('Nurse practitioner');
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

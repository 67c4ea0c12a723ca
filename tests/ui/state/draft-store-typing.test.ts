/** @jest-environment jsdom */
// A typed change is held at once and heard after the frame that shows it; everything else is heard at once.
import { afterFrame } from '../../../src/ui/state/after-frame';
import { newDraft } from '../../../src/ui/state/draft';
import { createDraftStore } from '../../../src/ui/state/draft-store';

const t0 = new Date('2026-11-23T10:00:00Z');
const role = (role: string) => ({ type: 'edit-section', section: 'referrer', patch: { role } }) as const;

/** requestAnimationFrame the test drives: frames are drawn when it says so. */
function installFrames() {
  const waiting = new Map<number, () => void>();
  let next = 0;
  Object.assign(window, {
    requestAnimationFrame: (run: () => void) => {
      next += 1;
      waiting.set(next, run);
      return next;
    },
    cancelAnimationFrame: (id: number) => void waiting.delete(id),
  });
  return {
    draw() {
      const runs = [...waiting.values()];
      waiting.clear();
      for (const run of runs) run();
    },
    get waiting() {
      return waiting.size;
    },
  };
}

beforeEach(() => jest.useFakeTimers({ doNotFake: ['requestAnimationFrame', 'cancelAnimationFrame'] }));
afterEach(() => jest.useRealTimers());

describe('afterFrame', () => {
  test('runs once the next frame is drawn, in a task of its own after it', () => {
    const frames = installFrames();
    const run = jest.fn();
    afterFrame(run);
    expect(run).not.toHaveBeenCalled();
    frames.draw();
    expect(run).not.toHaveBeenCalled(); // not inside the frame: after its style, layout and paint
    jest.advanceTimersByTime(0);
    expect(run).toHaveBeenCalledTimes(1);
    jest.advanceTimersByTime(1000);
    expect(run).toHaveBeenCalledTimes(1); // the fallback does not run it again
  });

  test('still runs when no frame comes (a hidden page), after the fallback wait', () => {
    installFrames();
    const run = jest.fn();
    afterFrame(run, 50);
    jest.advanceTimersByTime(49);
    expect(run).not.toHaveBeenCalled();
    jest.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(1);
  });

  test('cancelled, it never runs and leaves no frame waiting', () => {
    const frames = installFrames();
    const run = jest.fn();
    afterFrame(run)();
    expect(frames.waiting).toBe(0);
    frames.draw();
    jest.advanceTimersByTime(1000);
    expect(run).not.toHaveBeenCalled();
  });
});

describe('the draft store, typing', () => {
  test('a typed change is in the draft at once, and subscribers hear of the keys typed by then after the frame, once', () => {
    const frames = installFrames();
    const store = createDraftStore(newDraft('d1', t0), () => t0);
    const heard: (string | undefined)[] = [];
    store.subscribe(() => heard.push(store.get().referral.referrer?.role));
    store.noteInput(true);
    store.type(role('S'));
    store.type(role('So'));
    expect(store.get().referral.referrer?.role).toBe('So'); // autosave and "Check referral" read this
    expect(heard).toEqual([]);
    frames.draw();
    jest.advanceTimersByTime(0);
    expect(heard).toEqual(['So']);
    frames.draw();
    jest.advanceTimersByTime(1000);
    expect(heard).toEqual(['So']);
  });

  test('not typed (pasted with the mouse, filled in by the browser), the change is heard at once', () => {
    installFrames();
    const store = createDraftStore(newDraft('d1', t0), () => t0);
    const listener = jest.fn();
    store.subscribe(listener);
    store.noteInput(false);
    store.type(role('Nurse'));
    expect(listener).toHaveBeenCalledTimes(1);
  });

  test('any other change while a typed one waits is heard at once, with it, and nothing is heard twice', () => {
    const frames = installFrames();
    const store = createDraftStore(newDraft('d1', t0), () => t0);
    const heard: (string | undefined)[] = [];
    store.subscribe(() => heard.push(store.get().referral.referrer?.role));
    store.noteInput(true);
    store.type(role('Social'));
    store.dispatch({ type: 'edit-section', section: 'referrer', patch: { email: 'sam@council.gov.uk' } });
    expect(heard).toEqual(['Social']);
    expect(store.get().referral.referrer).toEqual({ role: 'Social', email: 'sam@council.gov.uk' });
    frames.draw();
    jest.advanceTimersByTime(1000);
    expect(heard).toEqual(['Social']);
  });

  test('a typed change that changes nothing is heard by no one', () => {
    const frames = installFrames();
    const store = createDraftStore(newDraft('d1', t0), () => t0);
    const listener = jest.fn();
    store.subscribe(listener);
    store.noteInput(true);
    store.type({ type: 'replace', draft: store.get() });
    frames.draw();
    jest.advanceTimersByTime(1000);
    expect(listener).not.toHaveBeenCalled();
  });
});

/** @jest-environment jsdom */
// A part of the card is skipped while out of view only once its real size is known, and laid out in full again
// whenever what it holds or its width changes while it is skipped, so its size is never a guess.
import { SKIP_ATTRIBUTE, skipWhileOffscreen } from '../../../src/ui/components/skip-offscreen';

type Report = { contentRect: { width: number; height: number } };

/** A browser's ResizeObserver, driven by the test: report() delivers what a frame's layout would. */
class FakeResizeObserver {
  static all: FakeResizeObserver[] = [];
  observed = new Set<Element>();
  /** Elements given to observe() since the last report: the browser reports each once it is laid out. */
  fresh = new Set<Element>();
  constructor(private readonly callback: (entries: Report[]) => void) {
    FakeResizeObserver.all.push(this);
  }
  observe(el: Element) {
    this.observed.add(el);
    this.fresh.add(el);
  }
  unobserve(el: Element) {
    this.observed.delete(el);
    this.fresh.delete(el);
  }
  disconnect() {
    this.observed.clear();
    this.fresh.clear();
  }
  report(width: number, height: number) {
    if (this.observed.size === 0) return;
    this.fresh.clear();
    this.callback([{ contentRect: { width, height } }]);
  }
}

const resize = (width: number, height: number) => FakeResizeObserver.all.forEach((o) => o.report(width, height));
/** What the browser says when it starts or stops skipping the part. */
function skipped(el: HTMLElement, value: boolean) {
  el.dispatchEvent(Object.assign(new Event('contentvisibilityautostatechange'), { skipped: value }));
}
/** Mutation records are delivered in a microtask. */
const mutationsDelivered = () => new Promise((r) => setTimeout(r, 0));

let restore: () => void;
beforeEach(() => {
  FakeResizeObserver.all = [];
  const w = window as unknown as Record<string, unknown>;
  const before = { ResizeObserver: w.ResizeObserver, Event: w.ContentVisibilityAutoStateChangeEvent, CSS: w.CSS };
  w.ResizeObserver = FakeResizeObserver;
  w.ContentVisibilityAutoStateChangeEvent = class extends Event {};
  w.CSS = { supports: (property: string, value: string) => property === 'content-visibility' && value === 'auto' };
  restore = () => {
    w.ResizeObserver = before.ResizeObserver;
    w.ContentVisibilityAutoStateChangeEvent = before.Event;
    w.CSS = before.CSS;
  };
});
afterEach(() => restore());

function part() {
  const el = document.createElement('section');
  el.innerHTML = '<p>Dana Example</p>';
  document.body.append(el);
  return el;
}

describe('skipping a part while it is out of view', () => {
  test('is not marked before it has been laid out, nor while it is not shown (another tab)', () => {
    const el = part();
    skipWhileOffscreen(el);
    expect(el.hasAttribute(SKIP_ATTRIBUTE)).toBe(false);
    resize(0, 0);
    expect(el.hasAttribute(SKIP_ATTRIBUTE)).toBe(false);
    resize(360, 900);
    expect(el.hasAttribute(SKIP_ATTRIBUTE)).toBe(true);
  });

  test('a change inside it while skipped lays it out in full at once, and it is marked again once measured', async () => {
    const el = part();
    skipWhileOffscreen(el);
    resize(360, 900);
    skipped(el, true);
    el.querySelector('p')!.textContent = 'Problems shown after "Check referral"';
    await mutationsDelivered();
    expect(el.hasAttribute(SKIP_ATTRIBUTE)).toBe(false);
    resize(360, 1000);
    expect(el.hasAttribute(SKIP_ATTRIBUTE)).toBe(true);
  });

  test('a change inside it while on screen leaves it marked (the browser lays it out anyway)', async () => {
    const el = part();
    skipWhileOffscreen(el);
    resize(360, 900);
    skipped(el, false);
    el.append(document.createElement('p'));
    await mutationsDelivered();
    expect(el.hasAttribute(SKIP_ATTRIBUTE)).toBe(true);
  });

  test('a new width while skipped (the pane resized) lays it out in full again; a new height alone does not', () => {
    const el = part();
    skipWhileOffscreen(el);
    resize(360, 900);
    skipped(el, true);
    resize(360, 950);
    expect(el.hasAttribute(SKIP_ATTRIBUTE)).toBe(true);
    resize(300, 950);
    expect(el.hasAttribute(SKIP_ATTRIBUTE)).toBe(false);
    resize(300, 1200);
    expect(el.hasAttribute(SKIP_ATTRIBUTE)).toBe(true);
  });

  test('stopping removes the mark and no longer watches the part', async () => {
    const el = part();
    const stop = skipWhileOffscreen(el);
    resize(360, 900);
    stop();
    expect(el.hasAttribute(SKIP_ATTRIBUTE)).toBe(false);
    resize(360, 900);
    el.append(document.createElement('p'));
    await mutationsDelivered();
    expect(el.hasAttribute(SKIP_ATTRIBUTE)).toBe(false);
  });

  test('where the browser cannot say when a part is skipped, nothing is ever marked', () => {
    delete (window as unknown as Record<string, unknown>).ContentVisibilityAutoStateChangeEvent;
    const el = part();
    skipWhileOffscreen(el);
    resize(360, 900);
    expect(el.hasAttribute(SKIP_ATTRIBUTE)).toBe(false);
    expect(FakeResizeObserver.all).toHaveLength(0);
  });
});

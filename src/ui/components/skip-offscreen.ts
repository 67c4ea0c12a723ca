// A long part of the card (a section, a person's card) is skipped by the browser while it is far out of view
// (CSS content-visibility: auto), so a keystroke's frame costs what is near the screen, not the whole referral.
// A skipped part takes the size it last had when it was laid out. So that size is always its real one:
//  - a part is marked for skipping only once it has been laid out in full (its size then remembered);
//  - when its content changes while skipped (a draft restored, problems shown after "Check referral", a service
//    chosen from the panel) or its width changes (the pane resized), it is laid out in full again, at once, and marked
//    again once its new size has been remembered.
// Otherwise a part never yet on screen would keep a guessed height, and whatever reads where its content is (axe, a
// screen reader's geometry) would find that content spilling over the next part.
import { useEffect, useRef } from 'react';
import type { RefObject } from 'react';
import { useSkipOffscreenStyles } from './skip-offscreen.styles';

export const SKIP_ATTRIBUTE = 'data-skip-offscreen';

type StateChange = Event & { readonly skipped: boolean };

/** content-visibility: auto, with the event that says when a part is skipped (Chromium 124, Firefox 130, Safari 18). */
function supported(win: Window & typeof globalThis): boolean {
  const w = win as Partial<typeof win> & { ContentVisibilityAutoStateChangeEvent?: unknown };
  return (
    typeof w.ResizeObserver === 'function' &&
    typeof w.MutationObserver === 'function' &&
    typeof w.ContentVisibilityAutoStateChangeEvent === 'function' &&
    w.CSS?.supports?.('content-visibility', 'auto') === true
  );
}

/** Marks `el` for skipping while out of view, as above; returns the function that stops it (the mark is removed). */
export function skipWhileOffscreen(el: HTMLElement): () => void {
  const win = el.ownerDocument.defaultView;
  if (!win || !supported(win)) return () => undefined;
  let skipped = false;
  let width = -1;
  // Its next report comes once the part has been laid out in full: a size the browser has just remembered too.
  const layOutInFull = () => {
    skipped = false;
    el.removeAttribute(SKIP_ATTRIBUTE);
    sizes.unobserve(el);
    sizes.observe(el);
  };
  const sizes = new win.ResizeObserver((entries) => {
    const box = entries[entries.length - 1]?.contentRect;
    // Not shown (another tab of a narrow pane): nothing was laid out, so nothing was remembered.
    if (!box || (box.width === 0 && box.height === 0)) return;
    const widthChanged = width >= 0 && box.width !== width;
    width = box.width;
    if (!el.hasAttribute(SKIP_ATTRIBUTE)) el.setAttribute(SKIP_ATTRIBUTE, '');
    else if (skipped && widthChanged) layOutInFull();
  });
  const changes = new win.MutationObserver(() => {
    if (skipped) layOutInFull();
  });
  const onStateChange = (e: Event) => {
    skipped = (e as StateChange).skipped;
  };
  el.addEventListener('contentvisibilityautostatechange', onStateChange);
  changes.observe(el, { subtree: true, childList: true, characterData: true, attributes: true });
  sizes.observe(el);
  return () => {
    sizes.disconnect();
    changes.disconnect();
    el.removeEventListener('contentvisibilityautostatechange', onStateChange);
    el.removeAttribute(SKIP_ATTRIBUTE);
  };
}

/** The ref and class for a part skipped while out of view (see above). */
export function useSkipOffscreen<T extends HTMLElement>(): { readonly ref: RefObject<T>; readonly className: string } {
  const ref = useRef<T>(null);
  const s = useSkipOffscreenStyles();
  useEffect(() => {
    const el = ref.current;
    return el ? skipWhileOffscreen(el) : undefined;
  }, []);
  return { ref, className: s.root };
}

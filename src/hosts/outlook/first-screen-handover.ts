// outlook.html opens with the card's first screen already in it (first-screen.tsx, rendered at build time): fields a
// referrer can click and type into while the scripts load. When the card starts it replaces that markup; this hands
// over what was typed there and where the cursor was, so nothing typed is lost and typing carries on in the same field.
import { flushSync } from 'react-dom';
import type { Root } from 'react-dom/client';

export const FIRST_SCREEN_ATTRIBUTE = 'data-first-screen';
export const STARTING_STATUS = 'Starting Referral Card…';

type TextBox = HTMLInputElement | HTMLTextAreaElement;

/** What the referrer did on the build-time first screen, by field id (fields are named by their draft path). */
type Typed = {
  readonly values: ReadonlyMap<string, string>;
  readonly focus?: { readonly id: string; readonly start: number | null; readonly end: number | null };
};

const TEXT_BOXES = 'input:not([type]), input[type="text"], input[type="email"], input[type="tel"], textarea';

export const showsFirstScreen = (container: Element): boolean =>
  container.querySelector(`[${FIRST_SCREEN_ATTRIBUTE}]`) !== null;

/** The id of the field a text box belongs to: the element with the field's id wraps its control. */
function fieldOf(box: Element): string | undefined {
  const id = box.closest('[id^="f-"]')?.id;
  return id && box.closest(`[${FIRST_SCREEN_ATTRIBUTE}]`) ? id : undefined;
}

function readTyped(container: Element, active: Element | null): Typed {
  const values = new Map<string, string>();
  for (const box of container.querySelectorAll<TextBox>(TEXT_BOXES)) {
    const id = fieldOf(box);
    if (id && box.value !== box.defaultValue) values.set(id, box.value);
  }
  const focusId = active && container.contains(active) && active.matches(TEXT_BOXES) ? fieldOf(active) : undefined;
  if (!focusId) return { values };
  const box = active as TextBox;
  return { values, focus: { id: focusId, start: box.selectionStart, end: box.selectionEnd } };
}

/** Types `value` into the card's own box, as the browser would: the card hears it through its change handler. */
function typeInto(box: TextBox, value: string): void {
  const proto = box instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(box, value);
  box.dispatchEvent(new Event('input', { bubbles: true }));
}

function boxIn(container: Element, id: string): TextBox | null {
  const field = container.ownerDocument.getElementById(id);
  return field && container.contains(field) ? field.querySelector<TextBox>(TEXT_BOXES) : null;
}

/** Hands `typed` to the fields now rendered; returns what is still waiting for its field (the card not yet shown). */
function handOver(container: Element, typed: Typed): Typed | undefined {
  const waiting = new Map<string, string>();
  for (const [id, value] of typed.values) {
    const box = boxIn(container, id);
    if (box) typeInto(box, value);
    else waiting.set(id, value);
  }
  let { focus } = typed;
  const box = focus && boxIn(container, focus.id);
  if (focus && box) {
    box.focus();
    if (focus.start !== null && focus.end !== null) box.setSelectionRange(focus.start, focus.end);
    focus = undefined;
  }
  return waiting.size > 0 || focus ? { values: waiting, ...(focus ? { focus } : {}) } : undefined;
}

/**
 * The root the card renders into, taking over from the build-time first screen: the first render reads what was typed
 * there, and each render hands it to the card's fields once they are on screen (the sign-in page may come between).
 */
export function firstScreenRoot(root: Root, container: Element, doc: Document = document): Root {
  let pending: Typed | undefined;
  return {
    render(children) {
      if (showsFirstScreen(container)) pending = readTyped(container, doc.activeElement);
      if (!pending) return root.render(children);
      flushSync(() => root.render(children));
      pending = handOver(container, pending);
    },
    unmount: () => root.unmount(),
  };
}

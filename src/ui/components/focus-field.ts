const CONTROL = 'input:not([type=hidden]), select, textarea, button, [tabindex]';

/** Moves focus to the field with `id` (or the first control inside it; the checked radio first) and shows it. */
export function focusField(id: string, doc: Document = document): boolean {
  const el = doc.getElementById(id);
  if (!el) return false;
  const target = el.matches(CONTROL)
    ? el
    : (el.querySelector<HTMLElement>('input[type=radio]:checked') ?? el.querySelector<HTMLElement>(CONTROL));
  (target ?? el).focus();
  // jsdom has no scrollIntoView; browsers do.
  if (typeof el.scrollIntoView === 'function') el.scrollIntoView({ block: 'center' });
  return true;
}

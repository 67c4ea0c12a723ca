// Moving about the card with the keyboard only: Tab / Shift+Tab to reach a control, arrow keys inside radio groups,
// selects and tab lists, Space and Enter to act. Locators only say where to go; nothing here clicks or fills.
import type { Locator, Page } from 'playwright-core';
import { eventually } from './wait';

const MAX_TABS = 600;

/** What has focus now, in words, for error messages. */
async function focusedDescription(page: Page): Promise<string> {
  return page.evaluate(() => {
    const a = document.activeElement;
    if (!a || a === document.body) return 'nothing (the page)';
    const label =
      a.getAttribute('aria-label') ?? (a as HTMLInputElement).labels?.[0]?.textContent ?? a.textContent ?? '';
    return `<${a.tagName.toLowerCase()}${a.id ? ` id="${a.id}"` : ''}${a.getAttribute('role') ? ` role="${a.getAttribute('role')}"` : ''}> "${label.trim().slice(0, 60)}"`;
  });
}

/**
 * Presses Tab (or Shift+Tab, when the target lies before the focus) until the focus is on `target`, or inside it
 * when `inside` is set (a radio group: Tab lands on its checked or first radio). Fails if it takes too many presses.
 */
export async function tabTo(page: Page, target: Locator, options: { inside?: boolean } = {}): Promise<void> {
  await target.waitFor();
  const handle = await target.elementHandle();
  if (!handle) throw new Error(`tabTo: ${target} is not on the page`);
  let last = '';
  for (let presses = 0; presses <= MAX_TABS; presses += 1) {
    const where = await page.evaluate(
      ([el, inside]) => {
        const a = document.activeElement;
        if (a === el || (inside && a && el.contains(a))) return 'here';
        if (!a || a === document.body) return 'forward';
        return a.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING ? 'forward' : 'back';
      },
      [handle, options.inside ?? false] as const,
    );
    if (where === 'here') return;
    await page.keyboard.press(where === 'forward' ? 'Tab' : 'Shift+Tab');
    last = await focusedDescription(page);
  }
  throw new Error(`tabTo: ${MAX_TABS} presses of Tab did not reach ${target}; focus was last on ${last}`);
}

/** Tabs to a text box and types (the keyboard, character by character). */
export async function typeInto(page: Page, field: Locator, text: string): Promise<void> {
  await tabTo(page, field);
  await page.keyboard.type(text);
}

/** Tabs into a radio group and moves with the arrow keys until `option` is checked (Space checks the first). */
export async function chooseRadio(page: Page, group: Locator, option: string): Promise<void> {
  await tabTo(page, group, { inside: true });
  const target = group.getByRole('radio', { name: option, exact: true });
  const count = await group.getByRole('radio').count();
  for (let i = 0; i <= count; i += 1) {
    if (await target.isChecked()) return;
    const focusedOnTarget = await target.evaluate((el) => el === document.activeElement);
    await page.keyboard.press(focusedOnTarget ? 'Space' : 'ArrowDown');
  }
  throw new Error(
    `chooseRadio: arrow keys never checked "${option}" in ${group}; focus on ${await focusedDescription(page)}`,
  );
}

/** Tabs to a select and presses ArrowDown until the chosen option's text is `label`. */
export async function chooseOption(page: Page, select: Locator, label: string): Promise<void> {
  await tabTo(page, select);
  const count = await select.locator('option').count();
  for (let i = 0; i <= count; i += 1) {
    const shown = await select.evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.textContent ?? '');
    if (shown === label) return;
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`chooseOption: ArrowDown never reached "${label}" in ${select}`);
}

/** Tabs to a checkbox and presses Space (once: it must end up checked). */
export async function tick(page: Page, checkbox: Locator): Promise<void> {
  await tabTo(page, checkbox);
  if (!(await checkbox.isChecked())) await page.keyboard.press('Space');
  await eventually(async () => (await checkbox.isChecked()) || false, `Space to check ${checkbox}`);
}

/** Tabs to a button (or link) and presses Enter. */
export async function press(page: Page, control: Locator, key: 'Enter' | 'Space' = 'Enter'): Promise<void> {
  await tabTo(page, control);
  await page.keyboard.press(key);
}

/** Tabs into a tab list, arrows to the tab, and selects it with Enter. */
export async function selectTab(page: Page, tablist: Locator, tab: Locator): Promise<void> {
  await tabTo(page, tablist, { inside: true });
  const count = await tablist.getByRole('tab').count();
  for (let i = 0; i <= count; i += 1) {
    if (await tab.evaluate((el) => el === document.activeElement)) break;
    await page.keyboard.press('ArrowRight');
  }
  if ((await tab.getAttribute('aria-selected')) !== 'true') await page.keyboard.press('Enter');
  await eventually(async () => (await tab.getAttribute('aria-selected')) === 'true', `Enter to select ${tab}`);
}

/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import axe from 'axe-core';
import { DraftsMenu } from '../../../../src/ui/features/drafts/drafts-menu';
import type { DraftsMenuProps } from '../../../../src/ui/features/drafts/drafts-menu';

const jo = { id: 'a', updatedAt: '2026-11-23T10:42:00.000Z', title: 'Referral for Jo, started 23/11/2026 10:30' };
const blank = { id: 'b', updatedAt: '2026-07-01T08:05:00.000Z', title: 'Referral started 01/07/2026 09:00' };

function props(over: Partial<DraftsMenuProps> = {}): DraftsMenuProps {
  return {
    status: 'ready',
    savedAt: '2026-11-23T10:42:00.000Z',
    currentId: 'a',
    list: [jo, blank],
    open: jest.fn(async () => undefined),
    remove: jest.fn(async () => undefined),
    startNew: jest.fn(),
    stopSaving: jest.fn(),
    ...over,
  };
}

const show = (p: DraftsMenuProps) =>
  render(
    <FluentProvider theme={webLightTheme}>
      <DraftsMenu {...p} />
    </FluentProvider>,
  );
const openMenu = () => fireEvent.click(screen.getByRole('button', { name: 'Drafts (2)' }));

// jsdom has no layout: offsetParent is always null and the body has no size, so tabster (Fluent's focus manager)
// would take every element for hidden and move focus nowhere. Lay the page out as a 400 x 800 pane would be.
const offsetParent = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'offsetParent');
beforeAll(() => {
  Object.defineProperty(HTMLElement.prototype, 'offsetParent', {
    configurable: true,
    get(this: HTMLElement) {
      return this.parentElement;
    },
  });
  HTMLCanvasElement.prototype.getContext = () => null; // axe probes icon fonts with a canvas jsdom has not got
  document.body.getBoundingClientRect = () => ({
    x: 0,
    y: 0,
    top: 0,
    left: 0,
    right: 400,
    bottom: 800,
    width: 400,
    height: 800,
    toJSON: () => ({}),
  });
});
afterAll(() => offsetParent && Object.defineProperty(HTMLElement.prototype, 'offsetParent', offsetParent));

async function noAxeViolations(): Promise<void> {
  // Colour contrast needs layout, which jsdom has not got; the e2e suite checks it in Chromium.
  // WCAG rules only: axe's best-practice "region" flags Fluent's popover portal, which sits outside the page landmarks.
  const result = await axe.run(document.body, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    rules: { 'color-contrast': { enabled: false } },
  });
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`)).toEqual([]);
}

describe('DraftsMenu', () => {
  test('lists drafts with their title and when they were saved, in UK format and London time', async () => {
    show(props());
    openMenu();
    const menu = await screen.findByRole('menu');
    const items = within(menu).getAllByRole('menuitem');
    expect(items.map((i) => i.textContent)).toEqual([
      'New referral',
      'Referral for Jo, started 23/11/2026 10:30open now, saved 23/11/2026 10:42',
      'Delete…',
      'Referral started 01/07/2026 09:00saved 01/07/2026 09:05', // 08:05 UTC is 09:05 BST
      'Delete…',
    ]);
    expect(items[1]?.getAttribute('aria-current')).toBe('true');
    expect(items[3]?.hasAttribute('aria-current')).toBe(false);
    expect(within(menu).getByRole('menuitem', { name: 'Delete Referral started 01/07/2026 09:00' })).toBeTruthy();
    await noAxeViolations();
  });

  test('choosing a draft opens it; "New referral" starts one', async () => {
    const p = props();
    show(p);
    openMenu();
    fireEvent.click(await screen.findByRole('menuitem', { name: /^Referral started 01\/07\/2026/ }));
    expect(p.open).toHaveBeenCalledWith('b');
    openMenu();
    fireEvent.click(await screen.findByRole('menuitem', { name: 'New referral' }));
    expect(p.startNew).toHaveBeenCalledTimes(1);
    expect(p.remove).not.toHaveBeenCalled();
  });

  test('delete asks first in an alert dialog; "Keep it" keeps the draft, "Delete draft" deletes it', async () => {
    const p = props();
    show(p);
    openMenu();
    fireEvent.click(await screen.findByRole('menuitem', { name: 'Delete Referral for Jo, started 23/11/2026 10:30' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Delete this draft?' });
    const described = document.getElementById(dialog.getAttribute('aria-describedby') ?? '');
    expect(described?.textContent).toBe(
      '“Referral for Jo, started 23/11/2026 10:30” will be deleted from this device. This cannot be undone.',
    );
    expect(p.remove).not.toHaveBeenCalled();
    await noAxeViolations();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Keep it' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(p.remove).not.toHaveBeenCalled();

    openMenu();
    fireEvent.click(await screen.findByRole('menuitem', { name: 'Delete Referral started 01/07/2026 09:00' }));
    fireEvent.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Delete draft' }));
    expect(p.remove).toHaveBeenCalledWith('b');
    expect(p.remove).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Drafts (2)' }));
  });

  test('works by keyboard: open the menu, move with arrows, choose with Enter, cancel the dialog with Escape', async () => {
    const p = props();
    show(p);
    const button = screen.getByRole('button', { name: 'Drafts (2)' });
    button.focus();
    fireEvent.keyDown(button, { key: 'ArrowDown' });
    const menu = await screen.findByRole('menu');
    const items = within(menu).getAllByRole('menuitem');
    await waitFor(() => expect(document.activeElement).toBe(items[0]));
    for (let i = 1; i <= 3; i += 1) {
      fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowDown' });
      await waitFor(() => expect(document.activeElement).toBe(items[i]));
    }
    fireEvent.keyDown(document.activeElement as Element, { key: 'Enter' });
    expect(p.open).toHaveBeenCalledWith('b');

    // Enter and Space on the native button are the browser's own click, which jsdom does not synthesise.
    button.focus();
    fireEvent.keyDown(button, { key: 'ArrowDown' });
    const again = within(await screen.findByRole('menu')).getAllByRole('menuitem');
    await waitFor(() => expect(document.activeElement).toBe(again[0]));
    fireEvent.keyDown(document.activeElement as Element, { key: 'End' });
    await waitFor(() => expect(document.activeElement).toBe(again[4]));
    fireEvent.keyDown(document.activeElement as Element, { key: 'Enter' });
    const dialog = await screen.findByRole('alertdialog');
    await waitFor(() => expect(dialog.contains(document.activeElement)).toBe(true));
    fireEvent.keyDown(document.activeElement as Element, { key: 'Escape' });
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(p.remove).not.toHaveBeenCalled();
  });

  test('the save status is said politely: saved time, the error in words, the memory-only notice', () => {
    const view = show(props());
    const status = screen.getByRole('status');
    expect(status.getAttribute('aria-live')).toBe('polite');
    expect(status.textContent).toBe('Saved at 10:42');
    // Saved again within the minute: the words stay the same, so nothing is read out again while typing.
    view.rerender(
      <FluentProvider theme={webLightTheme}>
        <DraftsMenu {...props({ savedAt: '2026-11-23T10:42:59.000Z' })} />
      </FluentProvider>,
    );
    expect(status.textContent).toBe('Saved at 10:42');
    const error = 'Your browser has no room to save this draft; delete drafts you no longer need.';
    view.rerender(
      <FluentProvider theme={webLightTheme}>
        <DraftsMenu {...props({ error, notice: 'Drafts are kept only while this pane stays open.' })} />
      </FluentProvider>,
    );
    expect(status.textContent).toBe(`${error}Drafts are kept only while this pane stays open.`);
    view.rerender(
      <FluentProvider theme={webLightTheme}>
        <DraftsMenu {...props({ status: 'loading', savedAt: undefined, list: [] })} />
      </FluentProvider>,
    );
    expect(status.textContent).toBe('Loading drafts…');
    expect(screen.getByRole('button', { name: 'Drafts (0)' })).toBeTruthy();
  });

  test('hostile titles are shown as text, never as markup', async () => {
    const evil = {
      id: 'x',
      updatedAt: jo.updatedAt,
      title: 'Referral for <img src=x onerror=alert(1)>, started 23/11/2026 10:30',
    };
    show(props({ list: [evil, blank] }));
    openMenu();
    await act(async () => undefined);
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getByRole('menuitem', { name: `Delete ${evil.title}` })).toBeTruthy();
  });
});

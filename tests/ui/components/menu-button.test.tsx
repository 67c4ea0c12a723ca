/** @jest-environment jsdom */
// The menu button and the confirm dialog written in place of Fluent's Menu and Dialog: the keyboard and pointer
// behaviour the WAI-ARIA patterns ask for, and nothing hidden that can take focus.
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { ConfirmDialog } from '../../../src/ui/components/confirm-dialog';
import { MenuButton } from '../../../src/ui/components/menu-button';

afterEach(cleanup);

function showMenu() {
  const chosen: string[] = [];
  const entry = (key: string, extra: object = {}) => ({
    key,
    content: key,
    onSelect: () => chosen.push(key),
    ...extra,
  });
  render(
    <FluentProvider theme={webLightTheme}>
      <MenuButton
        items={[entry('One'), entry('Two', { divider: true, current: true }), entry('Three', { label: 'Third' })]}
      >
        Drafts
      </MenuButton>
      <button type="button">Elsewhere</button>
    </FluentProvider>,
  );
  return { chosen, button: screen.getByRole('button', { name: /^Drafts/ }) };
}

describe('MenuButton', () => {
  test('Up opens on the last item; Escape closes and returns to the button', () => {
    const { button, chosen } = showMenu();
    expect(button.getAttribute('aria-haspopup')).toBe('menu');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    fireEvent.keyDown(button, { key: 'ArrowUp' });
    const menu = screen.getByRole('menu', { name: /^Drafts/ });
    expect(button.getAttribute('aria-controls')).toBe(menu.id);
    expect(document.activeElement).toBe(within(menu).getByRole('menuitem', { name: 'Third' }));
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' }); // wraps
    expect(document.activeElement?.textContent).toBe('One');
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(button);
    expect(chosen).toEqual([]);
  });

  test('marks the current entry, draws dividers, and chooses with Space or a click', () => {
    const { button, chosen } = showMenu();
    fireEvent.click(button);
    const menu = screen.getByRole('menu');
    expect(within(menu).getAllByRole('separator')).toHaveLength(1);
    expect(within(menu).getByRole('menuitem', { name: 'Two' }).getAttribute('aria-current')).toBe('true');
    fireEvent.keyDown(within(menu).getByRole('menuitem', { name: 'Two' }), { key: ' ' });
    expect(chosen).toEqual(['Two']);
    expect(screen.queryByRole('menu')).toBeNull();
    fireEvent.click(button);
    fireEvent.click(screen.getByRole('menuitem', { name: 'Third' }));
    expect(chosen).toEqual(['Two', 'Three']);
  });

  test('Tab or a click elsewhere closes it without choosing', () => {
    const { button, chosen } = showMenu();
    fireEvent.click(button);
    fireEvent.keyDown(screen.getAllByRole('menuitem')[0]!, { key: 'Tab' });
    expect(screen.queryByRole('menu')).toBeNull();
    fireEvent.click(button);
    fireEvent.pointerDown(screen.getByRole('button', { name: 'Elsewhere' }));
    expect(screen.queryByRole('menu')).toBeNull();
    expect(chosen).toEqual([]);
  });
});

describe('ConfirmDialog', () => {
  function showDialog(open = true) {
    const calls: string[] = [];
    const view = render(
      <FluentProvider theme={webLightTheme}>
        <ConfirmDialog
          open={open}
          title="Delete this?"
          confirm="Delete"
          cancel="Keep it"
          onConfirm={() => calls.push('confirm')}
          onCancel={() => calls.push('cancel')}
        >
          It cannot be undone.
        </ConfirmDialog>
      </FluentProvider>,
    );
    return { calls, view };
  }

  test('is nothing while closed', () => {
    showDialog(false);
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });

  test('an alert dialog named and described, focus on the choice that changes nothing, kept inside by Tab', () => {
    const { calls } = showDialog();
    const dialog = screen.getByRole('alertdialog', { name: 'Delete this?' });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(document.getElementById(dialog.getAttribute('aria-describedby')!)?.textContent).toBe('It cannot be undone.');
    const keep = within(dialog).getByRole('button', { name: 'Keep it' });
    const del = within(dialog).getByRole('button', { name: 'Delete' });
    expect(document.activeElement).toBe(keep);
    fireEvent.keyDown(keep, { key: 'Tab' });
    expect(document.activeElement).toBe(del);
    fireEvent.keyDown(del, { key: 'Tab', shiftKey: true });
    expect(document.activeElement).toBe(keep);
    fireEvent.click(del);
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(calls).toEqual(['confirm', 'cancel']);
  });

  test('the browser closing it (its own Escape) is a cancel the dialog does not let through', () => {
    const { calls } = showDialog();
    const dialog = screen.getByRole('alertdialog');
    const event = new Event('cancel', { cancelable: true });
    dialog.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
    expect(calls).toEqual(['cancel']);
  });
});

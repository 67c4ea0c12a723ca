import { forwardRef, useEffect, useId, useRef, useState } from 'react';
import type { KeyboardEvent, ReactNode } from 'react';
import { Button } from '@fluentui/react-components';
import { useMenuButtonStyles } from './menu-button.styles';

export type MenuEntry = {
  readonly key: string;
  readonly content: ReactNode;
  readonly onSelect: () => void;
  /** The item's name for screen readers, when its content says less ("Delete…"). */
  readonly label?: string;
  /** The entry that is open now. */
  readonly current?: boolean;
  /** A line before the entry. */
  readonly divider?: boolean;
};

export type MenuButtonProps = {
  readonly children: ReactNode;
  readonly items: readonly MenuEntry[];
};

const MOVES: Readonly<Record<string, (index: number, count: number) => number>> = {
  ArrowDown: (i, n) => (i + 1) % n,
  ArrowUp: (i, n) => (i - 1 + n) % n,
  Home: () => 0,
  End: (_, n) => n - 1,
};

/**
 * The WAI-ARIA menu button in Fluent's look: Enter, Space, a click or Down opens the menu on its first item (Up on
 * its last), the arrow keys (wrapping), Home and End move, Enter or Space chooses, Escape closes and returns to the
 * button, Tab or a click elsewhere closes. Written here rather than with Fluent's Menu, whose focus manager (Tabster)
 * adds hidden focusable elements to the page that screen readers are told to ignore.
 */
export const MenuButton = forwardRef<HTMLButtonElement, MenuButtonProps>(function MenuButton(p, ref) {
  const s = useMenuButtonStyles();
  const [first, setFirst] = useState<'first' | 'last' | undefined>(undefined);
  const open = first !== undefined;
  const root = useRef<HTMLDivElement>(null);
  const menuId = useId();
  const buttonId = useId();
  const items = () => Array.from(root.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? []);
  const close = (toButton: boolean) => {
    setFirst(undefined);
    if (toButton) root.current?.querySelector<HTMLButtonElement>(`[id="${buttonId}"]`)?.focus();
  };

  useEffect(() => {
    if (!first) return;
    const list = items();
    (first === 'first' ? list[0] : list.at(-1))?.focus();
    const outside = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setFirst(undefined);
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, [first]);

  const onButtonKey = (e: KeyboardEvent) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    e.preventDefault();
    setFirst(e.key === 'ArrowDown' ? 'first' : 'last');
  };
  const choose = (entry: MenuEntry) => {
    close(true);
    entry.onSelect();
  };
  const onMenuKey = (e: KeyboardEvent, entry: MenuEntry) => {
    const list = items();
    const move = MOVES[e.key];
    if (move) {
      e.preventDefault();
      list[move(list.indexOf(e.target as HTMLElement), list.length)]?.focus();
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      choose(entry);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      close(true);
    } else if (e.key === 'Tab') close(false);
  };
  return (
    <div ref={root} className={s.root}>
      <Button
        ref={ref}
        id={buttonId}
        appearance="subtle"
        aria-haspopup="menu"
        aria-expanded={open}
        {...(open ? { 'aria-controls': menuId } : {})}
        onClick={() => (open ? close(false) : setFirst('first'))}
        onKeyDown={onButtonKey}
      >
        {p.children}
        <span aria-hidden="true" className={s.chevron}>
          ▾
        </span>
      </Button>
      {open && <MenuItems id={menuId} labelledBy={buttonId} items={p.items} onChoose={choose} onKeyDown={onMenuKey} />}
    </div>
  );
});

type MenuItemsProps = {
  readonly id: string;
  readonly labelledBy: string;
  readonly items: readonly MenuEntry[];
  readonly onChoose: (entry: MenuEntry) => void;
  readonly onKeyDown: (e: KeyboardEvent, entry: MenuEntry) => void;
};

function MenuItems({ id, labelledBy, items, onChoose, onKeyDown }: MenuItemsProps) {
  const s = useMenuButtonStyles();
  return (
    <div id={id} role="menu" aria-labelledby={labelledBy} className={s.menu}>
      {items.map((entry) => [
        entry.divider ? <div key={`${entry.key}-divider`} role="separator" className={s.divider} /> : null,
        <div
          key={entry.key}
          role="menuitem"
          tabIndex={-1}
          className={s.item}
          aria-label={entry.label}
          aria-current={entry.current || undefined}
          onClick={() => onChoose(entry)}
          onKeyDown={(e) => onKeyDown(e, entry)}
        >
          {entry.content}
        </div>,
      ])}
    </div>
  );
}

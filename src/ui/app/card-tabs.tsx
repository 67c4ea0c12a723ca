import { memo, useRef } from 'react';
import type { KeyboardEvent } from 'react';
import { mergeClasses } from '@fluentui/react-components';
import { useCardTabsStyles } from './card-tabs.styles';

export type CardTab<T extends string> = { readonly value: T; readonly label: string };

export type CardTabsProps<T extends string> = {
  readonly label: string;
  readonly tabs: readonly CardTab<T>[];
  readonly selected: T;
  readonly onSelect: (value: T) => void;
};

const MOVES: Readonly<Record<string, (index: number, count: number) => number>> = {
  ArrowRight: (i, n) => (i + 1) % n,
  ArrowLeft: (i, n) => (i - 1 + n) % n,
  Home: () => 0,
  End: (_, n) => n - 1,
};

/**
 * The task pane's tabs, as the WAI-ARIA tabs pattern: Tab reaches the selected tab, the arrow keys (wrapping), Home
 * and End move between them, and Enter, Space or a click selects one. Each tab controls the panel `panel-<value>` and
 * is `tab-<value>`. Written here, in Fluent's look, rather than Fluent's TabList, whose keyboard handling brings
 * Tabster onto the first screen: 23 KB gzip and about 50 ms of a 4x-throttled start.
 */
function CardTabsOf<T extends string>({ label, tabs, selected, onSelect }: CardTabsProps<T>) {
  const s = useCardTabsStyles();
  const list = useRef<HTMLDivElement>(null);
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const move = MOVES[e.key];
    const buttons = [...(list.current?.querySelectorAll<HTMLButtonElement>('[role="tab"]') ?? [])];
    const from = buttons.indexOf(e.target as HTMLButtonElement);
    if (!move || from < 0) return;
    e.preventDefault();
    buttons[move(from, buttons.length)]?.focus();
  };
  return (
    <div
      ref={list}
      role="tablist"
      aria-label={label}
      aria-orientation="horizontal"
      className={s.list}
      onKeyDown={onKeyDown}
    >
      {tabs.map((t) => {
        const on = t.value === selected;
        return (
          <button
            key={t.value}
            type="button"
            role="tab"
            id={`tab-${t.value}`}
            aria-controls={`panel-${t.value}`}
            aria-selected={on}
            tabIndex={on ? 0 : -1}
            className={mergeClasses(s.tab, on && s.selected)}
            onClick={() => onSelect(t.value)}
          >
            {t.label}
          </button>
        );
      })}
    </div>
  );
}

export const CardTabs = memo(CardTabsOf) as typeof CardTabsOf;

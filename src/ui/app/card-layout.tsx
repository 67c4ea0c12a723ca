import { useMemo } from 'react';
import type { ReactNode } from 'react';
import { useAppStyles } from './app.styles';
import { CardTabs } from './card-tabs';

export type CardView = 'form' | 'services' | 'dash';

export type CardLayoutProps = {
  readonly wide: boolean;
  readonly view: CardView;
  readonly onView: (view: CardView) => void;
  readonly form: ReactNode;
  readonly services: ReactNode;
  /** The DASH checklist, when a domestic-abuse service is in view or it has been opened. */
  readonly dash?: ReactNode;
  readonly servicesCount: number;
  /** Under the form: what stops filing, the chosen services, the error summary. */
  readonly details?: ReactNode;
  /** The action bar: always in view, and the next stop after the form's last field. */
  readonly bar?: ReactNode;
};

const LABELS: Readonly<Record<CardView, string>> = { form: 'Family details', services: 'Services', dash: 'DASH' };

/**
 * Narrow (the Outlook task pane, 320 px): one section at a time behind tabs, every panel kept mounted so nothing
 * typed or scrolled is lost when switching, and the action bar stuck to the bottom. Wide: the form left with the
 * action bar under it, the services (and the DASH checklist, behind a tab) right; each side scrolls on its own.
 *
 * Both layouts put the form, and the services and DASH panels, at the same place in the tree: a window resized or
 * zoomed across the wide layout's edge restyles them rather than making them afresh, so the field being typed in
 * keeps its focus and its text. Only the tabs and the action bar move.
 */
export function CardLayout(p: CardLayoutProps) {
  const s = useAppStyles();
  const views = p.wide ? (p.dash ? SIDE_WITH_DASH : SIDE) : p.dash ? VIEWS_WITH_DASH : VIEWS;
  // The same tabs while the views and the count stay: a keystroke re-renders the form, not the tabs.
  const tabs = useMemo(
    () =>
      views.map((v) => ({
        value: v,
        label: v === 'services' && p.servicesCount ? `${LABELS[v]} (${p.servicesCount})` : LABELS[v],
      })),
    [views, p.servicesCount],
  );
  const fallback = p.wide ? 'services' : 'form';
  const current = views.includes(p.view) ? p.view : fallback;
  const tabList = views.length > 1 && (
    <CardTabs
      label={p.wide ? 'Services and DASH' : 'Referral sections'}
      tabs={tabs}
      selected={current}
      onSelect={p.onView}
    />
  );
  const side: Partial<Record<CardView, ReactNode>> = { services: p.services, dash: p.dash };
  const sidePanels = views
    .filter((v) => v !== 'form')
    .map((v) => (
      // No layout class on a hidden panel: a class setting display would override the hidden attribute.
      <div
        key={v}
        id={`panel-${v}`}
        {...(views.length > 1 ? { role: 'tabpanel', 'aria-labelledby': `tab-${v}` } : {})}
        hidden={v !== current}
        className={v === current ? s.column : undefined}
      >
        {side[v]}
      </div>
    ));
  return (
    <div className={p.wide ? s.wide : s.column}>
      {!p.wide && tabList}
      <div
        key="form"
        {...(p.wide ? {} : { id: 'panel-form', role: 'tabpanel', 'aria-labelledby': 'tab-form' })}
        hidden={!p.wide && current !== 'form'}
        className={p.wide ? s.pane : undefined}
      >
        <div className={p.wide ? s.scroll : s.column}>
          {p.form}
          {p.details}
        </div>
        {p.wide && p.bar}
      </div>
      <div key="side" className={p.wide ? s.pane : s.contents}>
        {p.wide && tabList}
        <div className={p.wide ? s.scroll : s.contents}>{sidePanels}</div>
      </div>
      {!p.wide && p.bar}
    </div>
  );
}

const VIEWS: readonly CardView[] = ['form', 'services'];
const VIEWS_WITH_DASH: readonly CardView[] = ['form', 'services', 'dash'];
const SIDE: readonly CardView[] = ['services'];
const SIDE_WITH_DASH: readonly CardView[] = ['services', 'dash'];

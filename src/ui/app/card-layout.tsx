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
};

const LABELS: Readonly<Record<CardView, string>> = { form: 'Family details', services: 'Services', dash: 'DASH' };

/**
 * Narrow (the Outlook task pane, 320 px): one section at a time behind tabs, every panel kept mounted so nothing
 * typed or scrolled is lost when switching. Wide: the form left, the services right.
 */
export function CardLayout(p: CardLayoutProps) {
  const s = useAppStyles();
  const views = p.dash ? VIEWS_WITH_DASH : VIEWS;
  // The same tabs while the views and the count stay: a keystroke re-renders the form, not the tabs.
  const tabs = useMemo(
    () =>
      views.map((v) => ({
        value: v,
        label: v === 'services' && p.servicesCount ? `${LABELS[v]} (${p.servicesCount})` : LABELS[v],
      })),
    [views, p.servicesCount],
  );
  if (p.wide) {
    return (
      <div className={s.wide}>
        <div className={s.column}>
          {p.form}
          {p.dash}
        </div>
        <div className={s.column}>{p.services}</div>
      </div>
    );
  }
  const current = views.includes(p.view) ? p.view : 'form';
  const panels: Record<CardView, ReactNode> = { form: p.form, services: p.services, dash: p.dash };
  return (
    <div className={s.column}>
      <CardTabs label="Referral sections" tabs={tabs} selected={current} onSelect={p.onView} />
      {views.map((v) => (
        // No layout class on a hidden panel: a class setting display would override the hidden attribute.
        <div
          key={v}
          id={`panel-${v}`}
          role="tabpanel"
          aria-labelledby={`tab-${v}`}
          hidden={v !== current}
          className={v === current ? s.column : undefined}
        >
          {panels[v]}
        </div>
      ))}
    </div>
  );
}

const VIEWS: readonly CardView[] = ['form', 'services'];
const VIEWS_WITH_DASH: readonly CardView[] = ['form', 'services', 'dash'];

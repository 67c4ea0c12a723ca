import { forwardRef } from 'react';
import { Link } from '@fluentui/react-components';
import { useErrorSummaryStyles } from './error-summary.styles';

export type ErrorSummaryItem = { readonly fieldId: string; readonly message: string };

export type ErrorSummaryProps = {
  readonly items: readonly ErrorSummaryItem[];
  /** Takes the person to the field (switching section first if needed). */
  readonly onSelect: (fieldId: string) => void;
  readonly title?: string;
};

/**
 * GOV.UK error summary: a titled list at the point of action, each problem a link to its field. The caller moves
 * focus here (via the ref) when the referrer checks the referral, so the heading and count are read out.
 */
export const ErrorSummary = forwardRef<HTMLElement, ErrorSummaryProps>(function ErrorSummary(p, ref) {
  const s = useErrorSummaryStyles();
  if (p.items.length === 0) return null;
  return (
    <section id="error-summary" ref={ref} className={s.root} tabIndex={-1} aria-labelledby="error-summary-title">
      <h2 id="error-summary-title" className={s.title}>
        {p.title ?? 'There is a problem'}
      </h2>
      <ul className={s.list}>
        {p.items.map((item) => (
          <li key={item.fieldId}>
            <Link
              className={s.link}
              href={`#${item.fieldId}`}
              onClick={(e) => {
                e.preventDefault();
                p.onSelect(item.fieldId);
              }}
            >
              {item.message}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
});

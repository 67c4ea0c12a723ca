import type { ReactNode } from 'react';
import { mergeClasses } from '@fluentui/react-components';
import { useSectionStyles } from './Section.styles';

export type SectionProps = {
  readonly id: string;
  readonly title: string;
  readonly description?: ReactNode;
  readonly children: ReactNode;
  /**
   * Skip laying out and painting the section while it is out of view (content-visibility: auto). Only for sections
   * that change only while in view (by the referrer's own input there), never for those other parts update.
   */
  readonly skipOffscreen?: boolean;
};

/** A titled part of the card; its heading names the region for screen-reader navigation. */
export function Section({ id, title, description, children, skipOffscreen }: SectionProps) {
  const s = useSectionStyles();
  return (
    <section id={id} className={skipOffscreen ? mergeClasses(s.root, s.skipOffscreen) : s.root} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className={s.title}>{title}</h2>
      {description && <p className={s.description}>{description}</p>}
      {children}
    </section>
  );
}

import type { ReactNode } from 'react';
import { useSectionStyles } from './Section.styles';

export type SectionProps = {
  readonly id: string;
  readonly title: string;
  readonly description?: ReactNode;
  readonly children: ReactNode;
};

/** A titled part of the card; its heading names the region for screen-reader navigation. */
export function Section({ id, title, description, children }: SectionProps) {
  const s = useSectionStyles();
  return (
    <section id={id} className={s.root} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className={s.title}>{title}</h2>
      {description && <p className={s.description}>{description}</p>}
      {children}
    </section>
  );
}

import type { ReactNode } from 'react';
import { mergeClasses } from '@fluentui/react-components';
import { useSectionStyles } from './section.styles';
import { useSkipOffscreen } from './skip-offscreen';

export type SectionProps = {
  readonly id: string;
  readonly title: string;
  readonly description?: ReactNode;
  readonly children: ReactNode;
  /**
   * Lay the section out and paint it on its own (CSS containment), and skip it while it is far out of view
   * (skip-offscreen.ts), for long sections.
   */
  readonly contained?: boolean;
};

/** A titled part of the card; its heading names the region for screen-reader navigation. */
export function Section({ id, title, description, children, contained }: SectionProps) {
  const s = useSectionStyles();
  const skip = useSkipOffscreen<HTMLElement>();
  return (
    <section
      id={id}
      ref={contained ? skip.ref : undefined}
      className={contained ? mergeClasses(s.root, s.contained, skip.className) : s.root}
      aria-labelledby={`${id}-title`}
    >
      <h2 id={`${id}-title`} className={s.title}>
        {title}
      </h2>
      {description && <p className={s.description}>{description}</p>}
      {children}
    </section>
  );
}

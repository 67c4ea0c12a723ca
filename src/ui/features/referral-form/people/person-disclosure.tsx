import { useId, useState } from 'react';
import type { ReactNode } from 'react';
import { Button } from '@fluentui/react-components';
import { usePersonDisclosureStyles } from './person-disclosure.styles';

export type PersonDisclosureProps = {
  readonly summary: string;
  /** Open at first when something inside is answered already, so an answer is never hidden. */
  readonly answered: boolean;
  readonly children: ReactNode;
};

/** Questions most people skip, folded away under one button, so a person's card stays short. */
export function PersonDisclosure({ summary, answered, children }: PersonDisclosureProps) {
  const s = usePersonDisclosureStyles();
  const [open, setOpen] = useState(answered);
  const bodyId = useId();
  return (
    <div className={s.details}>
      <Button
        appearance="transparent"
        className={s.summary}
        icon={<span aria-hidden="true">{open ? '▾' : '▸'}</span>}
        aria-expanded={open}
        aria-controls={bodyId}
        onClick={() => setOpen((o) => !o)}
      >
        {summary}
      </Button>
      <div id={bodyId} className={s.body} hidden={!open}>
        {open && children}
      </div>
    </div>
  );
}

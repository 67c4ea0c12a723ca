import { memo } from 'react';
import { Button, mergeClasses } from '@fluentui/react-components';
import { fieldId } from '../../../components/field-id';
import { useSkipOffscreen } from '../../../components/skip-offscreen';
import { FormPart } from '../form-part';
import { useFormActions } from '../form-context';
import { useFormStyles } from '../form.styles';
import { AdultFields } from './adult-fields';
import { ChildFields } from './child-fields';
import { personTitle } from './use-add-person';
import type { DraftPerson } from '../../../state/draft';

export type PersonCardProps = {
  readonly person: DraftPerson;
  readonly index: number;
  /** The card's heading (default: from `person`); the family section titles it from the name as last followed. */
  readonly title?: string;
};

/** One person in the family; memoised on the person, so typing in one card leaves the others alone. */
export const PersonCard = memo(function PersonCard({
  person,
  index,
  title = personTitle(person, index),
}: PersonCardProps) {
  const s = useFormStyles();
  const skip = useSkipOffscreen<HTMLLIElement>();
  const { dispatch, focusLater } = useFormActions();
  const kind = person.kind === 'adult' ? 'adult' : 'child';
  const remove = () => {
    dispatch({ type: 'remove-person', id: String(person.id) });
    // Focus goes somewhere sensible, not to the page: the add buttons.
    focusLater(fieldId(['people']));
  };
  return (
    <li ref={skip.ref} className={mergeClasses(s.contained, skip.className)} aria-labelledby={`person-${index}-title`}>
      <FormPart className={s.card}>
        <div className={s.row}>
          <h3 id={`person-${index}-title`} className={s.cardTitle}>
            {title} <span className={s.muted}>({kind})</span>
          </h3>
          <Button appearance="secondary" size="small" onClick={remove} aria-label={`Remove ${title}`}>
            Remove
          </Button>
        </div>
        {kind === 'adult' ? (
          <AdultFields person={person} index={index} />
        ) : (
          <ChildFields person={person} index={index} />
        )}
      </FormPart>
    </li>
  );
});

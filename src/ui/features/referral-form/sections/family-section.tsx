import { memo, useCallback } from 'react';
import { Button } from '@fluentui/react-components';
import { isRecord } from '../../../../domain';
import { Section } from '../../../components/section';
import type { DraftPerson } from '../../../state/draft';
import { useDraft } from '../../../state/use-draft';
import { ActionGroup } from '../action-group';
import { PersonCard } from '../people/person-card';
import { personTitle, useAddPerson } from '../people/use-add-person';
import { useFormStyles } from '../form.styles';

export type FamilySectionProps = {
  /**
   * The people as last followed (see use-settled-value.ts), whose names title the cards: a heading that changed with
   * every letter of a name would lay the card out again on every keystroke.
   */
  readonly settledPeople?: readonly DraftPerson[] | undefined;
};

/** The children and adults in the family, each with the facts the services ask about. */
export const FamilySection = memo(function FamilySection({ settledPeople }: FamilySectionProps) {
  const s = useFormStyles();
  const people = useDraft((r) => r.people);
  const list = (Array.isArray(people) ? people : []).filter((p) => isRecord(p));
  const settledById = new Map(
    (Array.isArray(settledPeople) ? settledPeople : (people ?? [])).filter((p) => isRecord(p)).map((p) => [p.id, p]),
  );
  const add = useAddPerson(list.length);
  // Stable while the family's size is: typing a name re-renders that person's card, not these buttons.
  const addChild = useCallback(() => add('child'), [add]);
  const addAdult = useCallback(() => add('adult'), [add]);
  return (
    <Section
      id="section-family"
      contained
      title="Family"
      description="Everyone the referral is about: the children, and the adults who care for them."
    >
      {list.length > 0 && (
        <ul className={s.list}>
          {list.map((p, i) => (
            <PersonCard
              key={String(p.id ?? i)}
              person={p}
              index={i}
              title={personTitle(settledById.get(p.id) ?? p, i)}
            />
          ))}
        </ul>
      )}
      <ActionGroup path={['people']} label="Add people">
        <Button onClick={addChild}>Add a child</Button>
        <Button onClick={addAdult}>Add an adult</Button>
      </ActionGroup>
    </Section>
  );
});

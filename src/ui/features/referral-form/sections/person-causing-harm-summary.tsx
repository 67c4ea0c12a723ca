import { Button } from '@fluentui/react-components';
import { isRecord } from '../../../../domain';
import { fieldId } from '../../../components/field-id';
import { useDraft } from '../../../state/use-draft';
import { ActionGroup } from '../action-group';
import { useFormActions } from '../form-context';
import { useFormStyles } from '../form.styles';
import { personTitle } from '../people/use-add-person';

const PATH = ['risks', 'personCausingHarm'] as const;

/** Who in the family has used abusive behaviour (recorded on their card), or a way to add them. */
export function PersonCausingHarmSummary() {
  const s = useFormStyles();
  const { dispatch, newId, focusLater } = useFormActions();
  const people = useDraft((r) => r.people);
  const list = (Array.isArray(people) ? people : []).filter((p) => isRecord(p));
  const names = list.flatMap((p, i) =>
    p.kind === 'adult' && p.abuseRole === 'person-causing-harm' ? [personTitle(p, i)] : [],
  );
  // Added as an adult with that role already chosen, so their questions are there when focus reaches their name.
  const add = () => {
    const index = list.length;
    dispatch({ type: 'add-person', kind: 'adult', id: newId() });
    dispatch({ type: 'edit-person', index, patch: { abuseRole: 'person-causing-harm', role: 'other-adult' } });
    focusLater(fieldId(['people', index, 'name']));
  };
  return (
    <div className={s.fields}>
      <h3 className={s.cardTitle}>The person who has used abusive behaviour</h3>
      <p className={s.text}>
        {names.length
          ? `Recorded in Family: ${names.join(', ')}. Their details are on their card.`
          : 'No one in Family is recorded as having used abusive behaviour yet.'}
      </p>
      <ActionGroup path={PATH} label="The person who has used abusive behaviour">
        <Button onClick={add}>
          {names.length ? 'Add another person' : 'Add the person who has used abusive behaviour'}
        </Button>
      </ActionGroup>
    </div>
  );
}

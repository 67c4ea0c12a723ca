import { memo } from 'react';
import { TextField } from '../typed-fields';
import type { DraftPart } from '../../../state/draft';
import type { DraftAction, FieldEdit } from '../../../state/draft-actions';
import { useFieldStates } from '../form-context';
import { useContactStyles } from './contact.styles';

const KEYS = ['name', 'relationship', 'phone'] as const;
const editPerson: FieldEdit<(typeof KEYS)[number]> = (key, value) =>
  ({ type: 'edit-family-part', part: 'safeContactPerson', patch: { [key]: value } }) as DraftAction;

export type SafeContactPersonFieldsProps = {
  readonly person: NonNullable<DraftPart<'family'>['safeContactPerson']> | undefined;
};

/** Someone the service can go through when contacting the family directly is not safe. */
export const SafeContactPersonFields = memo(function SafeContactPersonFields({ person }: SafeContactPersonFieldsProps) {
  const s = useContactStyles();
  const f = useFieldStates(['family', 'safeContactPerson'], KEYS, editPerson);
  return (
    <fieldset className={s.group}>
      <legend className={s.legend}>A safe contact person (optional)</legend>
      <p className={s.hint}>Someone the service can go through if contacting the family directly is not safe.</p>
      <TextField {...f.name} label="Their name" autoComplete="off" value={person?.name} />
      <TextField
        {...f.relationship}
        label="Relationship to the family (optional)"
        hint="For example, aunt or family support worker"
        autoComplete="off"
        value={person?.relationship}
      />
      <TextField
        {...f.phone}
        label="Their phone number (optional)"
        type="tel"
        autoComplete="off"
        value={person?.phone}
      />
    </fieldset>
  );
});

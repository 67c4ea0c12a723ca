import { memo } from 'react';
import { TextField } from '../typed-fields';
import { Button } from '@fluentui/react-components';
import { PHONE_KINDS } from '../../../../domain';
import { SelectField } from '../../../components/select-field';
import { optionsFrom } from '../../../components/field-shell';
import type { DraftAction, DraftPhone, FieldEdit } from '../../../state/draft-actions';
import { useFieldStates } from '../form-context';
import { useFormStyles } from '../form.styles';

const KEYS = ['number', 'kind', 'whose'] as const;
const KIND_OPTIONS = optionsFrom(PHONE_KINDS);

// One edit per row position, so a row's fields keep the same handlers from render to render.
const edits: FieldEdit<(typeof KEYS)[number]>[] = [];
const phoneEdit = (index: number) =>
  (edits[index] ??= (key, value) => ({ type: 'edit-phone', index, patch: { [key]: value } }) as DraftAction);

export type PhoneRowProps = {
  readonly index: number;
  readonly phone: DraftPhone;
  readonly onRemove: (index: number) => void;
};

/** One of the family's phone numbers: the number, what kind it is, and whose. */
export const PhoneRow = memo(function PhoneRow({ index, phone, onRemove }: PhoneRowProps) {
  const s = useFormStyles();
  const f = useFieldStates(['family', 'phones', index], KEYS, phoneEdit(index));
  const title = `Phone number ${index + 1}`;
  return (
    <li className={s.card} aria-labelledby={`phone-${index}-title`}>
      <div className={s.row}>
        <h4 id={`phone-${index}-title`} className={s.subTitle}>
          {title}
        </h4>
        <Button size="small" onClick={() => onRemove(index)} aria-label={`Remove ${title.toLowerCase()}`}>
          Remove
        </Button>
      </div>
      <TextField {...f.number} label="Number" type="tel" required autoComplete="off" value={phone.number} />
      <SelectField {...f.kind} label="Kind of phone (optional)" options={KIND_OPTIONS} value={phone.kind} />
      <TextField
        {...f.whose}
        label="Whose number is it? (optional)"
        hint="For example, Mum's mobile"
        autoComplete="off"
        value={phone.whose}
      />
    </li>
  );
});

import { AnswerField } from '../../../components/radio-field';
import { TextField } from '../typed-fields';
import { AddressFields } from '../contact/address-fields';
import { useFieldStates } from '../form-context';
import { useFormStyles } from '../form.styles';
import { personAddressEdit, personEdit } from './person-edit';

const KEYS = ['phone', 'knowsOfReferral'] as const;

export type PersonCausingHarmFieldsProps = {
  readonly index: number;
  readonly adult: { readonly address?: unknown; readonly phone?: unknown; readonly knowsOfReferral?: unknown };
};

/** What a domestic-abuse service needs about someone who has used abusive behaviour: where they are, and whether they know. */
export function PersonCausingHarmFields({ index, adult }: PersonCausingHarmFieldsProps) {
  const s = useFormStyles();
  const f = useFieldStates(['people', index], KEYS, personEdit(index));
  const address = adult.address !== null && typeof adult.address === 'object' ? adult.address : undefined;
  return (
    <div className={s.fields}>
      <AnswerField
        {...f.knowsOfReferral}
        label="Do they know about this referral?"
        required
        value={adult.knowsOfReferral}
      />
      <AddressFields
        path={['people', index, 'address']}
        edit={personAddressEdit(index)}
        address={address}
        legend="Their address, if known (optional)"
        hint="Only if it is not the family’s address, for example if they have left."
      />
      <TextField
        {...f.phone}
        label="Their phone number, if known (optional)"
        type="tel"
        autoComplete="off"
        value={adult.phone}
      />
    </div>
  );
}

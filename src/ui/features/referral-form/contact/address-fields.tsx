import { memo } from 'react';
import { TextField } from '../typed-fields';
import { normalisePostcode } from '../../../../domain';
import type { FieldPath } from '../../../components/field-id';
import type { FieldEdit } from '../../../state/draft-actions';
import { useFieldStates } from '../form-context';
import { useContactStyles } from './contact.styles';

export const ADDRESS_KEYS = ['line1', 'line2', 'town', 'postcode'] as const;
export type AddressKey = (typeof ADDRESS_KEYS)[number];

export type AddressFieldsProps = {
  /** Where the address is in the referral: the family's, or one adult's. */
  readonly path: FieldPath;
  /** Changes one field of the address; the same function for the same path, render after render. */
  readonly edit: FieldEdit<AddressKey>;
  readonly address: Partial<Record<AddressKey, unknown>> | undefined;
  readonly legend: string;
  readonly hint?: string;
  /** The first line and the postcode are needed before filing. */
  readonly required?: boolean;
};

/**
 * An address as four boxes. The postcode is written the standard way ("SE6 4RU") when the referrer leaves it; one
 * that is not a UK postcode stays as typed and the field says so. Autofill is off: it would offer the referrer's own
 * address for the family's.
 */
export const AddressFields = memo(function AddressFields(p: AddressFieldsProps) {
  const s = useContactStyles();
  const f = useFieldStates(p.path, ADDRESS_KEYS, p.edit);
  const typed = p.address?.postcode;
  const leavePostcode = () => {
    const standard = typeof typed === 'string' ? normalisePostcode(typed) : undefined;
    if (standard !== undefined && standard !== typed) f.postcode.onChange(standard);
    f.postcode.onBlur();
  };
  return (
    <fieldset className={s.group}>
      <legend className={s.legend}>{p.legend}</legend>
      {p.hint && <p className={s.hint}>{p.hint}</p>}
      <TextField
        {...f.line1}
        label="Address line 1"
        required={p.required ?? false}
        autoComplete="off"
        value={p.address?.line1}
      />
      <TextField {...f.line2} label="Address line 2 (optional)" autoComplete="off" value={p.address?.line2} />
      <div className={s.pair}>
        <TextField {...f.town} label="Town or city (optional)" autoComplete="off" value={p.address?.town} />
        <TextField
          {...f.postcode}
          onBlur={leavePostcode}
          label="Postcode"
          required={p.required ?? false}
          autoComplete="off"
          value={typed}
        />
      </div>
    </fieldset>
  );
});

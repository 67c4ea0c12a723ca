import { Checkbox } from '@fluentui/react-components';
import { DateField } from '../../../components/date-field';
import { NumberField } from '../../../components/number-field';
import { fieldId } from '../../../components/field-id';
import { useFieldStates, useFormActions } from '../form-context';
import { personEdit } from './person-edit';

const KEYS = ['dateOfBirth', 'approximateAge'] as const;

export type BirthDateFieldsProps = {
  readonly index: number;
  readonly person: {
    readonly dateOfBirth?: unknown;
    readonly dateOfBirthNotKnown?: unknown;
    readonly approximateAge?: unknown;
  };
  readonly dateLabel: string;
};

/** A date of birth, or "not known" with an age in years as near as the referrer can say. */
export function BirthDateFields({ index, person, dateLabel }: BirthDateFieldsProps) {
  const { dispatch } = useFormActions();
  const f = useFieldStates(['people', index], KEYS, personEdit(index));
  const notKnown = person.dateOfBirthNotKnown === true;
  // One or the other is kept, so the referral never holds a date and "not known" at once.
  const setNotKnown = (on: boolean) =>
    dispatch({
      type: 'edit-person',
      index,
      patch: on
        ? { dateOfBirthNotKnown: true, dateOfBirth: undefined }
        : { dateOfBirthNotKnown: undefined, approximateAge: undefined },
    });
  return (
    <>
      {!notKnown && <DateField {...f.dateOfBirth} label={dateLabel} kind="birth" value={person.dateOfBirth} />}
      <Checkbox
        id={fieldId(['people', index, 'dateOfBirthNotKnown'])}
        label="Date of birth not known"
        checked={notKnown}
        onChange={(_, d) => setNotKnown(d.checked === true)}
      />
      {notKnown && (
        <NumberField
          {...f.approximateAge}
          label="Approximate age in years"
          hint="As near as you can say"
          value={person.approximateAge}
        />
      )}
    </>
  );
}

import { ABUSE_ROLES, ADULT_ROLES, GENDERS } from '../../../../domain';
import { AnswerField } from '../../../components/radio-field';
import { DateField } from '../../../components/date-field';
import { SelectField } from '../../../components/select-field';
import { TextField } from '../../../components/text-field';
import { optionsFrom } from '../../../components/field-shell';
import { useFieldStates } from '../form-context';

const ROLE_OPTIONS = optionsFrom(ADULT_ROLES);
const GENDER_OPTIONS = optionsFrom(GENDERS);
const ABUSE_OPTIONS = optionsFrom(ABUSE_ROLES);
const KEYS = ['name', 'role', 'relationship', 'livesInHousehold', 'gender', 'abuseRole', 'dateOfBirth'] as const;

export function AdultFields({
  person,
  index,
}: {
  readonly person: Readonly<Record<string, unknown>>;
  readonly index: number;
}) {
  const f = useFieldStates(['people', index], KEYS);
  return (
    <>
      <TextField {...f.name} label="Full name" required value={person.name} />
      <SelectField {...f.role} label="Role in the family" required options={ROLE_OPTIONS} value={person.role} />
      <TextField
        {...f.relationship}
        label="Relationship to the children"
        required
        hint="In your words, for example mother or step-father"
        value={person.relationship}
      />
      <AnswerField
        {...f.livesInHousehold}
        label="Does this adult live in the household?"
        value={person.livesInHousehold}
      />
      <SelectField {...f.gender} label="Gender" options={GENDER_OPTIONS} value={person.gender} />
      <SelectField
        {...f.abuseRole}
        label="Where does this adult stand in relation to domestic abuse?"
        options={ABUSE_OPTIONS}
        value={person.abuseRole}
      />
      <DateField {...f.dateOfBirth} label="Date of birth (optional)" value={person.dateOfBirth} />
    </>
  );
}

import { ABUSE_ROLES, ADULT_ROLES, GENDERS } from '../../../../domain';
import { TextField } from '../typed-fields';
import { AnswerField } from '../../../components/radio-field';
import { SelectField } from '../../../components/select-field';
import { optionsFrom } from '../../../components/field-shell';
import type { DraftPerson } from '../../../state/draft';
import { useFieldStates } from '../form-context';
import { AdultRiskFields } from './adult-risk-fields';
import { BirthDateFields } from './birth-date-fields';
import { PersonCausingHarmFields } from './person-causing-harm-fields';
import { personEdit } from './person-edit';

const ROLE_OPTIONS = optionsFrom(ADULT_ROLES);
const GENDER_OPTIONS = optionsFrom(GENDERS);
const ABUSE_OPTIONS = optionsFrom(ABUSE_ROLES);
const KEYS = ['name', 'role', 'relationship', 'livesInHousehold', 'gender', 'abuseRole'] as const;
type AdultOwnKey =
  | 'dateOfBirth'
  | 'dateOfBirthNotKnown'
  | 'approximateAge'
  | 'address'
  | 'phone'
  | 'knowsOfReferral'
  | 'activeSubstanceMisuse'
  | 'severeMentalHealth'
  | 'criminalJusticeInvolvement';

export function AdultFields({ person, index }: { readonly person: DraftPerson; readonly index: number }) {
  const f = useFieldStates(['people', index], KEYS, personEdit(index));
  const adult = person as Partial<Record<(typeof KEYS)[number] | AdultOwnKey, unknown>>;
  return (
    <>
      <TextField {...f.name} label="Full name" required value={adult.name} />
      <SelectField {...f.role} label="Role in the family" required options={ROLE_OPTIONS} value={adult.role} />
      <TextField
        {...f.relationship}
        label="Relationship to the children"
        required
        hint="In your words, for example mother or step-father"
        value={adult.relationship}
      />
      <AnswerField
        {...f.livesInHousehold}
        label="Does this adult live in the household?"
        value={adult.livesInHousehold}
      />
      <SelectField {...f.gender} label="Gender" options={GENDER_OPTIONS} value={adult.gender} />
      <SelectField
        {...f.abuseRole}
        label="Where does this adult stand in relation to domestic abuse?"
        options={ABUSE_OPTIONS}
        value={adult.abuseRole}
      />
      {adult.abuseRole === 'person-causing-harm' && <PersonCausingHarmFields index={index} adult={adult} />}
      <BirthDateFields index={index} person={adult} dateLabel="Date of birth (optional)" />
      <AdultRiskFields index={index} adult={adult} />
    </>
  );
}

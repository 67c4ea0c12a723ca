import { useCallback, useRef, useState } from 'react';
import { GENDERS } from '../../../../domain';
import { AnswerField, RadioField } from '../../../components/radio-field';
import { DateField } from '../../../components/date-field';
import { SelectField } from '../../../components/select-field';
import { TextField } from '../../../components/text-field';
import { optionsFrom } from '../../../components/field-shell';
import { fieldId } from '../../../components/field-id';
import { useFieldStates, useFormActions } from '../form-context';

const GENDER_OPTIONS = optionsFrom(GENDERS);
const KEYS = [
  'name',
  'dateOfBirth',
  'expectedDate',
  'gender',
  'school',
  'livesInBorough',
  'schoolInBorough',
  'livesWithOrRegularContact',
  'additionalNeeds',
] as const;
const BORN = [
  { value: 'born', label: 'Born' },
  { value: 'expected', label: 'Not born yet' },
];

export function ChildFields({
  person,
  index,
}: {
  readonly person: Readonly<Record<string, unknown>>;
  readonly index: number;
}) {
  const { set } = useFormActions();
  const f = useFieldStates(['people', index], KEYS);
  const [born, setBorn] = useState(() =>
    person.expectedDate !== undefined && person.dateOfBirth === undefined ? 'expected' : 'born',
  );
  const latest = useRef({ person, index });
  latest.current = { person, index };
  // Switching moves the typed date across, so nothing is lost and the two never disagree. One function for the
  // card's life, so typing the child's name does not re-render this question (issue #5).
  const switchBorn = useCallback(
    (next: string) => {
      setBorn(next);
      const { person: now, index: at } = latest.current;
      const [from, to] = next === 'expected' ? ['dateOfBirth', 'expectedDate'] : ['expectedDate', 'dateOfBirth'];
      const { [from]: moved, ...rest } = now;
      if (moved !== undefined) set(['people', at], { ...rest, [to]: moved });
    },
    [set],
  );
  return (
    <>
      <TextField {...f.name} label="Full name" required value={person.name} />
      <RadioField
        id={fieldId(['people', index, 'born'])}
        label="Has the child been born?"
        layout="horizontal"
        options={BORN}
        value={born}
        onChange={switchBorn}
      />
      {born === 'born' ? (
        <DateField {...f.dateOfBirth} label="Date of birth" value={person.dateOfBirth} />
      ) : (
        <DateField {...f.expectedDate} label="Expected date of birth" value={person.expectedDate} />
      )}
      <SelectField {...f.gender} label="Gender (optional)" options={GENDER_OPTIONS} value={person.gender} />
      <TextField {...f.school} label="School or nursery (optional)" value={person.school} />
      <AnswerField {...f.livesInBorough} label="Does the child live in the borough?" value={person.livesInBorough} />
      <AnswerField
        {...f.schoolInBorough}
        label="Does the child attend a school in the borough?"
        value={person.schoolInBorough}
      />
      <AnswerField
        {...f.livesWithOrRegularContact}
        label="Does the child live with the parent or carer, or have regular contact?"
        value={person.livesWithOrRegularContact}
      />
      <AnswerField
        {...f.additionalNeeds}
        label="Does the child have additional needs?"
        value={person.additionalNeeds}
      />
    </>
  );
}

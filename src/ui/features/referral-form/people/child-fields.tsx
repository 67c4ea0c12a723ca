import { useCallback, useRef, useState } from 'react';
import { TextField } from '../typed-fields';
import { GENDERS } from '../../../../domain';
import { RadioField } from '../../../components/radio-field';
import { DateField } from '../../../components/date-field';
import { SelectField } from '../../../components/select-field';
import { optionsFrom } from '../../../components/field-shell';
import { fieldId } from '../../../components/field-id';
import type { DraftPerson } from '../../../state/draft';
import { useFieldStates, useFormActions } from '../form-context';
import { personEdit } from './person-edit';
import { AnswerFields } from '../answer-fields';
import { BirthDateFields } from './birth-date-fields';
import { ChildNeedsFields } from './child-needs-fields';

const GENDER_OPTIONS = optionsFrom(GENDERS);
const KEYS = [
  'name',
  'expectedDate',
  'gender',
  'school',
  'gp',
  'livesInBorough',
  'schoolInBorough',
  'livesWithOrRegularContact',
  'additionalNeeds',
] as const;
type ChildOwnKey =
  'dateOfBirth' | 'dateOfBirthNotKnown' | 'approximateAge' | 'behaviours' | 'diagnoses' | 'affectedByDomesticAbuse';
const BORN = [
  { value: 'born', label: 'Born' },
  { value: 'expected', label: 'Not born yet' },
];

const CHILD_ANSWERS = [
  ['livesInBorough', 'Does the child live in the borough?'],
  ['schoolInBorough', 'Does the child attend a school in the borough?'],
  ['livesWithOrRegularContact', 'Does the child live with the parent or carer, or have regular contact?'],
  ['additionalNeeds', 'Does the child have additional needs?'],
] as const;

export function ChildFields({ person, index }: { readonly person: DraftPerson; readonly index: number }) {
  const { dispatch } = useFormActions();
  const f = useFieldStates(['people', index], KEYS, personEdit(index));
  const child = person as Partial<Record<(typeof KEYS)[number] | ChildOwnKey, unknown>>;
  const [born, setBorn] = useState(() =>
    child.expectedDate !== undefined && child.dateOfBirth === undefined ? 'expected' : 'born',
  );
  const latest = useRef({ person, index });
  latest.current = { person, index };
  // Switching moves the typed date across, so nothing is lost and the two never disagree. One function for the
  // card's life, so typing the child's name does not re-render this question.
  const switchBorn = useCallback(
    (next: string) => {
      setBorn(next);
      const { person: now, index: at } = latest.current;
      const [from, to] =
        next === 'expected' ? (['dateOfBirth', 'expectedDate'] as const) : (['expectedDate', 'dateOfBirth'] as const);
      const moved = (now as Partial<Record<typeof from, unknown>>)[from];
      if (moved !== undefined) dispatch({ type: 'edit-person', index: at, patch: { [from]: undefined, [to]: moved } });
    },
    [dispatch],
  );
  return (
    <>
      <TextField {...f.name} label="Full name" required value={child.name} />
      <RadioField
        id={fieldId(['people', index, 'born'])}
        label="Has the child been born?"
        layout="horizontal"
        options={BORN}
        value={born}
        onChange={switchBorn}
      />
      {born === 'born' ? (
        <BirthDateFields index={index} person={child} dateLabel="Date of birth" />
      ) : (
        <DateField {...f.expectedDate} label="Expected date of birth" value={child.expectedDate} />
      )}
      <SelectField {...f.gender} label="Gender (optional)" options={GENDER_OPTIONS} value={child.gender} />
      <TextField {...f.school} label="School or nursery (optional)" value={child.school} />
      <TextField {...f.gp} label="GP practice (optional)" value={child.gp} />
      <AnswerFields questions={CHILD_ANSWERS} fields={f} values={child} />
      <ChildNeedsFields index={index} child={child} />
    </>
  );
}

import { BEHAVIOURS, DIAGNOSES } from '../../../../domain';
import { AnswerField } from '../../../components/radio-field';
import { CheckboxesField } from '../../../components/checkboxes-field';
import { optionsFrom } from '../../../components/field-shell';
import { useFieldStates } from '../form-context';
import { personEdit } from './person-edit';
import { PersonDisclosure } from './person-disclosure';

const BEHAVIOUR_OPTIONS = optionsFrom(BEHAVIOURS);
const DIAGNOSIS_OPTIONS = optionsFrom(DIAGNOSES);
const KEYS = ['behaviours', 'diagnoses', 'affectedByDomesticAbuse'] as const;

export type ChildNeedsFieldsProps = {
  readonly index: number;
  readonly child: Partial<Record<(typeof KEYS)[number], unknown>>;
};

const answered = (v: unknown) => v !== undefined && !(Array.isArray(v) && v.length === 0);

/** This child's own behaviours, diagnoses and experience of domestic abuse: facts about one child, not the family. */
export function ChildNeedsFields({ index, child }: ChildNeedsFieldsProps) {
  const f = useFieldStates(['people', index], KEYS, personEdit(index));
  return (
    <PersonDisclosure
      summary="Behaviours, diagnoses and domestic abuse"
      answered={KEYS.some((k) => answered(child[k]))}
    >
      <CheckboxesField
        {...f.behaviours}
        label="This child’s behaviours"
        hint="Tick any that apply to this child."
        options={BEHAVIOUR_OPTIONS}
        value={child.behaviours}
      />
      <CheckboxesField {...f.diagnoses} label="Diagnoses" options={DIAGNOSIS_OPTIONS} value={child.diagnoses} />
      <AnswerField
        {...f.affectedByDomesticAbuse}
        label="Has this child been affected by domestic abuse (seen, heard or lived with it)?"
        value={child.affectedByDomesticAbuse}
      />
    </PersonDisclosure>
  );
}

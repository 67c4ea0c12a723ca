import { useFieldStates } from '../form-context';
import { AnswerFields } from '../answer-fields';
import { personEdit } from './person-edit';
import { PersonDisclosure } from './person-disclosure';

const ADULT_RISKS = [
  ['activeSubstanceMisuse', 'Is this adult actively misusing drugs or alcohol?'],
  ['severeMentalHealth', 'Does this adult have severe mental health needs requiring specialist help?'],
  ['criminalJusticeInvolvement', 'Is this adult going through the criminal justice system?'],
] as const;
const KEYS = ADULT_RISKS.map(([key]) => key);

export type AdultRiskFieldsProps = {
  readonly index: number;
  readonly adult: Partial<Record<(typeof KEYS)[number], unknown>>;
};

/** Risks that belong to this adult, not the whole family: folded away until the referrer opens them. */
export function AdultRiskFields({ index, adult }: AdultRiskFieldsProps) {
  const f = useFieldStates(['people', index], KEYS, personEdit(index));
  return (
    <PersonDisclosure summary="Risks for this adult" answered={KEYS.some((k) => adult[k] !== undefined)}>
      <AnswerFields questions={ADULT_RISKS} fields={f} values={adult} />
    </PersonDisclosure>
  );
}

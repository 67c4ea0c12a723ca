import { memo } from 'react';
import { TextAreaField } from '../typed-fields';
import { Button } from '@fluentui/react-components';
import { CheckboxesField } from '../../../components/checkboxes-field';
import { DateField } from '../../../components/date-field';
import { NumberField } from '../../../components/number-field';
import { AnswerField, RadioField } from '../../../components/radio-field';
import { SelectField } from '../../../components/select-field';
import { fieldId, pathKey } from '../../../components/field-id';
import { getIn } from '../../../state/draft';
import { useDraft } from '../../../state/use-draft';
import { focusField } from '../../../components/focus-field';
import { useVisuallyHiddenStyles } from '../../../components/visually-hidden.styles';
import { useFieldState } from '../form-context';
import { useFormStyles } from '../form.styles';
import { answerWords, storedOption, storedOptions } from './fact-value';
import { useFormFieldPlace } from './form-field-place';
import { personTitle } from '../people/use-add-person';
import type { PlannedQuestion } from './plan-questions';
import { redirectFor } from './section-facts';
import { useFactLabel } from './use-fact-label';

export type FactQuestionProps = {
  readonly question: PlannedQuestion;
  /** Which services are waiting on the answer, in words. */
  readonly hint: string;
  readonly onOpenDash?: () => void;
};

// Plans are rebuilt on every change; a question re-renders only when what it shows changed.
const sameQuestion = (a: FactQuestionProps, b: FactQuestionProps) =>
  a.question.key === b.question.key &&
  a.question.def === b.question.def &&
  pathKey(a.question.path) === pathKey(b.question.path) &&
  a.hint === b.hint &&
  a.onOpenDash === b.onOpenDash;

// Short lists read best as radios; long ones as a select.
const MAX_RADIOS = 5;

/**
 * One missing fact asked generically from its definition: the input follows the fact's type, the answer its path. A
 * fact the form already asks is never asked again: the question links to the form's own field.
 */
export const FactQuestion = memo(function FactQuestion({ question, hint, onOpenDash }: FactQuestionProps) {
  const s = useFormStyles();
  const { def, path } = question;
  const place = useFormFieldPlace(path);
  // A person's fact is answered on their card: named from the draft, which the card's own heading follows later.
  const index = path[0] === 'people' && typeof path[1] === 'number' ? path[1] : undefined;
  const person = useDraft((r) => (index === undefined ? undefined : personTitle(getIn(r, ['people', index]), index)));
  // The answer as typed: the catalogue's fact definition says where in the referral it lives.
  const value = useDraft((r) => getIn(r, path));
  const answer = (v: unknown) => ({ type: 'answer-question', path, value: v }) as const;
  // Ids prefixed 'q' so a fact the sections also ask never gives two controls one id.
  const state = useFieldState(path, answer, 'q');
  const label = useFactLabel(def, path);
  const field = { ...state, label, hint: def.hint ? `${def.hint} ${hint}` : hint };
  const redirect = redirectFor(def);
  if (place && redirect?.kind !== 'dash')
    return (
      <AskedInForm
        label={label}
        hint={hint}
        id={place.id}
        where={person ? `${place.where}, ${person}` : place.where}
        answer={answerWords(value, def.options)}
      />
    );
  if (redirect) {
    const go = redirect.kind === 'dash' ? onOpenDash : () => focusField(fieldId(redirect.fieldPath));
    return (
      <div className={s.fields}>
        <p className={s.text}>{label}</p>
        <p className={s.muted}>{hint}</p>
        {go && (
          <div className={s.actions}>
            <Button size="small" onClick={go}>
              {redirect.kind === 'dash' ? 'Answer in the DASH risk checklist' : `Answer in ${redirect.where}`}
            </Button>
          </div>
        )}
      </div>
    );
  }
  const options = def.options ?? [];
  switch (def.type) {
    case 'answer':
      return <AnswerField {...field} options={options.length ? options : undefined} value={value} />;
    case 'choice': {
      const pick = (v: string | undefined) => field.onChange(v === undefined ? undefined : storedOption(path, v));
      return options.length <= MAX_RADIOS ? (
        <RadioField {...field} options={options} value={value} onChange={pick} />
      ) : (
        <SelectField {...field} options={options} value={value} onChange={pick} />
      );
    }
    case 'multi':
      return (
        <CheckboxesField
          {...field}
          options={options}
          value={value}
          onChange={(vs) => field.onChange(storedOptions(path, vs))}
        />
      );
    case 'number':
      return <NumberField {...field} value={value} />;
    case 'date':
      return <DateField {...field} kind={path.at(-1) === 'dateOfBirth' ? 'birth' : 'other'} value={value} />;
    case 'text':
      return <TextAreaField {...field} value={value} />;
  }
}, sameQuestion);

/** "Answered in Case context: No." with a way to change it there, or where to answer it. */
function AskedInForm(p: {
  readonly label: string;
  readonly hint: string;
  readonly id: string;
  /** "Case context", or "Family, Sam Example" for a person's fact. */
  readonly where: string;
  readonly answer: string | undefined;
}) {
  const s = useFormStyles();
  const hidden = useVisuallyHiddenStyles();
  return (
    <div className={s.fields}>
      <p className={s.text}>{p.label}</p>
      <p className={s.muted}>
        {p.answer ? `Answered in ${p.where}: ${p.answer}.` : `Asked in ${p.where}.`} {p.hint}
      </p>
      <div className={s.actions}>
        <Button size="small" onClick={() => focusField(p.id)}>
          {p.answer ? 'Change' : 'Answer it there'}
          <span className={hidden.hidden}>{` — ${p.label}`}</span>
        </Button>
      </div>
    </div>
  );
}

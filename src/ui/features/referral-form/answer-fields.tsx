// A run of yes / no / not known questions in a section, drawn from a table of each field and its wording.
import { AnswerField } from '../../components/radio-field';
import type { FieldState } from './form-context';

/** Each question's field in the section, and the words it is asked in. */
export type AnswerQuestions<K extends string> = readonly (readonly [key: K, label: string])[];

export type AnswerFieldsProps<K extends string> = {
  readonly questions: AnswerQuestions<K>;
  readonly fields: Readonly<Record<K, FieldState>>;
  readonly values: Partial<Record<K, unknown>> | undefined;
  /** Each must be answered before filing. */
  readonly required?: boolean;
};

export function AnswerFields<K extends string>({ questions, fields, values, required }: AnswerFieldsProps<K>) {
  return (
    <>
      {questions.map(([key, label]) => (
        <AnswerField
          key={key}
          {...fields[key]}
          label={label}
          value={values?.[key]}
          {...(required ? { required } : {})}
        />
      ))}
    </>
  );
}

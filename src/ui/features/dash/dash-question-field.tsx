// One DASH question: a fieldset whose legend is the question, with yes / no / not known as native radios
// (arrow keys move between them). Memoised so answering one question re-renders only that question.
import { Radio, RadioGroup } from '@fluentui/react-components';
import { memo, useId } from 'react';
import type { Answer, DashQuestion, DashQuestionId } from '../../../domain';
import { fieldId } from '../../components/field-id';
import { useDashStyles } from './dash-checklist.styles';

export const ANSWER_TEXT: Readonly<Record<Answer, string>> = { yes: 'Yes', no: 'No', 'not-known': 'Not known' };

function DashQuestionFieldView(props: {
  question: DashQuestion;
  value: Answer | undefined;
  onAnswer(id: DashQuestionId, value: Answer): void;
}) {
  const styles = useDashStyles();
  const legendId = useId();
  const hintId = useId();
  const { question } = props;
  return (
    <fieldset id={fieldId(['risks', 'dash', 'answers', question.id])} className={styles.fieldset}>
      <legend id={legendId} className={styles.legend}>
        {question.number}. {question.text}
      </legend>
      {question.hint && (
        <p id={hintId} className={styles.hint}>
          {question.hint}
        </p>
      )}
      <RadioGroup
        layout="horizontal"
        value={props.value ?? ''}
        aria-labelledby={legendId}
        aria-describedby={question.hint ? hintId : undefined}
        onChange={(_, data) => props.onAnswer(question.id, data.value as Answer)}
      >
        {(Object.keys(ANSWER_TEXT) as Answer[]).map((a) => (
          <Radio key={a} value={a} label={ANSWER_TEXT[a]} />
        ))}
      </RadioGroup>
    </fieldset>
  );
}

export const DashQuestionField = memo(DashQuestionFieldView);

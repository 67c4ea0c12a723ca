// The SafeLives DASH risk checklist with the running count and the MARAC criteria explained.
// Paths given to onChange are relative to referral.risks.dash.
import { useId, useMemo, useRef } from 'react';
import type { Answer, Dash, DashQuestionId, JudgementChoice } from '../../../domain';
import { DASH_QUESTIONS, MARAC_JUDGEMENT_NOTE, assessMarac, summariseDash } from '../../../domain';
import { DashQuestionField } from './dash-question-field';
import { useDashStyles } from './dash-checklist.styles';
import { answerOf, rawOf, textOf } from './dash-values';
import { IncidentsField } from './incidents-field';
import { DashCount, HighRiskPrompt, MaracCriteria } from './marac-summary';
import { PreviousMaracField } from './previous-marac-field';
import { ProfessionalJudgementField } from './professional-judgement-field';

export type DashPath = (string | number)[];

export type DashChecklistProps = {
  /** referral.risks.dash as it is in the draft: possibly absent or half-filled. */
  dash: unknown;
  /** Europe/London date, YYYY-MM-DD. */
  today: string;
  onChange(path: DashPath, value: unknown): void;
};

function useDashSetters(onChange: DashChecklistProps['onChange']) {
  const latest = useRef(onChange);
  latest.current = onChange;
  return useMemo(() => {
    const at = (path: DashPath) => (value: unknown) => latest.current(path, value);
    return {
      answer: (id: DashQuestionId, value: Answer) => latest.current(['answers', id], value),
      incidents: at(['incidentsLast12Months']),
      previousMarac: at(['previousMaracReferralDate']),
      reasons: at(['professionalJudgement']) as (value: JudgementChoice) => void,
      detail: at(['professionalJudgementDetail']),
    };
  }, []);
}

export function DashChecklist(props: DashChecklistProps) {
  const styles = useDashStyles();
  const headingId = useId();
  const criteriaHeadingId = useId();
  const questionsHeadingId = useId();
  const { dash, today } = props;

  // Stable setters and values that keep their identity while `dash` does: every part below is memoised, so typing
  // elsewhere in the form re-renders none of it, and answering one question re-renders only that question.
  const set = useDashSetters(props.onChange);
  // assessMarac reads untrusted input and never throws (src/domain/dash/marac.ts).
  const assessment = useMemo(() => assessMarac(dash as Dash | undefined, today), [dash, today]);
  const summary = useMemo(() => summariseDash(dash), [dash]);
  const previous = rawOf(dash, 'previousMaracReferralDate');

  return (
    <section aria-labelledby={headingId} className={styles.checklist}>
      <h2 id={headingId} className={styles.title}>
        DASH risk checklist
      </h2>
      <p className={styles.note}>{MARAC_JUDGEMENT_NOTE}</p>
      <DashCount summary={summary} />
      <HighRiskPrompt prompt={summary.judgementPrompt} />
      <section aria-labelledby={questionsHeadingId} className={styles.checklist}>
        <h3 id={questionsHeadingId} className={styles.subtitle}>
          The 24 questions
        </h3>
        <p className={styles.hint}>
          Ask each question of the person at risk. Choose "Not known" when they cannot or will not say; it is not
          counted as "yes".
        </p>
        <div className={styles.questions}>
          {DASH_QUESTIONS.map((q) => (
            <DashQuestionField key={q.id} question={q} value={answerOf(dash, q.id)} onAnswer={set.answer} />
          ))}
        </div>
      </section>
      <IncidentsField value={rawOf(dash, 'incidentsLast12Months').value} onChange={set.incidents} />
      <PreviousMaracField
        present={previous.present}
        value={previous.value}
        today={today}
        onChange={set.previousMarac}
      />
      <ProfessionalJudgementField
        value={rawOf(dash, 'professionalJudgement').value}
        detail={textOf(dash, 'professionalJudgementDetail')}
        onReasons={set.reasons}
        onDetail={set.detail}
      />
      <MaracCriteria assessment={assessment} headingId={criteriaHeadingId} />
    </section>
  );
}

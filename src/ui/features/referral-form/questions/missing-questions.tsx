import { useMemo, useState } from 'react';
import type { FocusEvent, ReactNode } from 'react';
import { Button } from '@fluentui/react-components';
import type { Catalogue, Evaluation } from '../../../../domain';
import { LoadNotice } from '../../../components/load-notice';
import { Section } from '../../../components/section';
import type { DraftReferral } from '../../../state/draft';
import { useDraft } from '../../../state/use-draft';
import { useFormStyles } from '../form.styles';
import { personTitle, useAddPerson } from '../people/use-add-person';
import { FactQuestion } from './fact-question';
import { useMissingQuestionsStyles } from './missing-questions.styles';
import type { PlannedQuestion } from './plan-questions';
import { planQuestions } from './plan-questions';

export type MissingQuestionsProps = {
  /** The referral the evaluation was made from: which questions to ask, and about whom. */
  readonly referral: DraftReferral;
  /** Undefined while the catalogue loads. */
  readonly evaluation?: Evaluation;
  readonly catalogue?: Catalogue;
  /** The catalogue could not be loaded. */
  readonly failed?: { readonly retry: () => void };
  readonly onOpenDash?: () => void;
};

const TITLE = 'What the chosen services still need to know';

// Before anything is chosen there can be dozens of questions: ask the ones that decide the most services first.
const FIRST_SHOWN = 8;

function servicesWords(
  ids: readonly string[],
  names: ReadonlyMap<string, string>,
  mode: 'chosen' | 'candidates',
): string {
  if (mode === 'candidates')
    return ids.length === 1
      ? `Helps decide 1 service: ${names.get(ids[0]!) ?? ids[0]}.`
      : `Helps decide ${ids.length} services.`;
  const listed = ids.slice(0, 3).map((id) => names.get(id) ?? id);
  return `Needed for ${listed.join(', ')}${ids.length > 3 ? ` and ${ids.length - 3} more` : ''}.`;
}

/** The heading, with how many questions are showing: it changes as answers land. */
export function questionsTitle(count: number): string {
  return count ? `${TITLE} (${count})` : `${TITLE}: nothing more`;
}

const hasChosen = (referral: DraftReferral) =>
  Array.isArray(referral.services) && referral.services.some((x) => typeof x?.serviceId === 'string');

/**
 * "What the chosen services still need to know": the engine's missing facts, asked generically. Absent until a
 * service is chosen: before that, the form's own sections are what to fill in.
 */
export function MissingQuestions(p: MissingQuestionsProps) {
  if (!hasChosen(p.referral)) return null;
  if (!p.evaluation || !p.catalogue) {
    return (
      <Section id="section-questions" title={TITLE}>
        <LoadNotice
          loading="Loading the services and what they need to know…"
          quiet
          {...(p.failed
            ? {
                failed: 'The list of services could not be loaded. Check your connection and try again.',
                onRetry: p.failed.retry,
              }
            : {})}
        />
      </Section>
    );
  }
  return <Questions {...p} evaluation={p.evaluation} catalogue={p.catalogue} />;
}

function Questions({
  referral,
  evaluation,
  catalogue,
  onOpenDash,
}: MissingQuestionsProps & { readonly evaluation: Evaluation; readonly catalogue: Catalogue }) {
  const s = useFormStyles();
  const [all, setAll] = useState(false);
  // The question the referrer is in stays until they leave it, though answering it removes it from the list.
  const [pinned, setPinned] = useState<PlannedQuestion>();
  const names = useMemo(() => new Map(catalogue.services.map((svc) => [svc.id, svc.name])), [catalogue]);
  const plan = useMemo(
    () =>
      planQuestions({
        evaluation,
        referral,
        catalogue,
        limit: all ? Infinity : FIRST_SHOWN,
        ...(pinned ? { keep: pinned } : {}),
      }),
    [evaluation, referral, catalogue, all, pinned],
  );
  const people = Array.isArray(referral.people) ? referral.people : [];
  // A person added is focused at the end of the list as typed (the plan may be a render behind).
  const addPerson = useAddPerson(useDraft((r) => (Array.isArray(r.people) ? r.people.length : 0)));
  const leave = (q: PlannedQuestion) => (e: FocusEvent<HTMLLIElement>) => {
    if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setPinned((p) => (p?.key === q.key ? undefined : p));
  };
  // What is on screen decides the words: a question kept while the referrer is in it still counts.
  const count = plan.shown + plan.addPeople.length;
  return (
    <Section
      id="section-questions"
      contained
      title={questionsTitle(count)}
      description="Only what the services you chose still need to decide. What the form already asks links to it."
    >
      {count === 0 && <p className={s.text}>Nothing more: the chosen services have what they need.</p>}
      {plan.addPeople.map((a) => (
        <div key={a.kind} className={s.fields}>
          <p className={s.text}>{a.label}</p>
          <p className={s.muted}>{servicesWords(a.serviceIds, names, plan.mode)}</p>
          <div className={s.actions}>
            <Button onClick={() => addPerson(a.kind)}>{a.kind === 'child' ? 'Add a child' : 'Add an adult'}</Button>
          </div>
        </div>
      ))}
      {plan.groups.map((g) => {
        const index = g.personId ? people.findIndex((p) => p?.id === g.personId) : -1;
        const title = g.personId ? `About ${personTitle(people[index], index)}` : 'About the family';
        return (
          <QuestionGroup key={g.key} id={`questions-${g.key}`} title={title}>
            {g.questions.map((q) => (
              <li key={q.key} onFocus={() => setPinned(q)} onBlur={leave(q)}>
                <FactQuestion
                  question={q}
                  hint={servicesWords(q.serviceIds, names, plan.mode)}
                  {...(onOpenDash ? { onOpenDash } : {})}
                />
              </li>
            ))}
          </QuestionGroup>
        );
      })}
      {plan.shown < plan.total && (
        <div className={s.actions}>
          <Button onClick={() => setAll(true)}>{`Show all ${plan.total} questions`}</Button>
        </div>
      )}
    </Section>
  );
}

/** The questions about one person, or about the family. */
function QuestionGroup({
  id,
  title,
  children,
}: {
  readonly id: string;
  readonly title: string;
  readonly children: ReactNode;
}) {
  const s = useFormStyles();
  const m = useMissingQuestionsStyles();
  return (
    <div role="group" aria-labelledby={id} className={m.group}>
      <h3 id={id} className={s.cardTitle}>
        {title}
      </h3>
      <ul className={s.list}>{children}</ul>
    </div>
  );
}

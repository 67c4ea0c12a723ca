// The decisions open on a referral: one chosen at a time, with what it needs (a worker, a priority, a reason, the
// question for the referrer), then the outcome in words: saved, refused, or changed by someone else first.
import { Button, Field, Radio, RadioGroup, Select, Textarea } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import {
  DAMAGED_RECORD_WORDS,
  TRIAGE_PRIORITIES,
  priorityWords,
  type Role,
  type TriageMove,
  type TriagePriority,
} from '../../../domain';
import type { BoardPerson, BoardRow, DecisionOutcome } from './board-ports';
import { boardProblemOf } from './board-words';
import { decisionChoices, type DecisionChoice } from './decision-choices';
import { resultWords, type DecisionResult } from './decision-words';
import { useBoardStyles } from './triage-board.styles';

export type DecisionFormProps = {
  readonly row: BoardRow;
  readonly role: Role;
  readonly members: readonly BoardPerson[];
  readonly decide: (move: TriageMove) => Promise<DecisionOutcome>;
  readonly personName: (id: string) => Promise<string | undefined>;
};

type Draft = { to: string; workerId: string; priority: string; reason: string; question: string; note: string };
const EMPTY: Draft = { to: '', workerId: '', priority: '', reason: '', question: '', note: '' };

function moveOf(d: Draft, row: BoardRow): TriageMove {
  const text = (v: string) => (v.trim() ? v.trim() : undefined);
  const move = {
    to: d.to as TriageMove['to'],
    expectedVersion: row.triage.version,
    reason: text(d.reason),
    workerId: text(d.workerId),
    question: text(d.question),
    note: text(d.note),
    priority: (d.priority || undefined) as TriagePriority | undefined,
  };
  return Object.fromEntries(Object.entries(move).filter(([, v]) => v !== undefined)) as TriageMove;
}

async function outcomeOf(props: DecisionFormProps, move: TriageMove): Promise<DecisionResult> {
  try {
    const outcome = await props.decide(move);
    const who = !outcome.ok && outcome.changedBy ? await props.personName(outcome.changedBy.id) : undefined;
    return resultWords(outcome, who);
  } catch (error) {
    const p = boardProblemOf(error);
    return { tone: 'failed', text: `${p.what} ${p.todo}${p.requestId ? ` Request id: ${p.requestId}.` : ''}` };
  }
}

type FieldsProps = {
  readonly choice: DecisionChoice;
  readonly draft: Draft;
  readonly set: (change: Partial<Draft>) => void;
  readonly members: readonly BoardPerson[];
  readonly hasPriority: boolean;
};

/** What the chosen decision needs, and what any decision may carry (a priority, a note for the team). */
function DecisionFields({ choice, draft, set, members, hasPriority }: FieldsProps) {
  const needs = new Set(choice.transition.requires);
  return (
    <>
      {needs.has('worker') && (
        <Field label="Worker" required>
          <Select value={draft.workerId} onChange={(_, d) => set({ workerId: d.value })}>
            <option value="">Choose a worker</option>
            {members.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <Field label={choice.asksPriority ? 'Priority on the waiting list' : 'Priority (optional)'}>
        <Select value={draft.priority} onChange={(_, d) => set({ priority: d.value })}>
          <option value="">{hasPriority ? 'Keep as it is' : 'Not set'}</option>
          {TRIAGE_PRIORITIES.map((p) => (
            <option key={p} value={p}>
              {priorityWords(p)}
            </option>
          ))}
        </Select>
      </Field>
      {needs.has('reason') && (
        <Field
          label="Reason"
          required
          {...(draft.to === 'declined' ? { hint: 'The referrer is told this reason.' } : {})}
        >
          <Textarea value={draft.reason} onChange={(_, d) => set({ reason: d.value })} />
        </Field>
      )}
      {needs.has('question') && (
        <Field label="What information is needed?" required hint="This goes to the referrer.">
          <Textarea value={draft.question} onChange={(_, d) => set({ question: d.value })} />
        </Field>
      )}
      <Field label="Note for the team (optional)">
        <Textarea value={draft.note} onChange={(_, d) => set({ note: d.value })} />
      </Field>
    </>
  );
}

export function DecisionForm(props: DecisionFormProps) {
  const { row, role, members } = props;
  const s = useBoardStyles();
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<DecisionResult | undefined>();
  const resultRef = useRef<HTMLDivElement>(null);
  useEffect(() => setDraft(EMPTY), [row.messageId, row.triage.version]);
  useEffect(() => {
    if (result) resultRef.current?.focus();
  }, [result]);
  const choices = decisionChoices(row.triage.state, role);
  const chosen = choices.find((c) => c.to === draft.to);
  const set = (change: Partial<Draft>) => setDraft((d) => ({ ...d, ...change }));
  const submit = async () => {
    if (!chosen || busy) return;
    setBusy(true);
    setResult(await outcomeOf(props, moveOf(draft, row)));
    setBusy(false);
  };
  if (row.triageDamaged) return <p className={s.text}>{DAMAGED_RECORD_WORDS}</p>;
  return (
    <form
      className={s.decisions}
      aria-labelledby="decision-heading"
      // The state machine says what is missing, in its own words, rather than the browser.
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h2 id="decision-heading" className={s.subheading}>
        Decision
      </h2>
      {choices.length === 0 ? (
        <p className={s.text}>There is no decision to make on a referral in this state.</p>
      ) : (
        <Field label="What do you decide?">
          <RadioGroup value={draft.to} onChange={(_, d) => set({ to: d.value })}>
            {choices.map((c) => (
              <Radio key={c.to} value={c.to} label={c.label} />
            ))}
          </RadioGroup>
        </Field>
      )}
      {chosen && (
        <DecisionFields
          choice={chosen}
          draft={draft}
          set={set}
          members={members}
          hasPriority={row.triage.priority !== undefined}
        />
      )}
      {chosen && (
        <div className={s.actions}>
          <Button appearance="primary" type="submit" disabledFocusable={busy}>
            {busy ? 'Saving…' : 'Record decision'}
          </Button>
        </div>
      )}
      <div ref={resultRef} tabIndex={-1} role={result?.tone === 'success' ? 'status' : 'alert'}>
        {result && <p className={result.tone === 'success' ? s.text : s.overdue}>{result.text}</p>}
      </div>
    </form>
  );
}

import { RETIRED_V1_QUESTIONS } from '../../domain';
import type { QuestionAnswer, RetiredQuestion } from '../../domain';
import { ANSWER_WORDS, ukDate } from '../text/words';
import type { SummaryContext } from './summary-context';
import { data, fields, heading, words } from './summary.types';
import type { Block, FieldRow, Span } from './summary.types';

/** A catalogue question, or one an earlier version asked (a migrated referral may keep its answer). */
type Asked = Pick<RetiredQuestion, 'label' | 'options'> & { readonly type: string };

function optionSpan(q: Asked | undefined, value: string): Span {
  const label = q?.options?.find((o) => o.value === value)?.label;
  return label === undefined ? data(value) : words(label);
}

/** The answer in words; values the catalogue does not know are shown as they are, as data. */
function valueSpans(q: Asked | undefined, value: QuestionAnswer): Span[] {
  if (Array.isArray(value)) {
    return value.length
      ? value.flatMap((v, i) => (i === 0 ? [optionSpan(q, v)] : [words('; '), optionSpan(q, v)]))
      : [words('None')];
  }
  if (typeof value === 'number') return [words(String(value))];
  if (q?.type === 'answer' && ANSWER_WORDS[value]) return [words(ANSWER_WORDS[value]!)];
  if (q?.type === 'date') return [data(ukDate(value))];
  if (q?.type === 'choice') return [optionSpan(q, value)];
  return [data(value)];
}

export function answersSection(ctx: SummaryContext): Block[] {
  const entries = Object.entries(ctx.doc.referral.answers);
  if (!entries.length) return [];
  const questions = new Map<string, Asked>([
    ...RETIRED_V1_QUESTIONS,
    ...ctx.catalogue.questions.map((q) => [q.id, q] as const),
  ]);
  const rows: FieldRow[] = entries
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([id, value]) => {
      const q = questions.get(id);
      // A question neither this catalogue nor an earlier version knows is named by its id, as data.
      return q
        ? { label: q.label, labelIsData: true, value: valueSpans(q, value) }
        : { label: `A question this catalogue does not have (${id})`, labelIsData: true, value: valueSpans(q, value) };
    });
  return [heading(2, words("Answers to the services' questions")), fields(rows)];
}

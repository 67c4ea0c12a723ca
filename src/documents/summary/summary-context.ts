import { londonDate } from '../../domain';
import type { Catalogue, FiledReferral, Person, Vocabulary } from '../../domain';
import { answerWords } from '../text/words';
import { data, row, words } from './summary.types';
import type { FieldRow, Span } from './summary.types';

/** What every section reads: the document, the catalogue it was filed against, and the London date of filing. */
export type SummaryContext = {
  readonly doc: FiledReferral;
  readonly catalogue: Catalogue;
  /** YYYY-MM-DD in Europe/London on the day of filing: ages are given on this day. */
  readonly today: string;
  readonly people: ReadonlyMap<string, Person>;
};

export function summaryContext(doc: FiledReferral, catalogue: Catalogue): SummaryContext {
  return {
    doc,
    catalogue,
    today: londonDate(new Date(doc.filedAt)),
    people: new Map(doc.referral.people.map((p) => [p.id, p])),
  };
}

/** The words for a closed-vocabulary value; an unknown value is shown as it is, as data. */
export function vocabularySpan(vocabulary: Vocabulary, key: string | number): Span {
  const label = vocabulary[String(key)];
  return label === undefined ? data(String(key)) : words(label);
}

/** A row for a yes / no / not-known answer; absent when the question was not answered. */
export const answerRow = (label: string, answer: string | undefined): FieldRow | undefined =>
  answer === undefined ? undefined : row(label, answerWords(answer));

import { BEHAVIOURS, CHALLENGES, GFPO_NEEDS } from '../../domain';
import type { Referral, Vocabulary } from '../../domain';
import { answerWords, ukDate } from '../text/words';
import { vocabularySpan } from './summary-context';
import type { SummaryContext } from './summary-context';
import { data, fields, heading, list, row, words } from './summary.types';
import type { Block, FieldRow, Span } from './summary.types';

const vocabularyList = (vocabulary: Vocabulary, keys: readonly (string | number)[]): Span[] =>
  keys.flatMap((k, i) => (i === 0 ? [vocabularySpan(vocabulary, k)] : [words('; '), vocabularySpan(vocabulary, k)]));

const listRow = (
  label: string,
  vocabulary: Vocabulary,
  keys: readonly (string | number)[] | undefined,
): FieldRow | undefined =>
  keys === undefined ? undefined : { label, value: keys.length ? vocabularyList(vocabulary, keys) : [words('None')] };

export function needsSection(ctx: SummaryContext): Block[] {
  const n = ctx.doc.referral.needs;
  return [
    heading(2, words('Needs')),
    fields([
      n.gfpoPrimaryNeed === undefined
        ? undefined
        : { label: 'Primary need (GFPO)', value: [vocabularySpan(GFPO_NEEDS, n.gfpoPrimaryNeed)] },
      listRow('Other needs (GFPO)', GFPO_NEEDS, n.gfpoOtherNeeds),
      listRow('Challenges', CHALLENGES, n.challenges),
      listRow('Behaviours', BEHAVIOURS, n.behaviours),
      row('Additional needs', answerWords(n.additionalNeeds)),
      row('English as an additional language', answerWords(n.englishAdditionalLanguage)),
    ]),
  ];
}

type Entry = NonNullable<Referral['support']['previous']>[number];

function entrySpans(e: Entry): Span[] {
  const when = e.from || e.to ? [words(` (${e.from ? ukDate(e.from) : '…'} to ${e.to ? ukDate(e.to) : 'now'})`)] : [];
  return [data(e.service), ...when, ...(e.outcome ? [words(': '), data(e.outcome)] : [])];
}

export function supportSection(ctx: SummaryContext): Block[] {
  const s = ctx.doc.referral.support;
  const entries = (title: string, list_: readonly Entry[] | undefined): Block[] =>
    list_?.length ? [heading(3, words(title)), list(list_.map(entrySpans))] : [];
  return [
    heading(2, words('Support')),
    fields([row('Attending another parenting programme', answerWords(s.attendingOtherParentingProgramme))]),
    ...entries('Previous support', s.previous),
    ...entries('Current support', s.current),
  ];
}

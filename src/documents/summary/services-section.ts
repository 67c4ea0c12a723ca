import { VERDICT_WORDS, citationWords, reasonLabel, reasonWords } from '../../domain';
import type { FiledVerdict } from '../../domain';
import { FILED_FILE_NAMES } from './closing-sections';
import { decidingReasons } from './deciding-reasons';
import type { SummaryContext } from './summary-context';
import { data, dataRow, fields, heading, list, paragraph, strong, table, words } from './summary.types';
import type { Block, Span } from './summary.types';

/** Names joined by commas, each one isolated as data. */
export function namesSpans(names: readonly string[]): Span[] {
  return names.flatMap((name, i) => (i === 0 ? [data(name)] : [words(', '), data(name)]));
}

function forWhom(ctx: SummaryContext, index: number): Span[] {
  const ids = ctx.doc.referral.services[index]?.personIds ?? [];
  if (!ids.length) return [words('The whole family')];
  return namesSpans(ids.map((id) => ctx.people.get(id)?.name ?? id));
}

/** What is asked of each service of this mailbox, and for whom. */
export function requestsSection(ctx: SummaryContext): Block[] {
  const one = ctx.doc.to.services.length === 1;
  return [
    heading(2, words(one ? 'What is asked of the service' : 'What is asked of each service')),
    fields([dataRow('Sent to', ctx.doc.to.mailbox)]),
    table(
      one ? 'The service in this message' : 'The services in this message',
      ['Service', 'Provider', 'Asked for', 'For'],
      ctx.doc.to.services.map((s, i) => [
        [data(s.name)],
        [data(s.provider)],
        [words(s.advice ? 'Advice' : 'A referral')],
        forWhom(ctx, i),
      ]),
    ),
  ];
}

function stillNeeded(ctx: SummaryContext, verdict: FiledVerdict): Block[] {
  if (!verdict.missing?.length) return [];
  const labels = verdict.missing.map((m) => {
    const person = m.personId === undefined ? undefined : (ctx.people.get(m.personId)?.name ?? m.personId);
    return person === undefined ? m.label : `${m.label} (${person})`;
  });
  return [paragraph(strong('Still needed: '), ...namesSpans(labels))];
}

const labelSpans = (label: string | undefined): Span[] => (label ? [strong(`${label}: `)] : []);

function verdictBlocks(ctx: SummaryContext, index: number): Block[] {
  const service = ctx.doc.to.services[index]!;
  const verdict = ctx.doc.verdicts[index];
  if (!verdict) return [];
  return [
    heading(3, data(service.name), words(`: ${VERDICT_WORDS[verdict.verdict] ?? verdict.verdict}`)),
    list(
      decidingReasons(verdict).map((r) => [
        ...labelSpans(reasonLabel(r)),
        data(reasonWords(r)),
        words(' (source: '),
        data(citationWords(r.citation, ctx.catalogue)),
        words(')'),
      ]),
    ),
    ...stillNeeded(ctx, verdict),
  ];
}

/** Compact, after everything a service acts on: the reasons that decided each verdict, not every criterion checked. */
export function eligibilitySection(ctx: SummaryContext): Block[] {
  return [
    heading(2, words('Eligibility when filed, and why')),
    ...ctx.doc.to.services.flatMap((_, i) => verdictBlocks(ctx, i)),
    paragraph(
      words('Only the reasons that decided each result are shown. '),
      strong(FILED_FILE_NAMES[0]),
      words(' lists every criterion checked, with its source, against catalogue version '),
      data(ctx.doc.catalogueVersion),
      words('.'),
    ),
  ];
}

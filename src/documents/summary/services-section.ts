import type { Citation } from '../../domain';
import { REASON_STATUS_WORDS, VERDICT_WORDS } from '../../domain';
import type { SummaryContext } from './summary-context';
import { data, fields, heading, list, paragraph, row, strong, words } from './summary.types';
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

const citationSpans = (c: Citation): Span[] => [
  words(' (source: '),
  data(c.seed),
  words(', '),
  data(c.section),
  ...(c.note ? [words('; '), data(c.note)] : []),
  words(')'),
];

export function servicesSection(ctx: SummaryContext): Block[] {
  const blocks: Block[] = [
    heading(
      2,
      words(ctx.doc.to.services.length === 1 ? 'The service in this message' : 'The services in this message'),
    ),
  ];
  ctx.doc.to.services.forEach((service, i) => {
    const verdict = ctx.doc.verdicts[i];
    blocks.push(heading(3, data(service.name), words(' — '), data(service.provider)));
    blocks.push(
      fields([
        row('Request', service.advice ? 'Request for advice' : 'Referral'),
        { label: 'For', value: forWhom(ctx, i) },
        verdict ? row('Eligibility when filed', VERDICT_WORDS[verdict.verdict] ?? verdict.verdict) : undefined,
      ]),
    );
    if (!verdict) return;
    blocks.push(paragraph(words('Why:')));
    blocks.push(
      list(
        verdict.reasons.map((r) => [
          strong(`${REASON_STATUS_WORDS[r.status] ?? r.status}: `),
          data(r.message),
          ...citationSpans(r.citation),
        ]),
      ),
    );
    if (verdict.missing?.length) {
      blocks.push(
        paragraph(
          strong('Still needed: '),
          ...namesSpans(
            verdict.missing.map((m) => {
              const person = m.personId === undefined ? undefined : (ctx.people.get(m.personId)?.name ?? m.personId);
              return person === undefined ? m.label : `${m.label} (${person})`;
            }),
          ),
        ),
      );
    }
  });
  return blocks;
}

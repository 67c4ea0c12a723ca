import { COURT_PROCEEDINGS, LAWFUL_BASES, STATUTORY_STATUSES } from '../../domain';
import { answerWords, ukDate } from '../text/words';
import { vocabularySpan } from './summary-context';
import type { SummaryContext } from './summary-context';
import { data, dataRow, fields, heading, row, words } from './summary.types';
import type { Block, FieldRow, Span } from './summary.types';

export function consentSection(ctx: SummaryContext): Block[] {
  const c = ctx.doc.referral.consent;
  const rows: (FieldRow | undefined)[] = c.given
    ? [row('Consent given', 'Yes'), dataRow('Given by', c.givenBy), row('Recorded on', ukDate(c.recordedOn))]
    : [
        row('Consent given', 'No, or not sought'),
        { label: 'Lawful basis for sharing', value: [vocabularySpan(LAWFUL_BASES, c.lawfulBasis)] },
        dataRow('Why', c.reason),
      ];
  return [heading(2, words('Consent')), fields(rows)];
}

function leadProfessional(ctx: SummaryContext): Span[] {
  const lp = ctx.doc.referral.context.leadProfessional;
  if (lp === undefined) return [words('Not answered')];
  if (lp === null) return [words('None')];
  const parts = [lp.name, lp.role, lp.organisation, lp.email].filter((x): x is string => Boolean(x));
  return parts.flatMap((p, i) => (i === 0 ? [data(p)] : [words(', '), data(p)]));
}

export function contextSection(ctx: SummaryContext): Block[] {
  const c = ctx.doc.referral.context;
  const answer = (label: string, a: string | undefined) => row(label, answerWords(a));
  return [
    heading(2, words('Case context')),
    fields([
      c.p2pLevel === undefined
        ? undefined
        : row('Pathway to Provision level', c.p2pLevel === 'not-known' ? 'Not known' : String(c.p2pLevel)),
      {
        label: 'Statutory status',
        value:
          c.statutoryStatus === undefined
            ? [words('Not answered')]
            : c.statutoryStatus.flatMap((k, i) => [...(i ? [words('; ')] : []), vocabularySpan(STATUTORY_STATUSES, k)]),
      },
      answer("Open to children's social care", c.openToSocialCare),
      c.childProtectionPlanConsidered === undefined
        ? undefined
        : answer('Child protection plan considered', c.childProtectionPlanConsidered),
      { label: 'Lead professional', value: leadProfessional(ctx) },
      {
        label: 'Court proceedings',
        value:
          c.courtProceedings === undefined
            ? [words('Not answered')]
            : [vocabularySpan(COURT_PROCEEDINGS, c.courtProceedings)],
      },
      c.recentWholeFamilyAssessment === undefined
        ? undefined
        : answer('Recent whole-family assessment', c.recentWholeFamilyAssessment),
    ]),
  ];
}

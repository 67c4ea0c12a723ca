import { formatBytes } from '../../domain';
import { ukDate } from '../text/words';
import type { SummaryContext } from './summary-context';
import { data, dataRow, fields, heading, list, paragraph, strong, words } from './summary.types';
import type { Block, Span } from './summary.types';
import { standardsOnFiling } from './time-standards';

/** The files of the message in the order they are attached. */
export const FILED_FILE_NAMES = ['referral.json', 'referral.pdf'] as const;

export function notesSection(ctx: SummaryContext): Block[] {
  const notes = ctx.doc.referral.notes;
  return notes ? [heading(2, words('Notes from the referrer')), paragraph(data(notes))] : [];
}

export function referrerSection(ctx: SummaryContext): Block[] {
  const r = ctx.doc.referral.referrer;
  return [
    heading(2, words('The referrer')),
    fields([
      dataRow('Name', r.name),
      dataRow('Role', r.role),
      dataRow('Organisation', r.organisation),
      dataRow('Team', r.team),
      dataRow('Email', r.email),
      dataRow('Phone', r.phone),
    ]),
  ];
}

export function attachmentsSection(ctx: SummaryContext): Block[] {
  const own = ctx.doc.referral.attachments.map((a): Span[] => [
    data(a.name),
    words(' ('),
    data(a.contentType),
    words(`, ${formatBytes(a.size)})`),
  ]);
  return [
    heading(2, words('Attachments')),
    list([
      [
        strong(FILED_FILE_NAMES[0]),
        words(': this referral, machine-readable (validated against the published JSON Schema)'),
      ],
      [strong(FILED_FILE_NAMES[1]), words(': this summary, for the case record')],
      ...own,
    ]),
  ];
}

export function nextStepsSection(ctx: SummaryContext): Block[] {
  const { doc } = ctx;
  const r = doc.referral.referrer;
  const contact: Span[] = [
    data(r.name),
    words(' at '),
    data(r.email),
    ...(r.phone ? [words(' or '), data(r.phone)] : []),
  ];
  const first =
    doc.kind === 'advice'
      ? paragraph(
          words('The service reads this request and replies to the referrer, '),
          ...contact,
          words(', with its advice.'),
        )
      : paragraph(
          words(
            'The service screens this referral and decides whether to accept it, place the family on a waiting list, ask for more information or decline it, and tells the referrer, ',
          ),
          ...contact,
          words('.'),
        );
  // Screening standards are about referrals: an advice request starts no clock.
  const standards = doc.to.services
    .filter((s) => !s.advice)
    .flatMap((s) =>
      standardsOnFiling(ctx.catalogue, s.id, new Date(doc.filedAt)).map((t): Span[] => [
        data(s.name),
        words(': '),
        data(t.description),
        words(` By ${ukDate(t.dueDate)}.`),
      ]),
    );
  return [
    heading(2, words('What happens next')),
    first,
    ...(standards.length ? [paragraph(words('Time standards that apply:')), list(standards)] : []),
    paragraph(words(`Quote ${doc.reference} in any reply. Do not put the family's names in an email subject.`)),
  ];
}

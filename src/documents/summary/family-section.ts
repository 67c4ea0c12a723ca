import { ABUSE_ROLES, BEHAVIOURS, DIAGNOSES, GENDERS } from '../../domain';
import type { Adult, Child, Person, Vocabulary } from '../../domain';
import { addressSpans, birthWords, councilSpans, whoSpans } from './person-words';
import { answerRow, vocabularySpan } from './summary-context';
import type { SummaryContext } from './summary-context';
import { data, dataRow, fields, heading, paragraph, spansRow, table, words } from './summary.types';
import type { Block, FieldRow, Span } from './summary.types';

const vocabularyRow = (label: string, vocabulary: Vocabulary, key: string | undefined): FieldRow | undefined =>
  key === undefined ? undefined : { label, value: [vocabularySpan(vocabulary, key)] };
const listRow = (label: string, vocabulary: Vocabulary, keys: readonly string[] | undefined): FieldRow | undefined =>
  keys === undefined
    ? undefined
    : {
        label,
        value: keys.length
          ? keys.flatMap((k, i) => [...(i ? [words('; ')] : []), vocabularySpan(vocabulary, k)])
          : [words('None')],
      };

const NOT_GIVEN = [words('Not given')];

/** One line per person: who they are, their age, and for a child the school or nursery and the GP. */
function peopleTable(ctx: SummaryContext): Block {
  const rows = ctx.doc.referral.people.map((p): Span[][] => [
    [data(p.name)],
    whoSpans(p),
    [words(birthWords(p, ctx.today))],
    p.kind === 'child' ? (p.school ? [data(p.school)] : NOT_GIVEN) : [],
    p.kind === 'child' ? (p.gp ? [data(p.gp)] : NOT_GIVEN) : [],
  ]);
  return table('The people in the family', ['Name', 'Who', 'Date of birth', 'School or nursery', 'GP'], rows);
}

/** The family's own heading and its people: the first thing after the title. */
export function familySection(ctx: SummaryContext): Block[] {
  return [heading(2, words('The family')), peopleTable(ctx)];
}

/** The reason for the referral in the referrer's words, straight after how to reach the family. */
export function reasonSection(ctx: SummaryContext): Block[] {
  const reason = ctx.doc.referral.reason?.trim();
  return [
    heading(2, words("Reason for the referral, in the referrer's words")),
    reason
      ? paragraph(data(reason))
      : paragraph(words('The referrer gave no reason. Ask the referrer before you act.')),
  ];
}

function childRows(c: Child): (FieldRow | undefined)[] {
  return [
    vocabularyRow('Gender', GENDERS, c.gender),
    answerRow("Lives in the family's council area", c.livesInBorough),
    spansRow('Lives in', councilSpans(c.councilCode)),
    answerRow("School or nursery in the family's council area", c.schoolInBorough),
    spansRow('School or nursery in', councilSpans(c.schoolCouncilCode)),
    answerRow('Lives with, or has regular contact with, the parent or carer referred', c.livesWithOrRegularContact),
    answerRow('Additional needs', c.additionalNeeds),
    listRow('Behaviours', BEHAVIOURS, c.behaviours),
    listRow('Diagnoses', DIAGNOSES, c.diagnoses),
    answerRow('Affected by domestic abuse', c.affectedByDomesticAbuse),
  ];
}

function adultRows(a: Adult): (FieldRow | undefined)[] {
  return [
    answerRow('Lives in the household', a.livesInHousehold),
    vocabularyRow('Gender', GENDERS, a.gender),
    vocabularyRow('Domestic abuse', ABUSE_ROLES, a.abuseRole),
    a.address ? { label: 'Address', value: addressSpans(a.address) } : undefined,
    dataRow('Phone', a.phone),
    answerRow('Active substance misuse', a.activeSubstanceMisuse),
    answerRow('Severe mental health needs', a.severeMentalHealth),
    answerRow('Criminal justice involvement', a.criminalJusticeInvolvement),
  ];
}

const personRows = (p: Person) => (p.kind === 'child' ? childRows(p) : adultRows(p));

/** What the referral records about each person, after the reason; people with nothing more to say are left out. */
export function peopleSection(ctx: SummaryContext): Block[] {
  const blocks = ctx.doc.referral.people.flatMap((p) => {
    const rows = personRows(p).filter((r) => r !== undefined);
    return rows.length ? [heading(3, data(p.name)), fields(rows)] : [];
  });
  return blocks.length ? [heading(2, words('About each person')), ...blocks] : [];
}

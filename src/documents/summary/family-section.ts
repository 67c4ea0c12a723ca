import { ABUSE_ROLES, ADULT_ROLES, GENDERS } from '../../domain';
import type { Adult, Child } from '../../domain';
import { ageOn, answerWords, ukDate } from '../text/words';
import { vocabularySpan } from './summary-context';
import type { SummaryContext } from './summary-context';
import { data, dataRow, fields, heading, row, words } from './summary.types';
import type { Block, FieldRow } from './summary.types';

const answerRow = (label: string, answer: string | undefined): FieldRow | undefined =>
  answer === undefined ? undefined : row(label, answerWords(answer));
const vocabularyRow = (
  label: string,
  vocabulary: Record<string, string>,
  key: string | undefined,
): FieldRow | undefined => (key === undefined ? undefined : { label, value: [vocabularySpan(vocabulary, key)] });

function childRows(c: Child, today: string): (FieldRow | undefined)[] {
  const age = ageOn(c.dateOfBirth, today);
  return [
    row('Child or adult', 'Child or young person'),
    c.dateOfBirth
      ? row('Date of birth', `${ukDate(c.dateOfBirth)}${age === undefined ? '' : ` (age ${age})`}`)
      : undefined,
    c.expectedDate ? row('Expected', `${ukDate(c.expectedDate)} (unborn)`) : undefined,
    vocabularyRow('Gender', GENDERS, c.gender),
    dataRow('School', c.school),
    answerRow('Lives in the borough', c.livesInBorough),
    answerRow('School in the borough', c.schoolInBorough),
    answerRow('Lives with, or has regular contact with, the parent or carer referred', c.livesWithOrRegularContact),
    answerRow('Additional needs', c.additionalNeeds),
  ];
}

function adultRows(a: Adult, today: string): (FieldRow | undefined)[] {
  const age = ageOn(a.dateOfBirth, today);
  return [
    row('Child or adult', 'Adult'),
    vocabularyRow('Role', ADULT_ROLES, a.role),
    dataRow('Relationship to the children', a.relationship),
    answerRow('Lives in the household', a.livesInHousehold),
    vocabularyRow('Gender', GENDERS, a.gender),
    vocabularyRow('Domestic abuse', ABUSE_ROLES, a.abuseRole),
    a.dateOfBirth
      ? row('Date of birth', `${ukDate(a.dateOfBirth)}${age === undefined ? '' : ` (age ${age})`}`)
      : undefined,
  ];
}

export function familySection(ctx: SummaryContext): Block[] {
  const blocks: Block[] = [heading(2, words('The family'))];
  for (const person of ctx.doc.referral.people) {
    blocks.push(heading(3, data(person.name)));
    blocks.push(fields(person.kind === 'child' ? childRows(person, ctx.today) : adultRows(person, ctx.today)));
  }
  return blocks;
}

// Where the family and each child live, as council areas: the facts the area criterion reads.
import { COUNCILS } from '../areas/councils';
import { COUNCIL_CODE } from '../contact/council-code';
import type { FactDefinition, FactReading } from './fact';
import { MISSING, known, valueAt } from './fact';
import { derivedFact } from './readers';

const COUNCIL_OPTIONS = COUNCILS.map((c) => ({ value: c.code, label: c.name }));

// Any ONS code counts, not only the table's: an address service may give a council no provider serves.
const code = (raw: unknown): FactReading =>
  typeof raw === 'string' && COUNCIL_CODE.test(raw.trim()) ? known(raw.trim()) : MISSING;
const text = (raw: unknown): FactReading => (typeof raw === 'string' && raw.trim() ? known(raw.trim()) : MISSING);

const councilFact = (id: string, label: string, scope: 'family' | 'child', path: readonly string[]) =>
  derivedFact({ id, label, type: 'choice', scope, path, options: COUNCIL_OPTIONS }, (referral, ctx) =>
    code(valueAt(scope === 'family' ? referral : ctx.person, path)),
  );

export const AREA_FACTS: readonly FactDefinition[] = [
  councilFact('family.councilCode', 'Which council area does the family live in?', 'family', ['family', 'councilCode']),
  derivedFact(
    {
      id: 'family.councilName',
      label: "The family's council area, when it is not in the list",
      type: 'text',
      path: ['family', 'councilName'],
    },
    (referral) => text(valueAt(referral, ['family', 'councilName'])),
  ),
  councilFact('child.councilCode', 'Which council area does the child live in?', 'child', ['councilCode']),
  councilFact('child.schoolCouncilCode', "Which council area is the child's school or nursery in?", 'child', [
    'schoolCouncilCode',
  ]),
];

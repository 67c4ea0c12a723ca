// fieldIssues checks a draft part by part and keeps each part's problems per value object (a keystroke re-checks one
// part). These tests hold it to the plain way — every section, then the whole schema in one go — over sequences of
// edits made as the draft reducer makes them (copying only what changes), so kept results are always the right ones.
import fc from 'fast-check';
import type { z } from 'zod';
import {
  adultSchema,
  caseContextSchema,
  childSchema,
  consentSchema,
  familyContactSchema,
  needsSchema,
  referralSchema,
  referrerSchema,
  risksSchema,
  supportSchema,
} from '../../../../../src/domain';
import { fieldId, pathKey } from '../../../../../src/ui/components/field-id';
import { messageFor } from '../../../../../src/ui/features/referral-form/validation/field-messages';
import type { RawIssue } from '../../../../../src/ui/features/referral-form/validation/field-messages';
import { fieldIssues } from '../../../../../src/ui/features/referral-form/validation/validate-draft';
import {
  contactRequirements,
  incidentRequirements,
  personCausingHarmRequirements,
  reasonRequirements,
} from '../../../../../src/ui/features/referral-form/validation/filing-requirements';
import type { ServiceNeeds } from '../../../../../src/ui/features/referral-form/validation/filing-requirements';
import { getIn, setIn } from '../../../../../src/ui/state/draft';
import type { Path } from '../../../../../src/ui/state/draft';
import { filableDraft } from './filable-draft';

function plainIssuesOf(schema: z.ZodType, value: unknown, prefix: (string | number)[]): RawIssue[] {
  const r = schema.safeParse(value);
  if (r.success) return [];
  return r.error.issues.map((i) => ({
    path: [...prefix, ...i.path.map((p) => (typeof p === 'symbol' ? String(p) : p))],
    code: i.code,
    message: i.message,
    ...('maximum' in i ? { maximum: i.maximum } : {}),
  }));
}

const SECTIONS: readonly [string, z.ZodType][] = [
  ['context', caseContextSchema],
  ['risks', risksSchema],
  ['needs', needsSchema],
  ['support', supportSchema],
];

/** The plain way: each section, what filing needs in form order, then every other problem the whole schema reports. */
function plainFieldIssues(referral: unknown, needs: ServiceNeeds = { domesticAbuse: false, marac: false }) {
  const raw: RawIssue[] = [...plainIssuesOf(referrerSchema, getIn(referral, ['referrer']) ?? {}, ['referrer'])];
  const consent = getIn(referral, ['consent']);
  if (typeof getIn(consent, ['given']) !== 'boolean')
    raw.push({ path: ['consent', 'given'], code: 'missing', message: '' });
  else raw.push(...plainIssuesOf(consentSchema, consent, ['consent']));
  const people = getIn(referral, ['people']);
  const list = Array.isArray(people) ? people : [];
  if (list.length === 0) raw.push({ path: ['people'], code: 'missing', message: '' });
  list.forEach((p, i) =>
    raw.push(...plainIssuesOf(getIn(p, ['kind']) === 'adult' ? adultSchema : childSchema, p, ['people', i])),
  );
  if (list.length) raw.push(...personCausingHarmRequirements(referral, needs));
  raw.push(...plainIssuesOf(familyContactSchema, getIn(referral, ['family']) ?? {}, ['family']));
  raw.push(...contactRequirements(referral));
  raw.push(...plainIssuesOf(referralSchema.shape.reason, getIn(referral, ['reason']), ['reason']));
  raw.push(...reasonRequirements(referral));
  for (const [key, schema] of SECTIONS) {
    raw.push(...plainIssuesOf(schema, getIn(referral, [key]) ?? {}, [key]));
    if (key === 'risks') raw.push(...incidentRequirements(referral, needs));
  }
  const seen = new Set(raw.map((i) => pathKey(i.path)));
  const covered = new Set(['referrer', 'consent', 'people', 'family', 'reason', ...SECTIONS.map(([k]) => k)]);
  for (const i of plainIssuesOf(referralSchema, referral, []))
    if (!covered.has(String(i.path[0])) && !seen.has(pathKey(i.path))) raw.push(i);
  const out = new Map<string, { path: readonly (string | number)[]; fieldId: string; message: string }>();
  for (const issue of raw)
    if (!out.has(pathKey(issue.path)))
      out.set(pathKey(issue.path), {
        path: issue.path,
        fieldId: fieldId(issue.path),
        message: messageFor(referral, issue),
      });
  return [...out.values()];
}

const COMPLETE = {
  ...filableDraft(),
  reason: 'Jo hits his mother.',
  people: [
    { id: 'a1', kind: 'adult', name: 'Pat', role: 'parent', relationship: 'mother' },
    { id: 'c1', kind: 'child', name: 'Jo', dateOfBirth: '2019-03-27' },
    { id: 'c2', kind: 'child', name: 'Al', dateOfBirth: '2015-01-02' },
  ],
  services: [{ serviceId: 'lewisham.nvr', personIds: ['a1', 'c1'] }],
  notes: 'Six in the family.',
};

const PATHS: readonly Path[] = [
  ['referrer', 'name'],
  ['referrer', 'email'],
  ['consent', 'given'],
  ['consent', 'reason'],
  ['people', 0, 'name'],
  ['people', 1, 'dateOfBirth'],
  ['people', 2, 'kind'],
  ['people', 1, 'id'],
  ['people', 3],
  ['people'],
  ['context', 'statutoryStatus'],
  ['risks', 'dash'],
  ['needs', 'behaviours'],
  ['reason'],
  ['family', 'address', 'postcode'],
  ['family', 'phones', 0, 'number'],
  ['family', 'safeContact', 'call'],
  ['family'],
  ['people', 0, 'abuseRole'],
  ['risks', 'latestIncident'],
  ['support', 'previous'],
  ['services', 0, 'personIds', 1],
  ['services', 1],
  ['services'],
  ['answers', 'x.y'],
  ['attachments', 0],
  ['notes'],
  ['schemaVersion'],
  ['id'],
  ['surprise'],
  ['toString'],
];
const value = fc.oneof(
  fc.constantFrom(
    undefined,
    '',
    'Jo',
    'c1',
    'a1',
    '2019-03-27',
    '30/02/2019',
    'x'.repeat(5000),
    1,
    -1,
    true,
    false,
    null,
    [],
    {},
    ['c1'],
    { serviceId: 'lewisham.nvr', personIds: ['zz'] },
    { id: 'c1', kind: 'child', name: 'Twin' },
    'person-causing-harm',
    { date: '2026-11-01', account: 'He shouted.' },
  ),
  fc.string({ maxLength: 20 }),
  fc.anything({ maxDepth: 2 }),
);
const edit = fc.tuple(fc.constantFrom(...PATHS), value);

describe('fieldIssues part by part', () => {
  test('gives what checking every section and the whole schema gives, edit after edit', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 12 }), fc.boolean(), (edits, domesticAbuse) => {
        const needs = { domesticAbuse, marac: false };
        let referral: unknown = COMPLETE;
        expect(fieldIssues(referral, needs)).toEqual(plainFieldIssues(referral, needs));
        for (const [path, v] of edits) {
          referral = setIn(referral, path, v);
          expect(fieldIssues(referral, needs)).toEqual(plainFieldIssues(referral, needs));
        }
      }),
      { numRuns: 300 },
    );
  });

  test('a complete referral whose services name someone not in it is told so (the whole-referral rules still run)', () => {
    const r = setIn(COMPLETE, ['services', 0, 'personIds'], ['a1', 'nobody']);
    expect(fieldIssues(r).map((i) => i.fieldId)).toEqual(['f-services-0-personIds-1']);
    expect(fieldIssues(r)).toEqual(plainFieldIssues(r));
  });
});

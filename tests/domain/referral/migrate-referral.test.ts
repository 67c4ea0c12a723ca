// v1 → v2: every v1 referral the project has published or filed reads as v2 without losing an answer.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import {
  RETIRED_V1_QUESTIONS,
  RETIRED_V1_QUESTION_IDS,
  migrateFiledReferral,
  migrateReferral,
  validateReferral,
} from '../../../src/domain';
import { checkedDocument } from '../../../src/documents';
import { parseDraftRecord } from '../../../src/ui/features/drafts/draft-record.schema';
import { parseFilingJob } from '../../../src/filing';
import { catalogue as builtInCatalogue } from '../../../src/catalogues';

const ROOT = path.join(__dirname, '../../..');
const V1_DIR = path.join(ROOT, 'tests/fixtures/v1');
const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
const V1_REFERRALS = readdirSync(V1_DIR)
  .filter((f) => /^referral\.(?!filed).*\.json$/.test(f))
  .map((f) => [f, readJson(path.join(V1_DIR, f))] as const);

const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
const v1Schema = ajv.compile(readJson(path.join(ROOT, 'docs/schema/referral.v1.schema.json')));
const v2Schema = ajv.compile(readJson(path.join(ROOT, 'docs/schema/referral.v2.schema.json')));

type Json = Record<string, unknown>;

/** Every leaf of a JSON value, as [path, value]. */
function leaves(value: unknown, at: string[] = []): [string, unknown][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, [...at, String(i)]));
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => leaves(v, [...at, k]));
  return [[at.join('.'), value]];
}

/** Where v2 keeps a v1 leaf: the three moves of v2, everything else where it was. */
function v2PathOf(v1Path: string, v1: Json): string {
  if (v1Path === 'needs.summary') return 'reason';
  if (v1Path === 'context.statutoryStatus') return 'context.statutoryStatus.0';
  const behaviour = /^needs\.behaviours\.(\d+)$/.exec(v1Path);
  const people = (v1.people as Json[] | undefined) ?? [];
  const children = people.map((p, i) => [p, i] as const).filter(([p]) => p.kind === 'child');
  if (behaviour && children.length === 1) return `people.${children[0]![1]}.behaviours.${behaviour[1]}`;
  return v1Path;
}

function expectNothingLost(v1: Json, v2: unknown) {
  const after = new Map(leaves(v2));
  for (const [p, value] of leaves(v1)) {
    if (p === 'schemaVersion') continue;
    expect([p, after.get(v2PathOf(p, v1))]).toEqual([p, value]);
  }
}

describe.each(V1_REFERRALS)('the v1 referral %s', (_file, v1) => {
  test('is a valid v1 referral to begin with', () => {
    expect(v1Schema(v1)).toBe(true);
  });

  test('migrates to a valid v2 referral, with every answer kept', () => {
    const v2 = migrateReferral(v1);
    expect(validateReferral(v2)).toMatchObject({ ok: true });
    expect(v2Schema(v2)).toBe(true);
    expectNothingLost(v1, v2);
  });

  test('is read by validateReferral as it is, without a migration step by the caller', () => {
    const r = validateReferral(v1);
    expect(r.ok && r.value.schemaVersion).toBe(2);
  });

  test('is read back from the draft store as a v2 draft', () => {
    const draft = parseDraftRecord({
      id: 'd1',
      createdAt: '2026-11-01T09:00:00Z',
      updatedAt: '2026-11-01T09:00:00Z',
      referral: v1,
    });
    expect(draft?.referral.schemaVersion).toBe(2);
    expectNothingLost(v1, draft?.referral);
  });
});

describe('a filed v1 referral.json, as a service mailbox holds it', () => {
  const filedV1 = readJson(path.join(V1_DIR, 'referral.filed.example.json'));

  test('is read as a v2 document, its verdicts as they were at filing time', () => {
    expect(filedV1.schemaVersion).toBe(1);
    const doc = checkedDocument(filedV1);
    expect(doc.schemaVersion).toBe(2);
    expect(doc.referral.schemaVersion).toBe(2);
    expect(doc.verdicts).toEqual(filedV1.verdicts);
    expect(doc.referral.reason).toBe((filedV1.referral as { needs: { summary: string } }).needs.summary);
  });

  test('migrateFiledReferral leaves a v2 document and anything unknown alone', () => {
    const v2 = migrateFiledReferral(filedV1);
    expect(migrateFiledReferral(v2)).toBe(v2);
    expect(migrateFiledReferral('not a document')).toBe('not a document');
    expect(migrateFiledReferral({ schemaVersion: 7 })).toEqual({ schemaVersion: 7 });
  });
});

describe('migrateReferral on its own', () => {
  const base = V1_REFERRALS.find(([f]) => f === 'referral.base.json')![1];

  test('a reason already written is kept over the old summary', () => {
    const v2 = migrateReferral({ ...base, reason: 'Already written', needs: { summary: 'Old words' } }) as Json;
    expect(v2.reason).toBe('Already written');
    expect(v2.needs).toEqual({});
  });

  test('with two children, behaviours stay the family’s: no child is given another’s behaviour', () => {
    const twoChildren = {
      ...base,
      people: [...(base.people as Json[]), { id: 'c2', kind: 'child', name: 'Kim Child' }],
      needs: { behaviours: ['externalising'] },
    };
    const v2 = migrateReferral(twoChildren) as { needs: Json; people: Json[] };
    expect(v2.needs.behaviours).toEqual(['externalising']);
    expect(v2.people.every((p) => p.behaviours === undefined)).toBe(true);
  });

  test('a half-filled v1 draft migrates without gaining fields it never had', () => {
    expect(migrateReferral({ schemaVersion: 1, id: 'x', context: { statutoryStatus: 'plo' } })).toEqual({
      schemaVersion: 2,
      id: 'x',
      context: { statutoryStatus: ['plo'] },
    });
    expect(migrateReferral({ schemaVersion: 1 })).toEqual({ schemaVersion: 2 });
  });

  test('a v2 referral, a later version and non-objects pass through untouched', () => {
    const v2 = migrateReferral(base);
    expect(migrateReferral(v2)).toBe(v2);
    expect(migrateReferral({ schemaVersion: 3, needs: { summary: 'x' } })).toEqual({
      schemaVersion: 3,
      needs: { summary: 'x' },
    });
    expect(migrateReferral(null)).toBeNull();
    expect(migrateReferral([1])).toEqual([1]);
  });
});

// Any valid v1 referral, made from the maximal v1 fixture with fields left out and values varied.
const maximal = V1_REFERRALS.find(([f]) => f === 'referral.maximal.json')![1];
const STATUSES = [
  'none',
  'early-help',
  'child-in-need',
  'child-protection-plan',
  'looked-after',
  'plo',
  'care-proceedings',
  'not-known',
];
const BEHAVIOURS = ['externalising', 'internalising', 'violence-towards-parents', 'anger-episodes'];

const v1Referral = fc
  .record({
    status: fc.option(fc.constantFrom(...STATUSES), { nil: undefined }),
    summary: fc.option(fc.string({ maxLength: 200 }), { nil: undefined }),
    behaviours: fc.option(fc.subarray(BEHAVIOURS), { nil: undefined }),
    childCount: fc.integer({ min: 0, max: 2 }),
    dropNotes: fc.boolean(),
  })
  .map(({ status, summary, behaviours, childCount, dropNotes }) => {
    const people = (maximal.people as Json[]).filter((p) => p.kind === 'adult');
    const children = (maximal.people as Json[]).filter((p) => p.kind === 'child').slice(0, childCount);
    const { summary: _s, behaviours: _b, ...needs } = maximal.needs as Json;
    const { statutoryStatus: _st, ...context } = maximal.context as Json;
    const { notes: _n, ...rest } = maximal;
    const personIds = new Set([...people, ...children].map((p) => p.id));
    return {
      ...(dropNotes ? rest : maximal),
      people: [...people, ...children],
      services: (maximal.services as { personIds: string[] }[]).map((s) => ({
        ...s,
        personIds: s.personIds.filter((id) => personIds.has(id)),
      })),
      context: status === undefined ? context : { ...context, statutoryStatus: status },
      needs: {
        ...needs,
        ...(summary === undefined ? {} : { summary }),
        ...(behaviours === undefined ? {} : { behaviours }),
      },
    } as Json;
  });

test('property: any valid v1 referral migrates to one the published v2 JSON Schema accepts, losing nothing', () => {
  fc.assert(
    fc.property(v1Referral, (v1) => {
      expect(v1Schema(v1)).toBe(true);
      const v2 = migrateReferral(v1);
      expect(v2Schema(v2)).toBe(true);
      expectNothingLost(v1, v2);
    }),
    { numRuns: 200 },
  );
});

test('a filing job stored before the upgrade, holding a v1 referral, is read back to resume with the v2 referral', () => {
  const v1 = V1_REFERRALS.find(([f]) => f === 'referral.example.json')![1];
  const job = parseFilingJob({
    id: v1.id,
    draftId: 'd1',
    referral: v1,
    filedAt: '2026-11-23T09:45:00Z',
    mailboxes: [
      {
        address: 'Family.Hub.Referrals@lewisham.gov.uk',
        serviceIds: ['lewisham.nvr'],
        serviceNames: ['NVR'],
        kind: 'referral',
        state: 'pending',
        attempts: 1,
      },
    ],
    attachments: [],
  });
  expect(job?.referral.schemaVersion).toBe(2);
  expect(job?.referral.context.statutoryStatus).toEqual(['early-help']);
});

describe('answers to v1 catalogue questions that v2 asks of each child', () => {
  const base = V1_REFERRALS.find(([f]) => f === 'referral.base.json')![1];
  const withAnswers = (answers: Json, extraChildren: Json[] = []) => ({
    ...base,
    people: [...(base.people as Json[]), ...extraChildren],
    answers,
  });

  test('with one child, the answers move to that child and leave the catalogue answers', () => {
    const v2 = migrateReferral(
      withAnswers({
        'notts.child-diagnosis': ['asd', 'adhd'],
        'northumbria.child-affected-by-domestic-abuse': 'yes',
        'notts.school-attendance-percent': 91,
      }),
    ) as { people: Json[]; answers: Json };
    const child = v2.people.find((p) => p.kind === 'child')!;
    expect(child).toMatchObject({ diagnoses: ['autism', 'adhd'], affectedByDomesticAbuse: 'yes' });
    expect(v2.answers).toEqual({ 'notts.school-attendance-percent': 91 });
  });

  test('"Neither" becomes a known empty list of diagnoses, not an unanswered one', () => {
    const v2 = migrateReferral(withAnswers({ 'notts.child-diagnosis': ['none'] })) as { people: Json[] };
    expect(v2.people.find((p) => p.kind === 'child')?.diagnoses).toEqual([]);
  });

  test('with two children the answers stay as they were, and validation still reads the referral', () => {
    const answers = { 'lbbd.child-impacted-by-domestic-abuse': 'yes', 'notts.prior-support': ['workshop'] };
    const v2 = migrateReferral(withAnswers(answers, [{ id: 'c2', kind: 'child', name: 'Kim Child' }])) as {
      people: Json[];
      answers: Json;
    };
    expect(v2.answers).toEqual(answers);
    expect(v2.people.every((p) => p.affectedByDomesticAbuse === undefined)).toBe(true);
    expect(validateReferral(v2, builtInCatalogue)).toMatchObject({ ok: true });
  });

  test('an answer to a question that was never in the catalogue is still refused', () => {
    const r = validateReferral(withAnswers({ 'notts.no-such-question': 'yes' }), builtInCatalogue);
    expect(r.ok).toBe(false);
  });
});

test('every retired question a migrated referral may keep has its words for the documents', () => {
  expect([...RETIRED_V1_QUESTIONS.keys()].sort()).toEqual([...RETIRED_V1_QUESTION_IDS].sort());
});

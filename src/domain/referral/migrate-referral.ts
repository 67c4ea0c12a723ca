// Reads every earlier version of referral.json as the current one. A v1 referral (a draft, or a file a service
// mailbox received) becomes v2 without losing an answer: v2 only added fields, apart from the three moves below.
import { isRecord } from '../common/is-record';
import { REFERRAL_SCHEMA_VERSION } from './referral-constants';

type Json = Record<string, unknown>;

const without = (record: Json, key: string): Json => {
  const { [key]: _dropped, ...rest } = record;
  return rest;
};

/** v1's one statutory status becomes a list of one. */
function migrateContext(context: unknown): unknown {
  if (!isRecord(context) || !('statutoryStatus' in context)) return context;
  const status = context.statutoryStatus;
  if (Array.isArray(status) || status === undefined) return context;
  return { ...context, statutoryStatus: [status] };
}

/** v1 kept behaviours for the family; with one child they can only be that child's. */
function migrateBehaviours(people: unknown, needs: unknown): { people: unknown; needs: unknown } {
  if (!isRecord(needs) || !Array.isArray(needs.behaviours) || !Array.isArray(people)) return { people, needs };
  const children = people.filter((p) => isRecord(p) && p.kind === 'child');
  if (children.length !== 1) return { people, needs };
  const only = children[0] as Json;
  if (Array.isArray(only.behaviours)) return { people, needs };
  return {
    people: people.map((p) => (p === only ? { ...only, behaviours: needs.behaviours } : p)),
    needs: without(needs, 'behaviours'),
  };
}

/** v1's summary of needs is, in v2, the reason for the referral (unless a reason was already written). */
function migrateReason(referral: Json, needs: unknown): { reason: unknown; needs: unknown } {
  if (!isRecord(needs) || !('summary' in needs)) return { reason: referral.reason, needs };
  const reason = typeof referral.reason === 'string' && referral.reason.trim() ? referral.reason : needs.summary;
  return { reason, needs: without(needs, 'summary') };
}

/** v1 catalogue questions that v2 asks of each child: the answer moves to the child it can only be about. */
const TO_THE_CHILD: Readonly<Record<string, (answer: unknown) => Json | undefined>> = {
  'notts.child-diagnosis': (answer) =>
    Array.isArray(answer)
      ? { diagnoses: answer.flatMap((d) => (d === 'asd' ? ['autism'] : d === 'adhd' ? ['adhd'] : [])) }
      : undefined,
  'lbbd.child-impacted-by-domestic-abuse': (answer) =>
    typeof answer === 'string' ? { affectedByDomesticAbuse: answer } : undefined,
  'northumbria.child-affected-by-domestic-abuse': (answer) =>
    typeof answer === 'string' ? { affectedByDomesticAbuse: answer } : undefined,
};

/**
 * Answers to v1 catalogue questions that v2 retired. Where the referral has one child the answer moves to that child;
 * otherwise it is kept as it was (validation accepts it, and the form asks each child afresh). `notts.prior-support`
 * always stays: the previous-support fact reads it as the GFPO services of each kind. Their words, for documents that
 * show a kept answer, are in retired-v1-questions.ts.
 */
export const RETIRED_V1_QUESTION_IDS: ReadonlySet<string> = new Set([
  ...Object.keys(TO_THE_CHILD),
  'notts.prior-support',
]);

function moveRetiredAnswers(people: unknown, answers: unknown): { people: unknown; answers: unknown } {
  if (!isRecord(answers) || !Array.isArray(people)) return { people, answers };
  const children = people.filter((p): p is Json => isRecord(p) && p.kind === 'child');
  if (children.length !== 1) return { people, answers };
  let child: Json = children[0]!;
  let kept: Json = answers;
  for (const [question, move] of Object.entries(TO_THE_CHILD)) {
    const facts = question in kept ? move(kept[question]) : undefined;
    if (!facts || Object.keys(facts).some((k) => k in child)) continue;
    child = { ...child, ...facts };
    kept = without(kept, question);
  }
  return { people: people.map((p) => (p === children[0] ? child : p)), answers: kept };
}

/**
 * The referral `input` in the current schema version. A v1 referral (complete or a half-filled draft) is migrated;
 * anything else, including a later version, is returned as it is for the schema to judge.
 */
export function migrateReferral(input: unknown): unknown {
  if (!isRecord(input) || input.schemaVersion !== 1) return input;
  const { reason, needs } = migrateReason(input, input.needs);
  const moved = migrateBehaviours(input.people, needs);
  const retired = moveRetiredAnswers(moved.people, input.answers);
  const migrated: Json = {
    ...input,
    schemaVersion: REFERRAL_SCHEMA_VERSION,
    ...(reason === undefined ? {} : { reason }),
    ...(input.context === undefined ? {} : { context: migrateContext(input.context) }),
    ...(retired.people === undefined ? {} : { people: retired.people }),
    ...(moved.needs === undefined ? {} : { needs: moved.needs }),
    ...(retired.answers === undefined ? {} : { answers: retired.answers }),
  };
  return migrated;
}

/** The version a referral says it is written in, or undefined. */
export const schemaVersionOf = (input: unknown): unknown => (isRecord(input) ? input.schemaVersion : undefined);

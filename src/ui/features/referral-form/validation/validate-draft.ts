// Field-level problems of a draft, from the referral schema's own sub-schemas (the same rules filing applies).
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
} from '../../../../domain';
import type { FieldPath } from '../../../components/field-id';
import { fieldId, pathKey } from '../../../components/field-id';
import { getIn } from '../../../state/draft';
import type { RawIssue } from './field-messages';
import { messageFor } from './field-messages';
import {
  NO_SERVICE_NEEDS,
  contactRequirements,
  incidentRequirements,
  personCausingHarmRequirements,
  reasonRequirements,
} from './filing-requirements';
import type { ServiceNeeds } from './filing-requirements';

export type FieldIssue = { readonly path: FieldPath; readonly fieldId: string; readonly message: string };

type Relative = readonly RawIssue[];

// Each part's problems, kept per (schema, value object): the draft reducer copies only the parts a change touches, so
// a keystroke re-checks one part of the referral, not all of it.
const checked = new WeakMap<z.ZodType, WeakMap<object, Relative>>();

function relativeIssues(schema: z.ZodType, value: unknown): Relative {
  const byValue =
    value !== null && typeof value === 'object' ? (checked.get(schema) ?? new WeakMap<object, Relative>()) : undefined;
  const hit = byValue?.get(value as object);
  if (hit) return hit;
  const r = schema.safeParse(value);
  const issues: Relative = r.success
    ? []
    : r.error.issues.map((i) => ({
        path: i.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
        code: i.code,
        message: i.message,
        ...('maximum' in i ? { maximum: i.maximum } : {}),
      }));
  if (byValue) {
    byValue.set(value as object, issues);
    checked.set(schema, byValue);
  }
  return issues;
}

function issuesOf(schema: z.ZodType, value: unknown, prefix: FieldPath): RawIssue[] {
  return relativeIssues(schema, value).map((i) => (prefix.length ? { ...i, path: [...prefix, ...i.path] } : i));
}

const SECTIONS: readonly [string, z.ZodType][] = [
  ['referrer', referrerSchema],
  ['context', caseContextSchema],
  ['risks', risksSchema],
  ['needs', needsSchema],
  ['support', supportSchema],
];

function rawIssues(referral: unknown, needs: ServiceNeeds): RawIssue[] {
  const raw: RawIssue[] = [];
  raw.push(...issuesOf(SECTIONS[0]![1], getIn(referral, ['referrer']) ?? {}, ['referrer']));
  // Until consent is answered there is one question to ask, not a union's worth of problems.
  const consent = getIn(referral, ['consent']);
  if (typeof getIn(consent, ['given']) !== 'boolean')
    raw.push({ path: ['consent', 'given'], code: 'missing', message: '' });
  else raw.push(...issuesOf(consentSchema, consent, ['consent']));
  raw.push(...peopleIssues(referral, needs));
  // In the form's order: the family's contact details, then the reason for the referral.
  raw.push(...issuesOf(familyContactSchema, getIn(referral, ['family']) ?? {}, ['family']));
  raw.push(...contactRequirements(referral));
  raw.push(...issuesOf(SHAPE.reason!, getIn(referral, ['reason']), ['reason']), ...reasonRequirements(referral));
  for (const [key, schema] of SECTIONS.slice(1)) {
    raw.push(...issuesOf(schema, getIn(referral, [key]) ?? {}, [key]));
    if (key === 'risks') raw.push(...incidentRequirements(referral, needs));
  }
  // Everything else the whole schema checks (notes, attachments, services), once.
  const seen = new Set(raw.map((i) => pathKey(i.path)));
  for (const i of wholeReferralIssues(referral)) {
    if (!COVERED.has(String(i.path[0])) && !seen.has(pathKey(i.path))) raw.push(i);
  }
  return raw;
}

function peopleIssues(referral: unknown, needs: ServiceNeeds): RawIssue[] {
  const people = getIn(referral, ['people']);
  const list = Array.isArray(people) ? people : [];
  if (list.length === 0) return [{ path: ['people'], code: 'missing', message: '' }];
  const raw = list.flatMap((p, i) =>
    issuesOf(getIn(p, ['kind']) === 'adult' ? adultSchema : childSchema, p, ['people', i]),
  );
  return [...raw, ...personCausingHarmRequirements(referral, needs)];
}

const COVERED = new Set(['referrer', 'consent', 'people', 'family', 'reason', ...SECTIONS.map(([k]) => k)]);
const SHAPE: Readonly<Record<string, z.ZodType>> = referralSchema.shape;
const OUTSIDE_SECTIONS = Object.keys(SHAPE).filter((k) => !COVERED.has(k));

/**
 * Whether the whole-referral rules (referralSchema's superRefine) could object to anything outside the sections: a
 * service for someone not in the referral, or a service asked for twice.
 */
function wholeRulesMayObject(referral: Record<string, unknown>): boolean {
  const ids = new Set((Array.isArray(referral.people) ? referral.people : []).map((p) => getIn(p, ['id'])));
  const seen = new Set<unknown>();
  for (const service of Array.isArray(referral.services) ? referral.services : []) {
    const id = getIn(service, ['serviceId']);
    if (seen.has(id)) return true;
    seen.add(id);
    const personIds = getIn(service, ['personIds']);
    if (Array.isArray(personIds) && personIds.some((p) => !ids.has(p))) return true;
  }
  return false;
}

/**
 * The problems the whole schema reports outside the sections, field by field (each kept per value, as above). zod
 * checks each field on its own, so only the whole-referral rules need the whole referral: it is parsed in one go when
 * they could object, or when it has fields the schema does not know.
 */
function wholeReferralIssues(referral: unknown): RawIssue[] {
  const isPlain = referral !== null && typeof referral === 'object' && !Array.isArray(referral);
  if (!isPlain || Object.keys(referral).some((k) => !Object.prototype.hasOwnProperty.call(SHAPE, k)))
    return issuesOf(referralSchema, referral, []);
  const record = referral as Record<string, unknown>;
  if (wholeRulesMayObject(record)) return issuesOf(referralSchema, referral, []);
  return OUTSIDE_SECTIONS.flatMap((key) => issuesOf(SHAPE[key]!, record[key], [key]));
}

/**
 * Every field problem in the draft, in form order, one per field, with plain words and the field's id: what the
 * schema refuses, and what must be there before filing (more when a domestic-abuse service is chosen).
 */
export function fieldIssues(referral: unknown, needs: ServiceNeeds = NO_SERVICE_NEEDS): FieldIssue[] {
  const out = new Map<string, FieldIssue>();
  for (const issue of rawIssues(referral, needs)) {
    const key = pathKey(issue.path);
    if (!out.has(key))
      out.set(key, { path: issue.path, fieldId: fieldId(issue.path), message: messageFor(referral, issue) });
  }
  return [...out.values()];
}

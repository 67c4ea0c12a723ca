// Field-level problems of a draft, from the referral schema's own sub-schemas (the same rules filing applies).
import type { z } from 'zod';
import {
  adultSchema, caseContextSchema, childSchema, consentSchema, needsSchema, referralSchema, referrerSchema, risksSchema,
  supportSchema,
} from '../../../../domain';
import type { FieldPath } from '../../../components/field-id';
import { fieldId, pathKey } from '../../../components/field-id';
import { getIn } from '../../../state/draft';
import type { RawIssue } from './field-messages';
import { messageFor } from './field-messages';

export type FieldIssue = { readonly path: FieldPath; readonly fieldId: string; readonly message: string };

function issuesOf(schema: z.ZodType, value: unknown, prefix: FieldPath): RawIssue[] {
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
  ['referrer', referrerSchema], ['context', caseContextSchema], ['risks', risksSchema], ['needs', needsSchema], ['support', supportSchema],
];

function rawIssues(referral: unknown): RawIssue[] {
  const raw: RawIssue[] = [];
  raw.push(...issuesOf(SECTIONS[0]![1], getIn(referral, ['referrer']) ?? {}, ['referrer']));
  // Until consent is answered there is one question to ask, not a union's worth of problems.
  const consent = getIn(referral, ['consent']);
  if (typeof getIn(consent, ['given']) !== 'boolean') raw.push({ path: ['consent', 'given'], code: 'missing', message: '' });
  else raw.push(...issuesOf(consentSchema, consent, ['consent']));
  const people = getIn(referral, ['people']);
  const list = Array.isArray(people) ? people : [];
  if (list.length === 0) raw.push({ path: ['people'], code: 'missing', message: '' });
  list.forEach((p, i) => raw.push(...issuesOf(getIn(p, ['kind']) === 'adult' ? adultSchema : childSchema, p, ['people', i])));
  for (const [key, schema] of SECTIONS.slice(1)) raw.push(...issuesOf(schema, getIn(referral, [key]) ?? {}, [key]));
  // Everything else the whole schema checks (notes, attachments, services), once.
  const seen = new Set(raw.map((i) => pathKey(i.path)));
  const covered = new Set(['referrer', 'consent', 'people', ...SECTIONS.map(([k]) => k)]);
  for (const i of issuesOf(referralSchema, referral, [])) {
    if (!covered.has(String(i.path[0])) && !seen.has(pathKey(i.path))) raw.push(i);
  }
  return raw;
}

/** Every field problem in the draft, in form order, one per field, with plain words and the field's id. */
export function fieldIssues(referral: unknown): FieldIssue[] {
  const out = new Map<string, FieldIssue>();
  for (const issue of rawIssues(referral)) {
    const key = pathKey(issue.path);
    if (!out.has(key)) out.set(key, { path: issue.path, fieldId: fieldId(issue.path), message: messageFor(referral, issue) });
  }
  return [...out.values()];
}

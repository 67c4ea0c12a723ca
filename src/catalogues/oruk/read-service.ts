import { providerSchema, serviceIdSchema, serviceSchema, formatPath, isRecord } from '../../domain';
import type { Citation, Criterion, Provider, Service } from '../../domain';
import { attributeCodes, readEmail, readId, readList, readText, readUrl, toSlug, typeName } from './feed-reader';
import type { Findings, Path, Record_ } from './feed-reader';
import { ageRequirement, readContacts, readEligibility } from './import-fields';
import type { Eligibility } from './import-fields';
import { orukCitation, orukSeedName } from './oruk-citation';
import { ORUK_TAXONOMY } from './oruk.types';
import { sha1Hex } from './uuid-v5';

// One feed record read into a service; every problem is a finding on that record, never a throw.

const DEFAULT_PROVIDER_ID = 'oruk-import';

/** What the records of one import share: the providers met so far and the service ids already given. */
export type ImportContext = {
  readonly fixedProviderId?: string;
  readonly providers: Map<string, Provider>;
  readonly serviceIds: Map<string, string>;
};

/** What one record gave: its service when imported, and its feed id and name where it had them. */
export type ReadRecord = { service?: Service; feedId?: string; name?: string };

const clip = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

const providerSlug = (text: string) => text.slice(0, 60).replace(/-+$/, '');

/** The provider's id from the organization's name, else from its feed id; undefined when neither gives one. */
function providerIdFrom(orgName: string | undefined, orgRef: string | undefined): string | undefined {
  const fromName = orgName ? providerSlug(toSlug(orgName)) : '';
  if (fromName) return fromName;
  return orgRef ? providerSlug(`org-${toSlug(orgRef)}`) : undefined;
}

/** The provider for a record: the option, else the id we exported, else the organization's name. */
function providerFor(svc: Record_, path: Path, findings: Findings, ctx: ImportContext): string {
  const org = isRecord(svc.organization) ? svc.organization : undefined;
  const orgPath = [...path, 'organization'];
  if (!org && svc.organization !== undefined && svc.organization !== null) {
    const message = `"organization" should be an object, not ${typeName(svc.organization)}; ignored`;
    findings.warn('wrong_type', orgPath, message);
  }
  const carried = org
    ? attributeCodes(readList(org, 'attributes', orgPath, findings), ORUK_TAXONOMY.providerId)[0]
    : undefined;
  const orgName = org ? readText(org, 'name', orgPath, findings, 200) : undefined;
  const orgRef = typeof svc.organization_id === 'string' ? svc.organization_id : org?.id;
  let id = ctx.fixedProviderId;
  if (!id && carried && providerSchema.shape.id.safeParse(carried).success) id = carried;
  id ||= providerIdFrom(orgName, typeof orgRef === 'string' ? orgRef : undefined);
  if (!id || id === 'org') id = DEFAULT_PROVIDER_ID;
  if (!ctx.providers.has(id)) ctx.providers.set(id, newProvider(id, org, orgName, orgPath, findings));
  return id;
}

function newProvider(
  id: string,
  org: Record_ | undefined,
  orgName: string | undefined,
  orgPath: Path,
  findings: Findings,
): Provider {
  const description = org ? readText(org, 'description', orgPath, findings, 4000) : undefined;
  const website = org ? readUrl(org, 'website' in org ? 'website' : 'url', orgPath, findings) : undefined;
  const draft = {
    id,
    name: orgName ?? id,
    seed: orukSeedName(id),
    ...(description ? { description } : {}),
    ...(website ? { website } : {}),
  };
  const parsed = providerSchema.safeParse(draft);
  return parsed.success ? parsed.data : { id, name: id, seed: orukSeedName(id) };
}

/** A readable id under the provider: the feed id as a slug, with a hash where it is too long or empty. */
function derivedServiceId(prefix: string, feedId: string): string {
  const room = 100 - prefix.length - 1;
  const slug = toSlug(feedId);
  if (slug && slug.length <= room) return `${prefix}.${slug}`;
  const head = slug.slice(0, room - 17).replace(/-+$/, '');
  return `${prefix}.${head ? `${head}-` : ''}${sha1Hex(feedId).slice(0, 16)}`;
}

const ID_PROBLEMS = {
  missing: { code: 'missing_id', message: () => 'The service has no "id"' },
  wrong_type: { code: 'wrong_type', message: (item: Record_) => `"id" should be text, not ${typeName(item.id)}` },
  too_long: { code: 'invalid_id', message: () => '"id" is longer than 200 characters' },
} as const;

/** The record's feed id and name, or what it had of them when it is skipped (no id, no name, inactive). */
function readIdentity(item: unknown, path: Path, findings: Findings): { feedId?: string; name?: string; ok: boolean } {
  if (!isRecord(item)) {
    findings.add('error', 'not_an_object', path, `A service should be an object, not ${typeName(item)}`);
    return { ok: false };
  }
  const { id: feedId, problem } = readId(item, path, findings);
  const name = readText(item, 'name', path, findings, 200);
  if (problem) findings.add('error', ID_PROBLEMS[problem].code, [...path, 'id'], ID_PROBLEMS[problem].message(item));
  if (!name) findings.add('error', 'missing_name', [...path, 'name'], 'The service has no name');
  const known = { ...(feedId ? { feedId } : {}), ...(name ? { name } : {}) };
  if (!feedId || !name) return { ...known, ok: false };
  const status = typeof item.status === 'string' ? item.status.trim().toLowerCase() : undefined;
  if (status === 'inactive' || status === 'defunct') {
    findings.add('error', 'inactive_service', [...path, 'status'], `The service is ${status}; not imported`);
    return { ...known, ok: false };
  }
  return { ...known, ok: true };
}

/** The service id the feed carries (from our own export), else one derived from the feed id. */
function serviceIdFor(
  attributes: readonly unknown[],
  providerId: string,
  feedId: string,
  path: Path,
  findings: Findings,
): string {
  const carried = attributeCodes(attributes, ORUK_TAXONOMY.serviceId)[0];
  if (carried && serviceIdSchema.safeParse(carried).success) return carried;
  if (carried) {
    const message = `The carried service id "${clip(carried, 100)}" is not a valid id; one is derived from the feed id`;
    findings.warn('invalid_service_id', [...path, 'attributes'], message);
  }
  return derivedServiceId(providerId, feedId);
}

/** The code a taxonomy gives, if it is one of `allowed`; else the fallback, with a warning for an unknown code. */
function enumCode<T extends string>(
  attributes: readonly unknown[],
  taxonomy: string,
  allowed: readonly T[],
  fallback: T,
  at: { path: Path; findings: Findings },
): T {
  const code = attributeCodes(attributes, taxonomy)[0];
  if (code === undefined) return fallback;
  if ((allowed as readonly string[]).includes(code)) return code as T;
  const message = `Unknown ${taxonomy} "${clip(code, 60)}"; "${fallback}" is used`;
  at.findings.warn('invalid_attribute', [...at.path, 'attributes'], message);
  return fallback;
}

const agesOf = (e: Eligibility) => ({
  ...(e.min !== undefined ? { min: e.min } : {}),
  ...(e.max !== undefined ? { max: e.max } : {}),
});

const hasAges = (e: Eligibility) => e.min !== undefined || e.max !== undefined;

/** The feed's ages as an `age` criterion, or a `review` criterion when it gives none. */
function orukCriterion(serviceId: string, eligibility: Eligibility, cite: (fields: string) => Citation): Criterion {
  if (hasAges(eligibility)) {
    const requirement = ageRequirement(eligibility.min, eligibility.max);
    const citation = cite(eligibility.fields);
    return { kind: 'age', id: `${serviceId}.oruk-age`, requirement, citation, ...agesOf(eligibility) };
  }
  const said = eligibility.text ? ` (the feed says: "${clip(eligibility.text, 700)}")` : '';
  const requirement = clip(
    `The Open Referral UK feed gives no age range for this service: check eligibility with the provider before referring${said}`,
    1000,
  );
  return { kind: 'review', id: `${serviceId}.oruk-review`, requirement, citation: cite('eligibility_description') };
}

/** What is known of a record once it is to be imported: its ids, its name and its attributes. */
type Settled = {
  readonly serviceId: string;
  readonly providerId: string;
  readonly feedId: string;
  readonly name: string;
  readonly attributes: readonly unknown[];
};

/** The service from a record whose identity and service id are settled. */
function buildService(
  item: Record_,
  ids: Settled,
  ctx: ImportContext,
  at: { path: Path; findings: Findings },
): Service {
  const { path, findings } = at;
  const { attributes } = ids;
  const description = readText(item, 'description', path, findings, 4000);
  if (!description)
    findings.warn('missing_description', [...path, 'description'], 'The service has no description; its name is used');
  const mailbox = readEmail(item, 'email', path, findings);
  const contacts = readContacts(item, path, findings);
  const eligibility = readEligibility(item, attributes, path, findings);
  const seed = ctx.providers.get(ids.providerId)?.seed ?? orukSeedName(ids.providerId);
  const cite = (fields: string) => orukCitation(seed, ids.feedId, fields);
  return {
    id: ids.serviceId,
    providerId: ids.providerId,
    name: ids.name,
    description: description ?? ids.name,
    ...(mailbox ? { mailbox } : {}),
    ...(contacts.length ? { contacts } : {}),
    kind: enumCode(attributes, ORUK_TAXONOMY.kind, serviceSchema.shape.kind.options, 'support', at),
    audience: enumCode(attributes, ORUK_TAXONOMY.audience, serviceSchema.shape.audience.options, 'family', at),
    ...(hasAges(eligibility) ? { ages: agesOf(eligibility) } : {}),
    ...(eligibility.text ? { eligibilityDescription: eligibility.text } : {}),
    ruleSets: [],
    criteria: [orukCriterion(ids.serviceId, eligibility, cite)],
    citations: [cite('name, description')],
  };
}

/** One feed record → a service, or the reason it is skipped (recorded in `findings`). */
export function readService(item: unknown, path: Path, ctx: ImportContext, findings: Findings): ReadRecord {
  const { ok, ...known } = readIdentity(item, path, findings);
  const { feedId, name } = known;
  if (!ok || !isRecord(item) || !feedId || !name) return known;
  const attributes = readList(item, 'attributes', path, findings);
  const providerId = providerFor(item, path, findings, ctx);
  const serviceId = serviceIdFor(attributes, providerId, feedId, path, findings);
  const firstUse = ctx.serviceIds.get(serviceId);
  if (firstUse !== undefined) {
    findings.add('error', 'duplicate_id', [...path, 'id'], `Service id "${serviceId}" is already used by ${firstUse}`);
    return known;
  }
  const service = buildService(item, { serviceId, providerId, feedId, name, attributes }, ctx, { path, findings });
  // A last check against the catalogue schema, so one odd record is skipped rather than sinking the import.
  const parsed = serviceSchema.safeParse(service);
  if (!parsed.success) {
    for (const i of parsed.error.issues) {
      const where = formatPath(i.path.map((p) => (typeof p === 'symbol' ? String(p) : p)));
      findings.add('error', 'invalid_service', path, `${where}: ${i.message}`);
    }
    return known;
  }
  ctx.serviceIds.set(serviceId, formatPath(path));
  return { service: parsed.data, ...known };
}

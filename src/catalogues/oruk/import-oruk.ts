import { providerSchema, serviceIdSchema, serviceSchema, formatPath, validateCatalogue } from '../../domain';
import type { Catalogue, Criterion, Provider, Service } from '../../domain';
import {
  Findings,
  attributeCodes,
  isRecord,
  readEmail,
  readId,
  readList,
  readText,
  readUrl,
  toSlug,
  typeName,
} from './feed-reader';
import type { ImportIssue, Path, Record_ } from './feed-reader';
import { ageRequirement, readContacts, readEligibility } from './import-fields';
import type { FeedShape, ImportReport, ImportedRecord } from './import-report';
import { orukCitation, orukSeedName } from './oruk-citation';
import { ORUK_TAXONOMY } from './oruk.types';
import { sha1Hex } from './uuid-v5';

export const DEFAULT_MAX_SERVICES = 5000;
/** catalogue.schema.ts holds at most 20,000 services. */
const MAX_SERVICES_CEILING = 20000;
const DEFAULT_PROVIDER_ID = 'oruk-import';

export type ImportOrukOptions = {
  /** Put every service under this provider (a council importing its own feed); default: one provider per organization. */
  providerId?: string;
  /** Records read at most (default 5000); the rest are reported, not read. */
  maxServices?: number;
  /** The imported catalogue's version (default `oruk-import`). */
  version?: string;
};

export type ImportOrukResult =
  { ok: true; catalogue: Catalogue; report: ImportReport } | { ok: false; report: ImportReport };

const issue = (severity: ImportIssue['severity'], code: string, path: Path, message: string): ImportIssue => ({
  severity,
  code,
  path,
  message,
});

/** Where the service records are: HSDS 3.0 page `contents`, legacy ORUK page `content`, a bare list, or one service. */
function locate(feed: unknown): {
  shape: FeedShape;
  items: readonly unknown[];
  base: Path | null;
  issues: ImportIssue[];
} {
  const issues: ImportIssue[] = [];
  if (Array.isArray(feed)) return { shape: 'list', items: feed, base: [], issues };
  if (!isRecord(feed)) {
    issues.push(issue('error', 'not_a_feed', [], `The feed should be a JSON object or list, not ${typeName(feed)}`));
    return { shape: 'unrecognised', items: [], base: null, issues };
  }
  for (const [key, shape, pages, page] of [
    ['contents', 'hsds-3.0-page', 'total_pages', 'page_number'],
    ['content', 'legacy-oruk-page', 'totalPages', 'number'],
  ] as const) {
    if (!(key in feed)) continue;
    const items = feed[key];
    if (!Array.isArray(items)) {
      issues.push(issue('error', 'wrong_type', [key], `"${key}" should be a list of services, not ${typeName(items)}`));
      return { shape: 'unrecognised', items: [], base: null, issues };
    }
    const total = feed[pages];
    if (typeof total === 'number' && total > 1) {
      issues.push(
        issue(
          'warning',
          'partial_feed',
          [pages],
          `This is one page of ${total}${typeof feed[page] === 'number' ? ` (page ${feed[page]})` : ''}; only its services are imported`,
        ),
      );
    }
    return { shape, items, base: [key], issues };
  }
  if ('id' in feed || 'name' in feed) return { shape: 'single-service', items: [feed], base: null, issues };
  issues.push(
    issue(
      'error',
      'unrecognised_shape',
      [],
      'The feed has no "contents" (HSDS 3.0), no "content" (legacy ORUK) and is not a service',
    ),
  );
  return { shape: 'unrecognised', items: [], base: null, issues };
}

type Context = {
  readonly fixedProviderId?: string;
  readonly providers: Map<string, Provider>;
  readonly serviceIds: Map<string, string>;
};

/** The provider for a record: the option, else the id we exported, else the organization's name. */
function providerFor(svc: Record_, path: Path, findings: Findings, ctx: Context): string {
  const org = isRecord(svc.organization) ? svc.organization : undefined;
  const orgPath = [...path, 'organization'];
  if (!org && svc.organization !== undefined && svc.organization !== null) {
    findings.warn(
      'wrong_type',
      orgPath,
      `"organization" should be an object, not ${typeName(svc.organization)}; ignored`,
    );
  }
  const carried = org
    ? attributeCodes(readList(org, 'attributes', orgPath, findings), ORUK_TAXONOMY.providerId)[0]
    : undefined;
  const orgName = org ? readText(org, 'name', orgPath, findings, 200) : undefined;
  const orgRef =
    typeof svc.organization_id === 'string'
      ? svc.organization_id
      : org && typeof org.id === 'string'
        ? org.id
        : undefined;
  let id = ctx.fixedProviderId;
  if (!id && carried && providerSchema.shape.id.safeParse(carried).success) id = carried;
  if (!id && orgName) id = toSlug(orgName).slice(0, 60).replace(/-+$/, '');
  if (!id && orgRef) id = `org-${toSlug(orgRef)}`.slice(0, 60).replace(/-+$/, '');
  if (!id || id === 'org') id = DEFAULT_PROVIDER_ID;
  if (!ctx.providers.has(id)) {
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
    ctx.providers.set(id, parsed.success ? parsed.data : { id, name: id, seed: orukSeedName(id) });
  }
  return id;
}

/** A readable id under the provider: the feed id as a slug, with a hash where it is too long or empty. */
function derivedServiceId(prefix: string, feedId: string): string {
  const room = 100 - prefix.length - 1;
  const slug = toSlug(feedId);
  if (slug && slug.length <= room) return `${prefix}.${slug}`;
  const head = slug.slice(0, room - 17).replace(/-+$/, '');
  return `${prefix}.${head ? `${head}-` : ''}${sha1Hex(feedId).slice(0, 16)}`;
}

const clip = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

/** One feed record → a service, or the reason it is skipped (recorded in `findings`). */
function readService(
  item: unknown,
  path: Path,
  ctx: Context,
  findings: Findings,
): { service?: Service; feedId?: string; name?: string } {
  if (!isRecord(item)) {
    findings.add('error', 'not_an_object', path, `A service should be an object, not ${typeName(item)}`);
    return {};
  }
  const { id: feedId, problem } = readId(item, path, findings);
  const name = readText(item, 'name', path, findings, 200);
  if (problem) {
    const message = {
      missing: 'The service has no "id"',
      wrong_type: `"id" should be text, not ${typeName(item.id)}`,
      too_long: '"id" is longer than 200 characters',
    }[problem];
    findings.add(
      'error',
      problem === 'missing' ? 'missing_id' : problem === 'too_long' ? 'invalid_id' : 'wrong_type',
      [...path, 'id'],
      message,
    );
  }
  if (!name) findings.add('error', 'missing_name', [...path, 'name'], 'The service has no name');
  if (!feedId || !name) return { ...(feedId ? { feedId } : {}), ...(name ? { name } : {}) };

  const status = typeof item.status === 'string' ? item.status.trim().toLowerCase() : undefined;
  if (status === 'inactive' || status === 'defunct') {
    findings.add('error', 'inactive_service', [...path, 'status'], `The service is ${status}; not imported`);
    return { feedId, name };
  }

  const attributes = readList(item, 'attributes', path, findings);
  const providerId = providerFor(item, path, findings, ctx);
  const carried = attributeCodes(attributes, ORUK_TAXONOMY.serviceId)[0];
  let serviceId = carried && serviceIdSchema.safeParse(carried).success ? carried : undefined;
  if (carried && !serviceId)
    findings.warn(
      'invalid_service_id',
      [...path, 'attributes'],
      `The carried service id "${clip(carried, 100)}" is not a valid id; one is derived from the feed id`,
    );
  serviceId ??= derivedServiceId(providerId, feedId);
  const firstUse = ctx.serviceIds.get(serviceId);
  if (firstUse !== undefined) {
    findings.add('error', 'duplicate_id', [...path, 'id'], `Service id "${serviceId}" is already used by ${firstUse}`);
    return { feedId, name };
  }

  const enumCode = <T extends string>(taxonomy: string, allowed: readonly T[], fallback: T): T => {
    const code = attributeCodes(attributes, taxonomy)[0];
    if (code === undefined) return fallback;
    if ((allowed as readonly string[]).includes(code)) return code as T;
    findings.warn(
      'invalid_attribute',
      [...path, 'attributes'],
      `Unknown ${taxonomy} "${clip(code, 60)}"; "${fallback}" is used`,
    );
    return fallback;
  };
  const description = readText(item, 'description', path, findings, 4000);
  if (!description)
    findings.warn('missing_description', [...path, 'description'], 'The service has no description; its name is used');
  const mailbox = readEmail(item, 'email', path, findings);
  const contacts = readContacts(item, path, findings);
  const eligibility = readEligibility(item, attributes, path, findings);
  const seed = ctx.providers.get(providerId)?.seed ?? orukSeedName(providerId);
  const citation = orukCitation(seed, feedId, eligibility.fields);
  const hasAges = eligibility.min !== undefined || eligibility.max !== undefined;
  const criterion: Criterion = hasAges
    ? {
        kind: 'age',
        id: `${serviceId}.oruk-age`,
        requirement: ageRequirement(eligibility.min, eligibility.max),
        citation,
        ...(eligibility.min !== undefined ? { min: eligibility.min } : {}),
        ...(eligibility.max !== undefined ? { max: eligibility.max } : {}),
      }
    : {
        kind: 'review',
        id: `${serviceId}.oruk-review`,
        requirement: clip(
          'The Open Referral UK feed gives no age range for this service: check eligibility with the provider before referring' +
            (eligibility.text ? ` (the feed says: "${clip(eligibility.text, 700)}")` : ''),
          1000,
        ),
        citation: orukCitation(seed, feedId, 'eligibility_description'),
      };

  const service: Service = {
    id: serviceId,
    providerId,
    name,
    description: description ?? name,
    ...(mailbox ? { mailbox } : {}),
    ...(contacts.length ? { contacts } : {}),
    kind: enumCode(ORUK_TAXONOMY.kind, serviceSchema.shape.kind.options, 'support'),
    audience: enumCode(ORUK_TAXONOMY.audience, serviceSchema.shape.audience.options, 'family'),
    ...(hasAges
      ? {
          ages: {
            ...(eligibility.min !== undefined ? { min: eligibility.min } : {}),
            ...(eligibility.max !== undefined ? { max: eligibility.max } : {}),
          },
        }
      : {}),
    ...(eligibility.text ? { eligibilityDescription: eligibility.text } : {}),
    ruleSets: [],
    criteria: [criterion],
    citations: [orukCitation(seed, feedId, 'name, description')],
  };
  // A last check against the catalogue schema, so one odd record is skipped rather than sinking the import.
  const parsed = serviceSchema.safeParse(service);
  if (!parsed.success) {
    for (const i of parsed.error.issues) {
      findings.add(
        'error',
        'invalid_service',
        path,
        `${formatPath(i.path.map((p) => (typeof p === 'symbol' ? String(p) : p)))}: ${i.message}`,
      );
    }
    return { feedId, name };
  }
  ctx.serviceIds.set(serviceId, formatPath(path));
  return { service: parsed.data, feedId, name };
}

function checkOptions(options: ImportOrukOptions): { issues: ImportIssue[]; maxServices: number; version: string } {
  const issues: ImportIssue[] = [];
  let maxServices = options.maxServices ?? DEFAULT_MAX_SERVICES;
  if (!Number.isInteger(maxServices) || maxServices < 1) {
    issues.push(
      issue(
        'warning',
        'invalid_option',
        ['maxServices'],
        `maxServices must be a whole number, 1 or more; ${DEFAULT_MAX_SERVICES} is used`,
      ),
    );
    maxServices = DEFAULT_MAX_SERVICES;
  }
  if (maxServices > MAX_SERVICES_CEILING) {
    issues.push(
      issue(
        'warning',
        'invalid_option',
        ['maxServices'],
        `A catalogue holds at most ${MAX_SERVICES_CEILING} services; maxServices is lowered to that`,
      ),
    );
    maxServices = MAX_SERVICES_CEILING;
  }
  if (options.providerId !== undefined && !providerSchema.shape.id.safeParse(options.providerId).success) {
    issues.push(
      issue(
        'error',
        'invalid_option',
        ['providerId'],
        'providerId must be lower-case words joined by hyphens, at most 60 characters',
      ),
    );
  }
  const version = options.version?.trim() || 'oruk-import';
  if (version.length > 60)
    issues.push(issue('error', 'invalid_option', ['version'], 'version must be at most 60 characters'));
  return { issues, maxServices, version };
}

const emptyReport = (shape: FeedShape, issues: ImportIssue[]): ImportReport => ({
  shape,
  servicesInFeed: 0,
  imported: 0,
  skipped: 0,
  notRead: 0,
  services: [],
  issues,
});

/**
 * Reads an Open Referral UK feed (HSDS 3.0 page, legacy ORUK page, a list of services or one service) into a
 * catalogue: each service with its ages as an `age` criterion, or a `review` criterion when the feed gives
 * none. Never throws: every problem is in the report, per record.
 */
export function importOruk(feed: unknown, options: ImportOrukOptions = {}): ImportOrukResult {
  try {
    const checked = checkOptions(options);
    if (checked.issues.some((i) => i.severity === 'error'))
      return { ok: false, report: emptyReport('unrecognised', checked.issues) };
    const located = locate(feed);
    const feedIssues = [...checked.issues, ...located.issues];
    if (!located.base && located.shape !== 'single-service')
      return { ok: false, report: emptyReport(located.shape, feedIssues) };

    const total = located.items.length;
    const notRead = Math.max(0, total - checked.maxServices);
    if (notRead) {
      feedIssues.push(
        issue(
          'error',
          'too_many_services',
          located.base ?? [],
          `The feed has ${total} services, more than the limit of ${checked.maxServices}; the first ${checked.maxServices} are read and ${notRead} are not`,
        ),
      );
    }
    const ctx: Context = {
      ...(options.providerId ? { fixedProviderId: options.providerId } : {}),
      providers: new Map(),
      serviceIds: new Map(),
    };
    const services: Service[] = [];
    const records: ImportedRecord[] = [];
    for (let i = 0; i < total - notRead; i++) {
      const path = located.base ? [...located.base, i] : [];
      const findings = new Findings();
      const r = readService(located.items[i], path, ctx, findings);
      if (r.service) services.push(r.service);
      records.push({
        path,
        ...(r.feedId ? { feedId: r.feedId } : {}),
        ...(r.service ? { serviceId: r.service.id } : {}),
        ...(r.name ? { name: r.name } : {}),
        status: r.service ? 'imported' : 'skipped',
        issues: findings.issues,
      });
    }
    const report = (extra: ImportIssue[] = []): ImportReport => ({
      shape: located.shape,
      servicesInFeed: total,
      imported: services.length,
      skipped: records.length - services.length,
      notRead,
      services: records,
      issues: [...feedIssues, ...extra],
    });
    if (services.length === 0)
      return {
        ok: false,
        report: report([issue('error', 'no_services', located.base ?? [], 'No service in the feed could be imported')]),
      };

    const usedProviders = new Set(services.map((s) => s.providerId));
    const catalogue: Catalogue = {
      version: checked.version,
      providers: [...ctx.providers.values()].filter((p) => usedProviders.has(p.id)),
      services,
      ruleSets: [],
      questions: [],
      packageRules: [],
      timeStandards: [],
    };
    const valid = validateCatalogue(catalogue);
    if (!valid.ok) {
      return {
        ok: false,
        report: report(
          valid.issues.map((i) => issue('error', 'invalid_catalogue', [], `${formatPath(i.path)}: ${i.message}`)),
        ),
      };
    }
    return { ok: true, catalogue: valid.value, report: report() };
  } catch {
    // Input can be anything (a getter that throws, a revoked proxy): report, never throw.
    return {
      ok: false,
      report: emptyReport('unrecognised', [issue('error', 'unreadable_feed', [], 'The feed could not be read')]),
    };
  }
}

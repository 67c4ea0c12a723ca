import { providerSchema, formatPath, isRecord, validateCatalogue } from '../../domain';
import type { Catalogue, Service } from '../../domain';
import { Findings, typeName } from './feed-reader';
import type { ImportIssue, Path } from './feed-reader';
import type { FeedShape, ImportReport, ImportedRecord } from './import-report';
import { readService } from './read-service';
import type { ImportContext } from './read-service';

export const DEFAULT_MAX_SERVICES = 5000;
/** catalogue.schema.ts holds at most 20,000 services. */
const MAX_SERVICES_CEILING = 20000;

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

type Located = ReturnType<typeof locate>;

/** Reads each record in turn, up to the limit; what each gave and what was wrong with it go in its record. */
function readRecords(located: Located, count: number, providerId: string | undefined) {
  const ctx: ImportContext = {
    ...(providerId ? { fixedProviderId: providerId } : {}),
    providers: new Map(),
    serviceIds: new Map(),
  };
  const services: Service[] = [];
  const records: ImportedRecord[] = [];
  for (let i = 0; i < count; i++) {
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
  return { ctx, services, records };
}

/** The error for a feed with more records than the limit, or none. */
function tooManyIssues(located: Located, maxServices: number): ImportIssue[] {
  const total = located.items.length;
  const notRead = total - maxServices;
  if (notRead <= 0) return [];
  const message = `The feed has ${total} services, more than the limit of ${maxServices}; the first ${maxServices} are read and ${notRead} are not`;
  return [issue('error', 'too_many_services', located.base ?? [], message)];
}

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
    feedIssues.push(...tooManyIssues(located, checked.maxServices));
    const { ctx, services, records } = readRecords(located, total - notRead, options.providerId);
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
    const used = new Set(services.map((s) => s.providerId));
    const providers = [...ctx.providers.values()].filter((p) => used.has(p.id));
    return catalogueResult({ version: checked.version, providers, services }, report);
  } catch {
    // Input can be anything (a getter that throws, a revoked proxy): report, never throw.
    return {
      ok: false,
      report: emptyReport('unrecognised', [issue('error', 'unreadable_feed', [], 'The feed could not be read')]),
    };
  }
}

/** The imported catalogue, checked as a whole; a failure of that check is the import's failure. */
function catalogueResult(
  parts: Pick<Catalogue, 'version' | 'providers' | 'services'>,
  report: (extra?: ImportIssue[]) => ImportReport,
): ImportOrukResult {
  const catalogue: Catalogue = { ...parts, ruleSets: [], questions: [], packageRules: [], timeStandards: [] };
  const valid = validateCatalogue(catalogue);
  if (valid.ok) return { ok: true, catalogue: valid.value, report: report() };
  const issues = valid.issues.map((i) =>
    issue('error', 'invalid_catalogue', [], `${formatPath(i.path)}: ${i.message}`),
  );
  return { ok: false, report: report(issues) };
}

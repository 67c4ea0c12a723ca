// Search and filters of My referrals: by the children's initials, the reference or a service's name, and by status
// and service. Pure, so the screen only holds the query.
import type { TriageState } from '../../../domain';
import type { MyReferral } from './my-referrals.types';
import type { ReferralLabel } from './referral-label';

/** A triage state, `none` for "no decision reported yet", or `all`. */
export type StatusFilter = TriageState | 'none' | 'all';

export type ReferralQuery = {
  readonly text: string;
  readonly status: StatusFilter;
  /** A service id, or `all`. */
  readonly service: string;
};

export const NO_QUERY: ReferralQuery = { text: '', status: 'all', service: 'all' };

/** Letters and digits only, lower case: "S. E." and "se" both search as "se", "rc-6b1f" as "rc6b1f". */
const squash = (s: string) => s.toLocaleLowerCase('en-GB').replace(/[^\p{L}\p{N}]/gu, '');

function matchesText(item: MyReferral, label: ReferralLabel | undefined, text: string): boolean {
  const q = squash(text);
  if (q === '') return true;
  if (squash(item.reference).includes(q)) return true;
  if (item.services.some((s) => squash(s.name).includes(q))) return true;
  // Initials match from their start: "se" finds "S E" and "S E W", not every name with an s in it.
  return label?.kind === 'label' && label.initials.some((i) => squash(i).startsWith(q));
}

const matchesStatus = (item: MyReferral, status: StatusFilter) =>
  status === 'all' || item.services.some((s) => (s.status?.state ?? 'none') === status);

const matchesService = (item: MyReferral, service: string) =>
  service === 'all' || item.services.some((s) => s.serviceId === service);

/** The entries the filters keep (status, service): what a text search may need the details of. */
export function filtered(items: readonly MyReferral[], query: ReferralQuery): MyReferral[] {
  return items.filter((item) => matchesStatus(item, query.status) && matchesService(item, query.service));
}

/** The entries matching the whole query; `labelFor` gives each one's label as far as it is known. */
export function matching(
  items: readonly MyReferral[],
  query: ReferralQuery,
  labelFor: (item: MyReferral) => ReferralLabel | undefined,
): MyReferral[] {
  return filtered(items, query).filter((item) => matchesText(item, labelFor(item), query.text));
}

/** The services the entries name, for the service filter, by name. */
export function servicesIn(items: readonly MyReferral[]): { id: string; name: string }[] {
  const names = new Map<string, string>();
  for (const item of items) for (const s of item.services) names.set(s.serviceId, s.name);
  return [...names.entries()].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name));
}

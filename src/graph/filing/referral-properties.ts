import type { SingleValueExtendedProperty } from '../dto';

// The filing contract: single-value extended properties, filterable server-side.
// One property set GUID for all of them, defined here only; the Name part of an id is case-sensitive.
export const REFERRAL_PROPERTY_SET = '{82fcead2-3e5e-4c89-8cfa-da7291ff1849}';

const id = (name: string) => `String ${REFERRAL_PROPERTY_SET} Name ${name}`;

export const REFERRAL_PROPERTY_IDS = {
  referralId: id('ReferralId'),
  schemaVersion: id('ReferralSchemaVersion'),
  services: id('ReferralServices'),
  kind: id('ReferralKind'),
  status: id('ReferralStatus'),
  // Triage, on the referral message in the service mailbox (src/graph/triage): the state, the worker's directory id,
  // the priority, the version writers compare, and the whole record with its bounded history as JSON.
  triageState: id('ReferralTriageState'),
  assignee: id('ReferralAssignee'),
  priority: id('ReferralPriority'),
  triageVersion: id('ReferralTriageVersion'),
  triage: id('ReferralTriage'),
  // The decision lock (src/graph/triage/decision-lock.ts): a claim and a door per round, as Graph has no If-Match.
  claim0: id('ReferralTriageClaim0'),
  door0: id('ReferralTriageDoor0'),
  claim1: id('ReferralTriageClaim1'),
  door1: id('ReferralTriageDoor1'),
  claim2: id('ReferralTriageClaim2'),
  door2: id('ReferralTriageDoor2'),
} as const;

/** `information` and `withdrawal` go from the referrer to the service: an answer, or a referral withdrawn. */
// `extension-request` goes from a worker to the service (src/graph/extension); `extension-decision` back to them.
// `allocation` tells a worker, from the service, that a referral is theirs (src/graph/triage/allocation-notice.ts).
export const REFERRAL_KINDS = [
  'referral',
  'advice',
  'status',
  'information',
  'withdrawal',
  'extension-request',
  'extension-decision',
  'allocation',
] as const;
export type ReferralKind = (typeof REFERRAL_KINDS)[number];

export type ReferralProperties = {
  readonly referralId: string;
  readonly schemaVersion: string;
  readonly serviceIds: readonly string[];
  readonly kind: ReferralKind;
  /** Status messages only: a triage state id (src/domain/triage TRIAGE_STATES). */
  readonly status?: string;
};

/** The extended properties a referral, advice or status message carries. */
export function referralPropertiesFor(p: ReferralProperties): SingleValueExtendedProperty[] {
  const out: SingleValueExtendedProperty[] = [
    { id: REFERRAL_PROPERTY_IDS.referralId, value: p.referralId },
    { id: REFERRAL_PROPERTY_IDS.schemaVersion, value: p.schemaVersion },
    { id: REFERRAL_PROPERTY_IDS.services, value: p.serviceIds.join(' ') },
    { id: REFERRAL_PROPERTY_IDS.kind, value: p.kind },
  ];
  if (p.status !== undefined) out.push({ id: REFERRAL_PROPERTY_IDS.status, value: p.status });
  return out;
}

/** The raw values of our properties on a message, keyed by name; ids compare case-insensitively except the Name. */
export function readReferralProperties(
  props: readonly SingleValueExtendedProperty[] | undefined,
): Partial<Record<keyof typeof REFERRAL_PROPERTY_IDS, string>> {
  const out: Partial<Record<keyof typeof REFERRAL_PROPERTY_IDS, string>> = {};
  for (const [key, wanted] of Object.entries(REFERRAL_PROPERTY_IDS) as [keyof typeof REFERRAL_PROPERTY_IDS, string][]) {
    const value = propertyValue(props, wanted);
    if (value !== undefined) out[key] = value;
  }
  return out;
}

/** One property's value on a message, found by id (the set GUID compares case-insensitively, the Name does not). */
export function propertyValue(
  props: readonly SingleValueExtendedProperty[] | undefined,
  id: string,
): string | undefined {
  return props?.find((p) => sameId(p.id, id))?.value;
}

function sameId(a: string, b: string): boolean {
  const split = (s: string) => {
    const at = s.lastIndexOf(' Name ');
    return at < 0 ? [s.toLowerCase(), ''] : [s.slice(0, at).toLowerCase(), s.slice(at + 6)];
  };
  const [pa, na] = split(a);
  const [pb, nb] = split(b);
  return pa === pb && na === nb;
}

/** An OData string literal: single quotes doubled. */
export const odataString = (value: string) => `'${value.replace(/'/g, "''")}'`;

/** Graph's documented filter on one extended property's value */
export function propertyFilter(propertyId: string, value: string, op: 'eq' | 'ne' = 'eq'): string {
  return `singleValueExtendedProperties/Any(ep: ep/id eq ${odataString(propertyId)} and ep/value ${op} ${odataString(value)})`;
}

/** `$expand` of the named properties only (Graph requires a $filter inside the expand). */
export function expandProperties(...ids: string[]): string {
  return `singleValueExtendedProperties($filter=${ids.map((i) => `id eq ${odataString(i)}`).join(' or ')})`;
}

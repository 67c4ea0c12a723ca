import type { Catalogue, Contact, Criterion, Provider, Service } from '../../domain';
import { CRITERIA_HEADING, ORUK_TAXONOMY, PRE_BIRTH_CODE } from './oruk.types';
import type { OrukAttribute, OrukContact, OrukExport, OrukOrganization, OrukService } from './oruk.types';
import { uuidV5 } from './uuid-v5';

// HSDS ids must be UUIDs (service.json `format: uuid`): v5 of a URN naming our id keeps them stable
// across exports, so a directory that ingests the feed twice sees the same records.
const urn = (...parts: string[]) => uuidV5(`urn:referral-card:${parts.join(':')}`);

function attribute(
  linkId: string,
  entity: OrukAttribute['link_entity'],
  taxonomy: string,
  code: string,
  name: string,
): OrukAttribute {
  const termId = urn('taxonomy-term', taxonomy, code);
  return {
    id: urn('attribute', entity, linkId, taxonomy),
    link_id: linkId,
    link_entity: entity,
    taxonomy_term_id: termId,
    value: code,
    taxonomy_term: { id: termId, code, name, description: `${name} (Referral Card)`, taxonomy },
  };
}

function organizationOf(provider: Provider | undefined, providerId: string): OrukOrganization {
  const id = urn('provider', providerId);
  const name = provider?.name ?? providerId;
  return {
    id,
    name,
    // HSDS organization.json requires a description; fall back to the name and area.
    description: provider?.description ?? [name, provider?.area].filter(Boolean).join(', '),
    ...(provider?.website ? { website: provider.website } : {}),
    attributes: [attribute(id, 'organization', ORUK_TAXONOMY.providerId, providerId, `Provider ${providerId}`)],
  };
}

/** Every criterion that applies to a service: its own, then those of its shared rule sets. */
function criteriaOf(service: Service, catalogue: Catalogue): Criterion[] {
  const sets = new Map(catalogue.ruleSets.map((r) => [r.id, r]));
  return [...service.criteria, ...service.ruleSets.flatMap((id) => sets.get(id)?.criteria ?? [])];
}

/** The service's age range: `ages` where given, else the range every age criterion allows. */
export function ageRangeOf(service: Service, criteria: readonly Criterion[]): { min?: number; max?: number } {
  const ageCriteria = criteria.flatMap((c) => (c.kind === 'age' ? [c] : []));
  const mins = ageCriteria.flatMap((c) => (c.min === undefined ? [] : [c.min]));
  const maxes = ageCriteria.flatMap((c) => (c.max === undefined ? [] : [c.max]));
  const min = service.ages?.min ?? (mins.length ? Math.max(...mins) : undefined);
  const max = service.ages?.max ?? (maxes.length ? Math.min(...maxes) : undefined);
  if (min !== undefined && max !== undefined && min > max) return {};
  return { ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) };
}

function eligibilityText(service: Service, criteria: readonly Criterion[]): string | undefined {
  const requirements = [...new Set(criteria.map((c) => c.requirement))];
  const parts = [
    service.eligibilityDescription,
    requirements.length ? [CRITERIA_HEADING, ...requirements.map((r) => `- ${r}`)].join('\n') : undefined,
  ].filter((p): p is string => Boolean(p));
  return parts.length ? parts.join('\n\n') : undefined;
}

function contactOf(contact: Contact, serviceId: string, index: number): OrukContact {
  const id = urn('service', serviceId, 'contact', String(index));
  return {
    id,
    ...(contact.name ? { name: contact.name } : {}),
    ...(contact.email ? { email: contact.email } : {}),
    // `note` has no HSDS contact field and is not exported; `hours` rides on the phone it is about.
    ...(contact.phone
      ? {
          phones: [
            {
              id: urn('service', serviceId, 'contact', String(index), 'phone'),
              number: contact.phone,
              ...(contact.hours ? { description: contact.hours } : {}),
            },
          ],
        }
      : {}),
  };
}

function serviceOf(service: Service, catalogue: Catalogue, providers: ReadonlyMap<string, Provider>): OrukService {
  const id = urn('service', service.id);
  const provider = providers.get(service.providerId);
  const organization = organizationOf(provider, service.providerId);
  const criteria = criteriaOf(service, catalogue);
  const ages = ageRangeOf(service, criteria);
  const eligibility = eligibilityText(service, criteria);
  const contacts = (service.contacts ?? [])
    .map((c, i) => contactOf(c, service.id, i))
    .filter((c) => c.name || c.email || c.phones);
  const attributes = [
    attribute(id, 'service', ORUK_TAXONOMY.serviceId, service.id, `Service ${service.id}`),
    attribute(id, 'service', ORUK_TAXONOMY.kind, service.kind, `Kind: ${service.kind}`),
    attribute(id, 'service', ORUK_TAXONOMY.audience, service.audience, `Works with: ${service.audience}`),
    // HSDS ages are of a person; "pre-birth" (-1 here) is exported as 0 and flagged so import restores it.
    ...(ages.min === -1 ? [attribute(id, 'service', ORUK_TAXONOMY.age, PRE_BIRTH_CODE, 'From before birth')] : []),
  ];
  return {
    id,
    organization_id: organization.id,
    name: service.name,
    description: service.description,
    ...(provider?.website ? { url: provider.website } : {}),
    ...(service.mailbox ? { email: service.mailbox } : {}),
    status: 'active',
    ...(eligibility ? { eligibility_description: eligibility } : {}),
    ...(ages.min !== undefined ? { minimum_age: Math.max(0, ages.min) } : {}),
    ...(ages.max !== undefined ? { maximum_age: ages.max } : {}),
    organization,
    ...(contacts.length ? { contacts } : {}),
    attributes,
  };
}

/** The catalogue's services as one HSDS 3.0 / Open Referral UK page (`GET /services` shape). */
export function exportOruk(catalogue: Catalogue): OrukExport {
  const providers = new Map(catalogue.providers.map((p) => [p.id, p]));
  const contents = catalogue.services.map((s) => serviceOf(s, catalogue, providers));
  return {
    total_items: contents.length,
    total_pages: 1,
    page_number: 1,
    size: contents.length,
    first_page: true,
    last_page: true,
    empty: contents.length === 0,
    contents,
  };
}

// The HSDS 3.0 / Open Referral UK shapes we write (the openreferral/specification schema/*.json at 3.0). Only the fields we fill; optional fields without a value are omitted, never null
// (ORUK compliance: "omit rather than null").

export type OrukPhone = {
  id: string;
  number: string;
  /** HSDS: "details of availability at particular times" — our contact `hours`. */
  description?: string;
};

export type OrukContact = {
  id: string;
  name?: string;
  email?: string;
  phones?: OrukPhone[];
};

export type OrukTaxonomyTerm = {
  id: string;
  code: string;
  name: string;
  description: string;
  /** HSDS 3.0 names the taxonomy a term comes from here (legacy ORUK called it `vocabulary`). */
  taxonomy: string;
};

export type OrukAttribute = {
  id: string;
  link_id: string;
  link_entity: 'service' | 'organization';
  taxonomy_term_id: string;
  value: string;
  taxonomy_term: OrukTaxonomyTerm;
};

export type OrukOrganization = {
  id: string;
  name: string;
  /** Required by HSDS 3.0 organization.json. */
  description: string;
  website?: string;
  attributes: OrukAttribute[];
};

export type OrukService = {
  id: string;
  organization_id: string;
  name: string;
  description: string;
  url?: string;
  email?: string;
  status: 'active';
  eligibility_description?: string;
  minimum_age?: number;
  maximum_age?: number;
  organization: OrukOrganization;
  contacts?: OrukContact[];
  attributes: OrukAttribute[];
};

/** HSDS 3.0 `Page` (components/schemas/Page in the 3.0 openapi.json), one page holding every service. */
export type OrukExport = {
  total_items: number;
  total_pages: 1;
  page_number: 1;
  size: number;
  first_page: true;
  last_page: true;
  empty: boolean;
  contents: OrukService[];
};

/**
 * Taxonomies of the attributes that carry what HSDS cannot say, so an import reproduces our catalogue.
 * Why attributes: HSDS `id` must be a UUID, so our readable id (`lewisham.nvr`) cannot be the id; HSDS
 * has no free "extensions" field, and attributes (a link to a taxonomy term) are the standard place for
 * classifications a consumer may ignore. The term's `code` is the value, as the brief's suggestion; the
 * attribute's `value` repeats it, for consumers that read attributes as key/value.
 */
export const ORUK_TAXONOMY = {
  serviceId: 'referral-card-service-id',
  providerId: 'referral-card-provider-id',
  kind: 'referral-card-service-kind',
  audience: 'referral-card-audience',
  /** code `pre-birth`: the service starts before birth; HSDS minimum_age is then 0. */
  age: 'referral-card-age',
} as const;

export const PRE_BIRTH_CODE = 'pre-birth';

/** Separates the published eligibility text from our criteria summary in `eligibility_description`. */
export const CRITERIA_HEADING = 'Referral Card criteria:';

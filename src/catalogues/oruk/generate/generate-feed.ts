import { uuidV5 } from '../uuid-v5';
import { ORUK_TAXONOMY, PRE_BIRTH_CODE } from '../oruk.types';
import type { OrukAttribute, OrukContact, OrukExport, OrukOrganization, OrukService } from '../oruk.types';
import { seededRandom } from './random';
import type { Random } from './random';

// A made-up but realistic Open Referral UK feed (an HSDS 3.0 page) at council scale, for the bench and the property
// tests: organisations with many services, the age ranges directories publish, eligibility text, contacts. Nothing
// in it names a real service or person.

export type GenerateFeedOptions = {
  /** How many services (default 5,000, the importer's default limit). */
  readonly services?: number;
  /** The same seed gives the same feed (default 1). */
  readonly seed?: number;
};

const PLACES = [
  'Northfield',
  'Riverside',
  'Eastbrook',
  'Westmoor',
  'Southgate',
  'Hillcrest',
  'Meadowbank',
  'Oakwood',
  'Ashford Vale',
  'Kingsmere',
  'Elmstead',
  'Harbour',
  'Millbrook',
  'Stonebridge',
  'Fairview',
  'Brookside',
  'Greenhill',
  'Larkfield',
];
const ORG_KINDS = [
  'Family Hub',
  'Family Support Trust',
  'Young People’s Service',
  'Domestic Abuse Service',
  'Parenting Network',
  'Children’s Centre',
  'Youth Project',
  'Carers’ Centre',
  'Community Mental Health Team',
  'Advice Centre',
];
const SERVICES = [
  ['Parenting group for parents of teenagers', 'group', 'adult'],
  ['Stay and play', 'group', 'family'],
  ['Young carers group', 'group', 'child'],
  ['One-to-one family support', 'one-to-one', 'family'],
  ['Domestic abuse advocacy', 'advocacy', 'adult'],
  ['Children’s domestic abuse recovery programme', 'programme', 'child'],
  ['Early help assessment', 'assessment', 'family'],
  ['Youth mentoring', 'one-to-one', 'child'],
  ['Speech and language drop-in', 'support', 'child'],
  ['Perinatal mental health support', 'support', 'adult'],
  ['Family group conference', 'conference', 'family'],
  ['Emergency accommodation', 'accommodation', 'adult'],
  ['Holiday activities and food', 'programme', 'child'],
  ['Baby massage', 'group', 'family'],
] as const;

/** Age ranges as directories publish them, most often a child's school years; undefined for none given. */
const AGE_RANGES: readonly ([number | undefined, number | undefined] | undefined)[] = [
  [0, 4],
  [0, 5],
  [0, 18],
  [0, 19],
  [5, 11],
  [8, 17],
  [11, 18],
  [11, 25],
  [13, 19],
  [16, 25],
  [18, undefined],
  [undefined, 12],
  [0, 1],
  undefined,
  undefined,
];
const ELIGIBILITY = [
  'Families living in the borough.',
  'Parents and carers of children with additional needs; no diagnosis is needed.',
  'Referral from a professional. Families can also refer themselves.',
  'For anyone affected by domestic abuse, including those who have left the relationship.',
  'Young people who care for a family member.',
  '',
];

const urn = (seed: number, ...parts: (string | number)[]) => uuidV5(`urn:generated-feed:${seed}:${parts.join(':')}`);

function attribute(seed: number, linkId: string, taxonomy: string, code: string): OrukAttribute {
  const termId = urn(seed, 'term', taxonomy, code);
  return {
    id: urn(seed, 'attribute', linkId, taxonomy),
    link_id: linkId,
    link_entity: 'service',
    taxonomy_term_id: termId,
    value: code,
    taxonomy_term: { id: termId, code, name: code, description: code, taxonomy },
  };
}

function organizations(random: Random, seed: number, count: number): OrukOrganization[] {
  return Array.from({ length: count }, (_, i) => {
    const name = `${random.pick(PLACES)} ${random.pick(ORG_KINDS)} ${i + 1}`;
    const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
    return {
      id: urn(seed, 'organization', i),
      name,
      description: `${name}: support for children, young people and families.`,
      website: `https://${slug}.example.org.uk`,
      attributes: [],
    };
  });
}

function contactsOf(random: Random, seed: number, id: string, org: OrukOrganization): OrukContact[] {
  if (random.chance(0.3)) return [];
  const phone = `0${random.int(1000, 9999)} ${random.int(100000, 999999)}`;
  return [
    {
      id: urn(seed, 'contact', id),
      name: random.pick(['Referrals team', 'Duty worker', 'Service manager']),
      email: `referrals@${org.website!.slice('https://'.length)}`,
      phones: [{ id: urn(seed, 'phone', id), number: phone, description: 'Monday to Friday, 9am to 5pm' }],
    },
  ];
}

function serviceOf(random: Random, seed: number, n: number, org: OrukOrganization): OrukService {
  const id = urn(seed, 'service', n);
  const [title, kind, audience] = random.pick(SERVICES);
  const ages = random.pick(AGE_RANGES);
  const preBirth = ages?.[0] === 0 && random.chance(0.2);
  const text = random.pick(ELIGIBILITY);
  const attributes = [
    attribute(seed, id, ORUK_TAXONOMY.kind, kind),
    attribute(seed, id, ORUK_TAXONOMY.audience, audience),
    ...(preBirth ? [attribute(seed, id, ORUK_TAXONOMY.age, PRE_BIRTH_CODE)] : []),
  ];
  return {
    id,
    organization_id: org.id,
    name: `${title} (${random.pick(PLACES)})`,
    description: `${title}, run by ${org.name}. Sessions in term time; ask about evenings.`,
    ...(random.chance(0.8) ? { email: `service-${n}@${org.website!.slice('https://'.length)}` } : {}),
    status: 'active',
    ...(text ? { eligibility_description: text } : {}),
    ...(ages?.[0] !== undefined ? { minimum_age: ages[0] } : {}),
    ...(ages?.[1] !== undefined ? { maximum_age: ages[1] } : {}),
    organization: org,
    contacts: contactsOf(random, seed, id, org),
    attributes,
  };
}

/** An HSDS 3.0 page of `services` services from about one organisation per 25 services. */
export function generateOrukFeed(options: GenerateFeedOptions = {}): OrukExport {
  const count = options.services ?? 5000;
  const seed = options.seed ?? 1;
  const random = seededRandom(seed);
  const orgs = organizations(random, seed, Math.max(1, Math.ceil(count / 25)));
  const contents = Array.from({ length: count }, (_, n) => serviceOf(random, seed, n, random.pick(orgs)));
  return {
    total_items: count,
    total_pages: 1,
    page_number: 1,
    size: count,
    first_page: true,
    last_page: true,
    empty: count === 0,
    contents,
  };
}

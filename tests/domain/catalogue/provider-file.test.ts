import { expandProviderFile, providerFileSchema, validateWith, withoutNotes } from '../../../src/domain';
import type { Catalogue, ProviderFile } from '../../../src/domain';

const SEED = '000_00e7cb9a8a716238.txt';
const service = (id: string, extra: Record<string, unknown> = {}) => ({
  id: `p.${id}`,
  name: id,
  description: 'A service.',
  kind: 'group',
  audience: 'adult',
  citations: ['Heading'],
  ...extra,
});
const parse = (file: unknown): ProviderFile => {
  const r = validateWith(providerFileSchema, file);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
};
const base = (services: unknown[], serviceDefaults?: unknown) => ({
  provider: { id: 'p', name: 'P', seed: SEED, notes: 'About the source.' },
  ...(serviceDefaults ? { serviceDefaults } : {}),
  services,
});

describe('expandProviderFile', () => {
  test("a service's own mailbox, contacts and rule sets win over the defaults; an explicit empty list is kept", () => {
    const defaults = { mailbox: 'all@p.example.org', contacts: [{ name: 'Team' }], ruleSets: ['p.general'] };
    const own = service('own', { mailbox: 'own@p.example.org', contacts: [{ name: 'Own' }], ruleSets: [] });
    const [a, b] = expandProviderFile(parse(base([service('plain'), own], defaults))).services;
    expect(a).toMatchObject({ mailbox: 'all@p.example.org', contacts: [{ name: 'Team' }], ruleSets: ['p.general'] });
    expect(b).toMatchObject({ mailbox: 'own@p.example.org', contacts: [{ name: 'Own' }], ruleSets: [] });
  });

  test('without defaults a service has no mailbox, no rule sets and no criteria', () => {
    const [a] = expandProviderFile(parse(base([service('plain')]))).services;
    expect(a?.mailbox).toBeUndefined();
    expect(a).toMatchObject({ providerId: 'p', ruleSets: [], criteria: [] });
  });

  test("a citation naming another source keeps it; one naming only a section gets the provider's seed", () => {
    const s = service('cited', { citations: ['Heading', { seed: 'local:council-policy', section: 'Part 2' }] });
    const [a] = expandProviderFile(parse(base([s]))).services;
    expect(a?.citations).toEqual([
      { seed: SEED, section: 'Heading' },
      { seed: 'local:council-policy', section: 'Part 2' },
    ]);
  });
});

describe('the provider file schema', () => {
  test('keeps the checks of the catalogue schema: choice questions need options', () => {
    const file = { ...base([service('q')]), questions: [{ id: 'p.q', type: 'choice', label: 'Which?' }] };
    expect(validateWith(providerFileSchema, file).ok).toBe(false);
  });

  test('refuses a citation that is neither a heading nor a citation', () => {
    expect(validateWith(providerFileSchema, base([service('bad', { citations: [42] })])).ok).toBe(false);
    expect(validateWith(providerFileSchema, base([service('bad', { citations: [{ page: 3 }] })])).ok).toBe(false);
  });
});

describe('withoutNotes', () => {
  test('drops the notes of providers, services and criteria everywhere, and leaves its input alone', () => {
    const criterion = {
      kind: 'review' as const,
      id: 'p.r',
      requirement: 'Ask.',
      citation: { seed: SEED, section: 'H' },
      notes: 'How it was read.',
    };
    const input: Catalogue = {
      version: '1',
      providers: [{ id: 'p', name: 'P', seed: SEED, notes: 'About the source.' }],
      services: [
        {
          ...expandProviderFile(parse(base([service('s')]))).services[0]!,
          notes: 'No mailbox given.',
          criteria: [criterion],
        },
      ],
      ruleSets: [{ id: 'p.rules', description: 'Rules.', criteria: [criterion] }],
      questions: [],
      packageRules: [],
      timeStandards: [],
    };
    const before = JSON.stringify(input);
    const out = withoutNotes(input);
    expect(JSON.stringify(out)).not.toContain('"notes"');
    expect(JSON.stringify(input)).toBe(before);
    expect(out.services[0]?.criteria[0]).toEqual({ ...criterion, notes: undefined });
  });
});

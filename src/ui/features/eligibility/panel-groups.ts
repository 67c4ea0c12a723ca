// Pure helpers for the eligibility panel: services grouped by provider, and how "Still needed" names people.
import type { Catalogue, MissingFact, Provider, Service } from '../../../domain';
import type { PanelPerson } from './eligibility-filters';

export type Group = {
  readonly id: string;
  readonly name: string;
  readonly provider: Provider | undefined;
  readonly services: readonly Service[];
};

export const OTHER_GROUP = '\u0000other';

/** Providers in catalogue order, each with its services; services naming an unknown provider go last. */
export function groupsOf(catalogue: Catalogue): readonly Group[] {
  const byProvider = new Map<string, Service[]>();
  for (const s of catalogue.services) {
    const list = byProvider.get(s.providerId) ?? [];
    list.push(s);
    byProvider.set(s.providerId, list);
  }
  const groups: Group[] = catalogue.providers
    .filter((p) => byProvider.has(p.id))
    .map((p) => ({ id: p.id, name: p.name, provider: p, services: byProvider.get(p.id) ?? [] }));
  const known = new Set(catalogue.providers.map((p) => p.id));
  const orphans = catalogue.services.filter((s) => !known.has(s.providerId));
  if (orphans.length) groups.push({ id: OTHER_GROUP, name: 'Other services', provider: undefined, services: orphans });
  return groups;
}

/** The group a service is shown in. */
export function groupIdOf(catalogue: Catalogue, service: Service): string {
  return catalogue.providers.some((p) => p.id === service.providerId) ? service.providerId : OTHER_GROUP;
}

/** How a person is named in "Still needed": their name, or their place in the family while it is blank. */
export function personNames(people: readonly PanelPerson[]): ReadonlyMap<string, string> {
  const names = new Map<string, string>();
  let children = 0;
  let adults = 0;
  for (const p of people) {
    const n = p.kind === 'child' ? ++children : ++adults;
    names.set(p.id, p.name.trim() || `${p.kind === 'child' ? 'child' : 'adult'} ${n}, no name yet`);
  }
  return names;
}

export function missingText(missing: readonly MissingFact[], names: ReadonlyMap<string, string>): string {
  return missing
    .map((m) =>
      m.personId ? `${m.label} (${names.get(m.personId) ?? 'a person no longer in the referral'})` : m.label,
    )
    .join('; ');
}

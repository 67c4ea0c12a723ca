// One message per service mailbox: chosen services are grouped by the catalogue's mailbox, and a service without one
// is refused, before anything is sent, with the contact to use instead.
import { contactWords, contactsFor } from '../domain';
import type { Catalogue, Referral } from '../domain';
import type { FilingKind, MailboxPlan, RefusedService } from './filing-types';

export type FilingPlan = { readonly mailboxes: readonly MailboxPlan[]; readonly refused: readonly RefusedService[] };

/** The service's own contacts, else its provider's, else its provider's website, in words. */
export function contactFor(catalogue: Catalogue, serviceId: string): string {
  const service = catalogue.services.find((s) => s.id === serviceId);
  const provider = catalogue.providers.find((p) => p.id === service?.providerId);
  const words = contactsFor(service, provider).map(contactWords).filter(Boolean);
  if (words.length) return words.join('; ');
  if (provider?.website) return provider.website;
  return `${provider?.name ?? 'the provider'} directly`;
}

export function planFiling(referral: Pick<Referral, 'services'>, catalogue: Catalogue): FilingPlan {
  const byId = new Map(catalogue.services.map((s) => [s.id, s]));
  const groups = new Map<string, { address: string; ids: string[]; names: string[]; advice: boolean[] }>();
  const refused: RefusedService[] = [];
  for (const requested of referral.services) {
    const service = byId.get(requested.serviceId);
    const name = service?.name ?? requested.serviceId;
    if (!service?.mailbox) {
      refused.push({ serviceId: requested.serviceId, name, contact: contactFor(catalogue, requested.serviceId) });
      continue;
    }
    const key = service.mailbox.toLowerCase();
    const group = groups.get(key) ?? { address: service.mailbox, ids: [], names: [], advice: [] };
    group.ids.push(service.id);
    group.names.push(name);
    group.advice.push(requested.advice === true);
    groups.set(key, group);
  }
  const mailboxes = [...groups.values()].map((g): MailboxPlan => {
    const kind: FilingKind = g.advice.every(Boolean) ? 'advice' : 'referral';
    return { address: g.address, serviceIds: g.ids, serviceNames: g.names, kind };
  });
  return { mailboxes, refused };
}

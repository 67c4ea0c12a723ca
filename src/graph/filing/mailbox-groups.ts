import type { Provider, Service } from '../../domain';
import { GraphFailure } from '../errors/graph-failure';

/** The chosen services that share one referral mailbox: they go in one message (issue #6 contract). */
export type MailboxGroup = { readonly mailbox: string; readonly services: readonly Service[] };

/**
 * Groups the chosen services by mailbox (compared lower-cased, first spelling kept, order kept). A service the
 * catalogue gives no mailbox is refused here, before any request, with its contacts (else its provider's).
 */
export function groupByMailbox(
  services: readonly Service[],
  providers: readonly Provider[] = [],
): { groups: MailboxGroup[]; refused: GraphFailure[] } {
  const groups = new Map<string, { mailbox: string; services: Service[] }>();
  const refused: GraphFailure[] = [];
  for (const service of services) {
    if (!service.mailbox) {
      const contacts = service.contacts ?? providers.find((p) => p.id === service.providerId)?.contacts ?? [];
      refused.push(new GraphFailure('no-mailbox', { serviceIds: [service.id], serviceName: service.name, contacts }));
      continue;
    }
    const key = service.mailbox.toLowerCase();
    const group = groups.get(key) ?? { mailbox: service.mailbox, services: [] };
    group.services.push(service);
    groups.set(key, group);
  }
  return { groups: [...groups.values()], refused };
}

import type { SharedMailboxSeed } from './seed';

/**
 * The catalogue's referral mailboxes, used until src/catalogues exposes them.
 * The lead wires the catalogue in at the call site of createSandbox (src/sandbox/main.ts).
 */
export const DEFAULT_SHARED_MAILBOXES: readonly SharedMailboxSeed[] = [
  { address: 'Family.Hub.Referrals@lewisham.gov.uk', displayName: 'Lewisham Family Hub referrals' },
  { address: 'bdadvocacy@refuge.org.uk', displayName: 'Refuge Barking and Dagenham advocacy' },
  { address: 'Maracreferrals@lbbd.gov.uk', displayName: 'Barking and Dagenham MARAC referrals' },
  // GFPO: the parenting coordinator screens this mailbox (notts-gfpo).
  {
    address: 'parenting.courses@nottsc.gov.uk',
    displayName: 'Nottinghamshire parenting courses',
    managerRole: 'parenting-coordinator',
  },
];

type CatalogueMailboxes = {
  providers: readonly { id: string; name: string }[];
  services: readonly { providerId: string; mailbox?: string | undefined }[];
};

/**
 * One shared mailbox per referral mailbox of the catalogue, keeping the display names and the
 * parenting-coordinator role above for the mailboxes they describe.
 */
export function catalogueMailboxes(catalogue: CatalogueMailboxes): SharedMailboxSeed[] {
  const known = new Map(DEFAULT_SHARED_MAILBOXES.map((m) => [m.address.toLowerCase(), m]));
  const out = new Map<string, SharedMailboxSeed>();
  for (const service of catalogue.services) {
    if (!service.mailbox || out.has(service.mailbox.toLowerCase())) continue;
    const key = service.mailbox.toLowerCase();
    const provider = catalogue.providers.find((p) => p.id === service.providerId);
    out.set(
      key,
      known.get(key) ?? {
        address: service.mailbox,
        displayName: `${provider?.name ?? service.providerId} (${service.mailbox.split('@')[0] ?? service.mailbox})`,
      },
    );
  }
  return [...out.values()];
}

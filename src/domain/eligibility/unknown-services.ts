import type { Catalogue } from '../catalogue/catalogue.schema';
import type { Finding } from '../criteria/package/rules';

/** A requested service id the catalogue does not know: the package cannot be filed until it is removed. */
export function unknownServiceFindings(
  requested: readonly { serviceId: string }[],
  catalogue: Catalogue,
  known: { has(id: string): boolean } = new Set(catalogue.services.map((s) => s.id)),
): Finding[] {
  if (requested.length === 0) return [];
  const unknown = [...new Set(requested.map((r) => r.serviceId).filter((id) => !known.has(id)))];
  if (unknown.length === 0) return [];
  return [
    {
      code: 'package.unknown-service',
      severity: 'blocking',
      status: 'not-met',
      message: `Not in the service catalogue: ${unknown.join(', ')}. Remove it or choose a listed service.`,
      serviceIds: unknown,
      missing: [],
    },
  ];
}

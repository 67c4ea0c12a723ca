import { deadlinesFor, newTriageRecord } from '../../domain';
import type { Catalogue, TimeStandard } from '../../domain';

export type StandardOnFiling = { readonly description: string; readonly dueDate: string };

/** The provider part of an id: `notts` in `notts.screening` and in `notts.gfpo-workshop`. */
const providerPart = (id: string) => id.split('.')[0];

// A merged catalogue does not say whose a standard is: one without `appliesTo` belongs to the provider whose
// service ids share its id's first part (ids are provider.thing).
function standardsOf(catalogue: Catalogue, serviceId: string): TimeStandard[] {
  return catalogue.timeStandards.filter((s) =>
    s.appliesTo ? s.appliesTo.includes(serviceId) : providerPart(s.id) === providerPart(serviceId),
  );
}

/** The time standards whose clock starts when the referral reaches the service, with their due dates. */
export function standardsOnFiling(catalogue: Catalogue, serviceId: string, filedAt: Date): StandardOnFiling[] {
  const standards = standardsOf(catalogue, serviceId).filter((s) => s.from === 'referral-received');
  const record = newTriageRecord({ referralId: 'filing', serviceId, receivedAt: filedAt });
  return deadlinesFor(record, standards, filedAt).map((d) => ({ description: d.description, dueDate: d.dueDate }));
}

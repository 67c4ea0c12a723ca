// What the chosen services ask of the referral before it is filed, from the catalogue: the same signal that shows the
// DASH checklist (a service whose criteria read domestic abuse), so the two never disagree about a service.
import { requestedServices } from '../../domain';
import type { Catalogue } from '../../domain';
import { dashRelevantServices, maracServices } from '../features/dash/dash-relevance';
import { NO_SERVICE_NEEDS } from '../features/referral-form';
import type { ServiceNeeds } from '../features/referral-form';

/**
 * Whether a domestic-abuse service, and whether MARAC, is among the services referred to. An advice request is left
 * out: it asks the service whether it can help, before the referrer has what a referral needs.
 */
export function serviceNeeds(catalogue: Catalogue | undefined, services: unknown): ServiceNeeds {
  if (!catalogue) return NO_SERVICE_NEEDS;
  const referred = requestedServices(services).filter((r) => !r.advice);
  const domestic = dashRelevantServices(catalogue);
  const marac = maracServices(catalogue);
  return {
    domesticAbuse: referred.some((r) => domestic.has(r.serviceId)),
    marac: referred.some((r) => marac.has(r.serviceId)),
  };
}

import { isRecord } from '../common/is-record';
import type { RequestedItem } from '../criteria/package/package-rule';

/** A service a referral asks for (or asks advice about), read from input that may be half-filled or odd. */
export type RequestedEntry = RequestedItem & { readonly advice: boolean };

/** The services a referral asks for, as far as they can be read: entries without a service id are left out. */
export function requestedServices(services: unknown): RequestedEntry[] {
  return (Array.isArray(services) ? services : [])
    .filter(isRecord)
    .filter((s) => typeof s.serviceId === 'string')
    .map((s) => ({
      serviceId: s.serviceId as string,
      personIds: Array.isArray(s.personIds) ? s.personIds.filter((p): p is string => typeof p === 'string') : [],
      advice: s.advice === true,
    }));
}

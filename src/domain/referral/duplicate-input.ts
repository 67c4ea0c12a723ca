import { referenceFor } from './referral-constants';
import type { FiledReferral } from './filed-referral.schema';
import type { DuplicateCheckChild, DuplicateCheckReferral, EarlierReferral } from './possible-duplicates';

/** The parts of a referral the duplicate rule reads; a half-filled draft of the same shape will do. */
export type ReferralForDuplicates = {
  /** The referral id; a referral is never its own duplicate (a retried filing finds its own copy in Sent Items). */
  readonly id?: string;
  readonly people: readonly {
    readonly id: string;
    readonly kind: string;
    readonly name?: string;
    readonly dateOfBirth?: string;
    readonly approximateAge?: number;
  }[];
  readonly services: readonly {
    readonly serviceId: string;
    readonly personIds: readonly string[];
    readonly advice?: boolean;
  }[];
};

/** The children of a referral and the services each is referred to; an advice request is not a referral. */
export function duplicateCheckOf(
  referral: ReferralForDuplicates,
  serviceName: (serviceId: string) => string | undefined,
): DuplicateCheckReferral {
  const children = referral.people.filter((p) => p.kind === 'child' && typeof p.name === 'string');
  const childIds = new Set(children.map((c) => c.id));
  const services = referral.services.filter((s) => s.advice !== true);
  // A service that names no child (the family, or a parent) is for every child of the family.
  const forChild = (id: string) =>
    services
      .filter((s) => s.personIds.includes(id) || !s.personIds.some((p) => childIds.has(p)))
      .map((s) => s.serviceId);
  return {
    ...(referral.id ? { reference: referenceFor(referral.id) } : {}),
    children: children.map((c): DuplicateCheckChild => ({
      name: c.name ?? '',
      ...(c.dateOfBirth ? { dateOfBirth: c.dateOfBirth } : {}),
      // A date of birth that is not known: the approximate age the referrer gave is compared instead.
      ...(!c.dateOfBirth && typeof c.approximateAge === 'number' ? { approximateAge: c.approximateAge } : {}),
      serviceIds: forChild(c.id),
    })),
    services: services.map((s) => ({ id: s.serviceId, name: serviceName(s.serviceId) ?? s.serviceId })),
  };
}

/** A filed referral.json (from Sent Items or a service mailbox) as an earlier referral. */
export function earlierReferralOf(filed: FiledReferral): EarlierReferral {
  const names = new Map(filed.to.services.map((s) => [s.id, s.name]));
  return {
    ...duplicateCheckOf(filed.referral, (id) => names.get(id)),
    reference: filed.reference,
    referredOn: filed.filedAt,
  };
}

import { interventionPlanSchema, type InterventionPlan } from '../../domain/extension/extension.schema';
import type { SingleValueExtendedProperty } from '../dto';
import { propertyValue, REFERRAL_PROPERTY_SET } from '../filing/referral-properties';

// The plan and its extension requests live with the referral, on the referral message in the service mailbox, in
// the filing contract's property set: the plan as JSON, its version, and a claim and a door for the write lock.
const id = (name: string) => `String ${REFERRAL_PROPERTY_SET} Name ${name}`;
export const PLAN_PROPERTY_IDS = {
  plan: id('ReferralPlan'),
  version: id('ReferralPlanVersion'),
  claim: id('ReferralPlanClaim'),
  door: id('ReferralPlanDoor'),
} as const;
export type PlanPropertyKey = keyof typeof PLAN_PROPERTY_IDS;

export function planPropertiesOf(
  props: readonly SingleValueExtendedProperty[] | undefined,
): Partial<Record<PlanPropertyKey, string>> {
  const out: Partial<Record<PlanPropertyKey, string>> = {};
  for (const [key, wanted] of Object.entries(PLAN_PROPERTY_IDS) as [PlanPropertyKey, string][]) {
    const value = propertyValue(props, wanted);
    if (value !== undefined) out[key] = value;
  }
  return out;
}

/** The stored plan: none yet, a checked plan, or damaged (shown, never decided on). */
export type StoredPlan = { kind: 'none' } | { kind: 'plan'; plan: InterventionPlan } | { kind: 'damaged' };

export function storedPlanOf(value: string | undefined): StoredPlan {
  if (!value) return { kind: 'none' };
  try {
    const parsed = interventionPlanSchema.safeParse(JSON.parse(value));
    return parsed.success ? { kind: 'plan', plan: parsed.data } : { kind: 'damaged' };
  } catch {
    return { kind: 'damaged' };
  }
}

export function planProperties(plan: InterventionPlan): SingleValueExtendedProperty[] {
  return [
    { id: PLAN_PROPERTY_IDS.plan, value: JSON.stringify(plan) },
    { id: PLAN_PROPERTY_IDS.version, value: String(plan.version) },
  ];
}

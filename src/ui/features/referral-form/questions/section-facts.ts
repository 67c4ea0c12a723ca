// Core facts whose answer is not stored as the question's own value (e.g. consent "yes" is `consent.given: true`,
// "no lead professional" is `null`): they are answered in the form's own section, so the question links there.
// This is about how the referral stores a fact, never about a service.
import type { FactDefinition } from '../../../../domain';
import type { FieldPath } from '../../../components/field-id';

export type Redirect =
  { readonly kind: 'field'; readonly fieldPath: FieldPath; readonly where: string } | { readonly kind: 'dash' };

const SECTION_FACTS: Readonly<Record<string, Redirect>> = {
  'consent.given': { kind: 'field', fieldPath: ['consent', 'given'], where: 'Consent' },
  'consent.reasonRecorded': { kind: 'field', fieldPath: ['consent', 'given'], where: 'Consent' },
  'context.leadProfessional': { kind: 'field', fieldPath: ['context', 'leadProfessional'], where: 'Case context' },
  'needs.gfpoNeeds': { kind: 'field', fieldPath: ['needs', 'gfpoPrimaryNeed'], where: 'Needs' },
};

/** Where a fact is answered instead of inline, if anywhere: DASH answers belong to the DASH checklist. */
export function redirectFor(def: FactDefinition): Redirect | undefined {
  if (def.path[0] === 'risks' && def.path[1] === 'dash') return { kind: 'dash' };
  return SECTION_FACTS[def.id];
}

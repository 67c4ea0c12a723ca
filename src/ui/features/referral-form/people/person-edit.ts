import type { DraftAction, FieldEdit } from '../../../state/draft-actions';
import type { AddressKey } from '../contact/address-fields';

type PersonKey =
  | 'name'
  | 'dateOfBirth'
  | 'dateOfBirthNotKnown'
  | 'approximateAge'
  | 'expectedDate'
  | 'gender'
  | 'school'
  | 'gp'
  | 'livesInBorough'
  | 'schoolInBorough'
  | 'livesWithOrRegularContact'
  | 'additionalNeeds'
  | 'behaviours'
  | 'diagnoses'
  | 'affectedByDomesticAbuse'
  | 'role'
  | 'relationship'
  | 'livesInHousehold'
  | 'abuseRole'
  | 'phone'
  | 'knowsOfReferral'
  | 'activeSubstanceMisuse'
  | 'severeMentalHealth'
  | 'criminalJusticeInvolvement';

// One edit per place in the family, so a person's fields keep the same handlers from render to render.
const edits: FieldEdit<PersonKey>[] = [];
const addressEdits: FieldEdit<AddressKey>[] = [];

/** Field edits of the person at `index` in the family. */
export function personEdit(index: number): FieldEdit<PersonKey> {
  return (edits[index] ??= (key, value) => ({ type: 'edit-person', index, patch: { [key]: value } }) as DraftAction);
}

/** Field edits of the address of the adult at `index` (one who lives apart from the family). */
export function personAddressEdit(index: number): FieldEdit<AddressKey> {
  return (addressEdits[index] ??= (key, value) =>
    ({ type: 'edit-person-address', index, patch: { [key]: value } }) as DraftAction);
}

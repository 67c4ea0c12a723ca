import type { DraftAction, FieldEdit } from '../../../state/draft-actions';

type PersonKey =
  | 'name'
  | 'dateOfBirth'
  | 'expectedDate'
  | 'gender'
  | 'school'
  | 'livesInBorough'
  | 'schoolInBorough'
  | 'livesWithOrRegularContact'
  | 'additionalNeeds'
  | 'role'
  | 'relationship'
  | 'livesInHousehold'
  | 'abuseRole';

// One edit per place in the family, so a person's fields keep the same handlers from render to render.
const edits: FieldEdit<PersonKey>[] = [];

/** Field edits of the person at `index` in the family. */
export function personEdit(index: number): FieldEdit<PersonKey> {
  return (edits[index] ??= (key, value) => ({ type: 'edit-person', index, patch: { [key]: value } }) as DraftAction);
}

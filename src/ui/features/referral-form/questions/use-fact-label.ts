// A question's words with the person's name and the family's council in them: "Does Amira live in Lewisham?".
import { councilName, factQuestion, isRecord } from '../../../../domain';
import type { FieldPath } from '../../../components/field-id';
import { getIn } from '../../../state/draft';
import { useDraft } from '../../../state/use-draft';

const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

/** The family's council area by name, as the referral records it; undefined until chosen. */
export function useFamilyCouncilName(): string | undefined {
  return useDraft((r) => {
    const family = isRecord(r.family) ? r.family : {};
    return councilName(text(family.councilCode), text(family.councilName));
  });
}

/**
 * The label for a fact asked at `path`: for a person's fact (path `people.<index>.…`), worded with their name and the
 * family's council where the fact's wording has a place for them; otherwise the fact's own label.
 */
export function useFactLabel(fact: { readonly id: string; readonly label: string }, path: FieldPath): string {
  const index = path[0] === 'people' && typeof path[1] === 'number' ? path[1] : undefined;
  const person = useDraft((r) => (index === undefined ? undefined : text(getIn(r, ['people', index, 'name']))));
  const council = useFamilyCouncilName();
  return factQuestion(fact, { person, council });
}

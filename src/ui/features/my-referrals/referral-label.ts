// The label a referrer can read for an entry: the children's initials and ages from the referral.json that was sent,
// never from the subject (which carries no names). Made on display, so the ages are today's.
import { referralDigest } from '../../../documents/referral-digest';
import type { DetailsResult } from '../../../graph';

export type ReferralLabel =
  | { readonly kind: 'loading' }
  | { readonly kind: 'label'; readonly text: string; readonly initials: readonly string[] }
  | { readonly kind: 'unreadable'; readonly reason: string }
  | { readonly kind: 'unavailable' };

const ageWords = (age: number | undefined) => (age === undefined ? '' : `, ${age === 0 ? 'under 1' : `age ${age}`}`);

/** "S E, age 12; A E, age 6"; a referral with no children is named by the family's initials. */
export function labelOf(details: DetailsResult | undefined, now: Date): ReferralLabel {
  if (!details) return { kind: 'loading' };
  if (!details.ok)
    return details.reason === 'unavailable' ? { kind: 'unavailable' } : { kind: 'unreadable', reason: details.message };
  const digest = referralDigest(details.document, now);
  if (digest.children.length > 0)
    return {
      kind: 'label',
      text: digest.children.map((c) => `${c.initials}${ageWords(c.age)}`).join('; '),
      initials: [...digest.children.map((c) => c.initials), ...digest.familyInitials],
    };
  const family = digest.familyInitials.join(', ');
  return {
    kind: 'label',
    text: family ? `Family ${family}, no children named` : 'No children named',
    initials: digest.familyInitials,
  };
}

// Some questions read better naming who and where: "Does Amira live in Lewisham?" rather than "Does the child live
// in the family's council area?". The fact keeps the plain label for lists and documents; the form asks these.

export type QuestionWords = {
  /** The person the question is about, as the referral names them. */
  readonly person?: string | undefined;
  /** The family's council area, by name. */
  readonly council?: string | undefined;
};

const possessive = (name: string) => `${name}'s`;

const WORDINGS: Readonly<Record<string, (person: string, council: string) => string>> = {
  'child.livesInBorough': (person, council) => `Does ${person} live in ${council}?`,
  'child.schoolInBorough': (person, council) => `Does ${person} go to school or nursery in ${council}?`,
  'child.councilCode': (person) => `Which council area does ${person} live in?`,
  'child.schoolCouncilCode': (person) =>
    person === 'the child'
      ? "Which council area is the child's school or nursery in?"
      : `Which council area is ${possessive(person)} school or nursery in?`,
};

/** The question for a fact, naming the person and the family's council where the fact's wording has a place for them. */
export function factQuestion(fact: { readonly id: string; readonly label: string }, words: QuestionWords): string {
  const wording = WORDINGS[fact.id];
  if (!wording) return fact.label;
  const person = words.person?.trim() || 'the child';
  const council = words.council?.trim() || "the family's council area";
  return wording(person, council);
}

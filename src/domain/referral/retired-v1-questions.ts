// Kept apart from the migration, which the card's first screen loads: only documents need these words.

/** A question version 1 asked that version 2 retired: its words, so an old answer kept as it was can be read. */
export type RetiredQuestion = {
  readonly label: string;
  readonly type: 'answer' | 'multi';
  readonly options?: readonly { readonly value: string; readonly label: string }[];
};

const AFFECTED = 'Has the child or young person been affected by domestic abuse?';

/** The words of the v1 questions whose answers a migrated referral may keep (see migrate-referral.ts). */
export const RETIRED_V1_QUESTIONS: ReadonlyMap<string, RetiredQuestion> = new Map([
  [
    'notts.prior-support',
    {
      label: 'Which of these has the parent or carer already attended or used?',
      type: 'multi',
      options: [
        { value: 'webinar', label: 'GFPO webinars or online resources' },
        { value: 'drop-in-clinic', label: 'A parenting drop-in clinic' },
        { value: 'workshop', label: 'A relevant parenting workshop' },
        { value: 'parenting-group', label: 'A parenting group or programme' },
        { value: 'none', label: 'None of these' },
      ],
    },
  ],
  [
    'notts.child-diagnosis',
    {
      label: 'Does the child have a diagnosis of ADHD or of autism (ASD)?',
      type: 'multi',
      options: [
        { value: 'adhd', label: 'ADHD' },
        { value: 'asd', label: 'Autism (ASD)' },
        { value: 'none', label: 'Neither' },
      ],
    },
  ],
  ['lbbd.child-impacted-by-domestic-abuse', { label: AFFECTED, type: 'answer' }],
  ['northumbria.child-affected-by-domestic-abuse', { label: AFFECTED, type: 'answer' }],
]);

// Closed vocabularies of the referral, each with the words the form, the PDF and the CLI show.

export const STATUTORY_STATUSES = {
  none: 'No statutory involvement',
  'early-help': 'Early help',
  'child-in-need': 'Child in need plan',
  'child-protection-plan': 'Child protection plan',
  'looked-after': 'Looked after child',
  plo: 'Public Law Outline (pre-proceedings)',
  'care-proceedings': 'Care proceedings',
  'not-known': 'Not known',
} as const;

export const COURT_PROCEEDINGS = {
  none: 'None',
  likely: 'Likely',
  'under-way': 'Under way',
  'not-known': 'Not known',
} as const;

export const POST_SEPARATION_ABUSE = {
  none: 'None',
  some: 'Some',
  high: 'High levels',
  'not-known': 'Not known',
} as const;

// GFPO primary need categories 1–5 (GFPO section 2 and Appendix 1).
export const GFPO_NEEDS = {
  1: 'Improving family functioning',
  2: 'Parenting of children and young people exhibiting risk-taking behaviour',
  3: 'Reducing violence and conflict in the home between child and parent',
  4: 'Improving practical routines and boundaries',
  5: 'Parenting children and young people with ASD and/or ADHD',
} as const;

// Lewisham NVR referral criteria: the challenges a family may be experiencing ("2 challenges or more").
export const CHALLENGES = {
  'challenging-defiant-aggressive': 'Parent struggling with challenging, defiant or aggressive behaviour',
  'disruptive-daily-life': 'Disruptive child behaviour affecting daily life',
  'verbal-physical-aggression': 'Ongoing verbal and physical aggression by the child',
  'self-destructive-risk-taking':
    'Self-destructive or risk-taking behaviour, or refusal to engage in family or education',
  'threatening-family-safety': 'Threatening behaviour that compromises family safety',
} as const;

// Behaviours of a child or young person that services name in their criteria.
export const BEHAVIOURS = {
  externalising: 'Disruptive, hyperactive or aggressive behaviour',
  internalising: 'Withdrawn, anxious or low mood',
  'violence-towards-parents': 'Violence or abuse towards parents or carers',
  'abuse-in-intimate-relationships': 'Violence or abuse in their own intimate relationships',
  'anger-episodes': 'Repeated or significant anger episodes',
  'sexualised-behaviour': 'Early signs of sexualised behaviour',
  'at-risk-of-exploitation': 'At risk of sexual or criminal exploitation',
  'emotional-health-affecting-safety-or-attendance': 'Emotional health affecting safety or school attendance',
} as const;

// Diagnoses of a child that services name in their criteria (GFPO need 5, ASD and ADHD).
export const DIAGNOSES = {
  autism: 'Autism (ASD)',
  adhd: 'ADHD',
  'learning-disability': 'Learning disability',
  other: 'Another diagnosis',
} as const;

export const ADULT_ROLES = {
  parent: 'Parent',
  carer: 'Carer',
  'kinship-carer': 'Kinship carer',
  'prospective-kinship-carer': 'Preparing to be a kinship carer',
  'other-adult': 'Other adult',
} as const;

// Where an adult stands in relation to domestic abuse in the family, if at all.
export const ABUSE_ROLES = {
  none: 'Not involved in domestic abuse',
  'victim-survivor': 'Victim or survivor',
  'person-causing-harm': 'Has used abusive behaviour',
  'not-known': 'Not known',
} as const;

export const GENDERS = {
  female: 'Female',
  male: 'Male',
  'non-binary': 'Non-binary',
  'prefer-not-to-say': 'Prefers not to say',
  'not-known': 'Not known',
} as const;

// Lawful bases for sharing without consent (UK GDPR Art. 6 and 9; DPA 2018 Sch. 1 para 18).
export const LAWFUL_BASES = {
  safeguarding: 'Safeguarding of children and individuals at risk (DPA 2018 Sch. 1 para 18)',
  'public-task': 'Public task (UK GDPR Art. 6(1)(e))',
  'legal-obligation': 'Legal obligation (UK GDPR Art. 6(1)(c))',
  'vital-interests': 'Vital interests (UK GDPR Art. 6(1)(d))',
} as const;

export type Vocabulary = Readonly<Record<string, string>>;
export const keysOf = <V extends Vocabulary>(v: V) => Object.keys(v) as [keyof V & string, ...(keyof V & string)[]];

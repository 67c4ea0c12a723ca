// SafeLives DASH risk checklist: 24 questions answered yes / no / not known.
// Plain lists, apart from the zod schema, so the MARAC assessment the engine runs does not load zod.
export const DASH_QUESTION_IDS = [
  'q1',
  'q2',
  'q3',
  'q4',
  'q5',
  'q6',
  'q7',
  'q8',
  'q9',
  'q10',
  'q11',
  'q12',
  'q13',
  'q14',
  'q15',
  'q16',
  'q17',
  'q18',
  'q19',
  'q20',
  'q21',
  'q22',
  'q23',
  'q24',
] as const;

// SafeLives MARAC criterion 2: examples of serious concern below 14 ticks.
export const PROFESSIONAL_JUDGEMENT_REASONS = [
  'extreme-fear',
  'barriers-to-disclosure',
  'victim-perception-of-risk',
  'separation-coercive-control-violence',
  'non-fatal-strangulation',
  'stalking',
  'threats-to-kill',
  'escalation',
  'honour-based-abuse-or-forced-marriage',
  'other',
] as const;

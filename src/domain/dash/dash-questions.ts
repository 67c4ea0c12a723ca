import type { DashQuestionId, ProfessionalJudgementReason } from './dash.schema';

export type DashQuestion = {
  readonly id: DashQuestionId;
  readonly number: number;
  readonly text: string;
  readonly hint?: string;
};

// The 24 SafeLives DASH topics in their standard order, written in our own words.
// Numbering follows the published checklist so a paper DASH can be copied across question by question:
// 18 is "hurt anyone else" (children included) and 19 is cruelty to animals.
export const DASH_QUESTIONS: readonly DashQuestion[] = Object.freeze([
  {
    id: 'q1',
    number: 1,
    text: 'Were you injured in this latest incident?',
    hint: 'Note what the injury is and whether there have been injuries before.',
  },
  {
    id: 'q2',
    number: 2,
    text: 'Are you very scared at the moment?',
    hint: 'Record how the person describes their fear, in their own words.',
  },
  {
    id: 'q3',
    number: 3,
    text: 'Are you afraid of what may happen next, such as more violence, being killed, or someone else being harmed?',
    hint: 'Note who they fear for and what they think could happen.',
  },
  {
    id: 'q4',
    number: 4,
    text: 'Do you feel cut off from your family or friends, for example because the person causing harm stops you seeing them?',
  },
  {
    id: 'q5',
    number: 5,
    text: 'Are you feeling very low or depressed, or have you had thoughts of ending your life?',
  },
  {
    id: 'q6',
    number: 6,
    text: 'In the last year, have you separated from the person causing harm, or tried to?',
    hint: 'Separation, planned or actual, is a time of raised risk.',
  },
  {
    id: 'q7',
    number: 7,
    text: 'Is there conflict over contact arrangements for the children?',
  },
  {
    id: 'q8',
    number: 8,
    text: 'Does the person causing harm keep contacting you, following you or turning up, by messages, calls or in person, in a way that feels like harassment or stalking?',
    hint: 'Note how often it happens and whether it feels meant to frighten.',
  },
  {
    id: 'q9',
    number: 9,
    text: 'Are you pregnant, or have you had a baby in the last 18 months?',
  },
  {
    id: 'q10',
    number: 10,
    text: 'Has the abuse been happening more often?',
  },
  {
    id: 'q11',
    number: 11,
    text: 'Has the abuse become more serious?',
  },
  {
    id: 'q12',
    number: 12,
    text: 'Does the person causing harm try to control everything you do, or are they jealous to an extreme degree?',
    hint: 'For example control of money, who you see, where you go or what you wear.',
  },
  {
    id: 'q13',
    number: 13,
    text: 'Has the person causing harm ever hurt you with a weapon or an object?',
  },
  {
    id: 'q14',
    number: 14,
    text: 'Has the person causing harm threatened to kill you or someone else, and did you believe the threat?',
  },
  {
    id: 'q15',
    number: 15,
    text: 'Has the person causing harm ever tried to stop you breathing, for example by strangling, choking or smothering you, or holding you under water?',
  },
  {
    id: 'q16',
    number: 16,
    text: 'Has the person causing harm done or said sexual things to you that you did not want, or that hurt or humiliated you?',
  },
  {
    id: 'q17',
    number: 17,
    text: 'Apart from the person causing harm, is anyone else threatening you, or is there anyone else you are afraid of?',
    hint: 'For example their relatives or friends; this matters where "honour"-based abuse is possible.',
  },
  {
    id: 'q18',
    number: 18,
    text: 'As far as you know, has the person causing harm hurt anyone else?',
    hint: 'For example the children, other relatives, a former partner or a stranger.',
  },
  {
    id: 'q19',
    number: 19,
    text: 'Has the person causing harm ever been cruel to an animal or a family pet?',
  },
  {
    id: 'q20',
    number: 20,
    text: 'Are there money worries, for example do you depend on the person causing harm for money, or have they recently lost their job?',
  },
  {
    id: 'q21',
    number: 21,
    text: 'In the past year, has the person causing harm had problems with alcohol, drugs or their mental health?',
  },
  {
    id: 'q22',
    number: 22,
    text: 'Has the person causing harm ever threatened to take their own life, or tried to?',
  },
  {
    id: 'q23',
    number: 23,
    text: 'Has the person causing harm ever broken bail conditions, an injunction, or an agreement about when they can see you or the children?',
  },
  {
    id: 'q24',
    number: 24,
    text: 'To your knowledge, has the person causing harm been in trouble with the police, or do they have a criminal record?',
  },
] satisfies DashQuestion[]);

// SafeLives MARAC criterion 2 examples, as short labels for a checklist.
export const PROFESSIONAL_JUDGEMENT_LABELS: Readonly<Record<ProfessionalJudgementReason, string>> = Object.freeze({
  'extreme-fear': 'Extreme fear',
  'barriers-to-disclosure': 'Cultural, immigration or language barriers to telling anyone',
  'victim-perception-of-risk': "The victim's own sense that they are at high risk",
  'separation-coercive-control-violence': 'Separation together with coercive control and physical or sexual violence',
  'non-fatal-strangulation': 'Non-fatal strangulation',
  stalking: 'Stalking',
  'threats-to-kill': 'Threats to kill',
  escalation: 'Abuse becoming more frequent or more severe',
  'honour-based-abuse-or-forced-marriage': '"Honour"-based abuse or forced marriage',
  other: 'Another serious concern (describe it)',
});

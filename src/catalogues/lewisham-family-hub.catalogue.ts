import type { ProviderCatalogue, Service } from '../domain';

// Lewisham Family Hub, Focused Support Services offer and referral criteria (CATALOGUE.md "lewisham-family-hub").
const SEED = '000_00e7cb9a8a716238.txt';
const cite = (section: string, note?: string) => ({ seed: SEED, section, ...(note ? { note } : {}) });

const MAILBOX = 'Family.Hub.Referrals@lewisham.gov.uk';
const PROVIDER_ID = 'lewisham-family-hub';

// Seed headings, exactly as they appear (so a reader can find them with Ctrl+F).
const S = {
  referral: 'Making a referral',
  notAppropriate: 'Our programmes are not appropriate if',
  notice: 'General Notice',
  tripleP: 'Triple P Group',
  nvr: 'NVR - Informed Practice',
  recovery: 'Domestic Abuse Recovery Programmes',
  coda: 'CODA - Children Overcoming Domestic Abuse',
  juniper: 'The Juniper Programme',
  freedom: 'The Freedom Programme',
  voice: 'VOICE',
} as const;

/** A mother (female parent) who has experienced domestic abuse: CODA and Juniper are for mothers and their children. */
const motherSurvivor = {
  all: [
    { fact: 'adult.role', eq: 'parent' },
    { fact: 'adult.gender', eq: 'female' },
    { fact: 'adult.abuseRole', eq: 'victim-survivor' },
  ],
};

const service = (s: Omit<Service, 'providerId' | 'mailbox'>): Service => ({
  providerId: PROVIDER_ID,
  mailbox: MAILBOX,
  ...s,
});

export const lewishamFamilyHub: ProviderCatalogue = {
  provider: {
    id: PROVIDER_ID,
    name: 'Lewisham Family Hub',
    area: 'London Borough of Lewisham',
    description:
      'Focused Support Services: parenting programmes and domestic abuse recovery programmes, referred with one referral form.',
    seed: SEED,
    contacts: [
      {
        name: 'Family Hub referrals',
        email: MAILBOX,
        note: "Referrals to every programme, and advice for families open to children's social care.",
      },
    ],
  },

  ruleSets: [
    {
      id: 'lewisham.general',
      description:
        'Rules for every Lewisham Family Hub programme ("Our programmes are not appropriate if" and the General Notice).',
      criteria: [
        {
          kind: 'condition',
          id: 'lewisham.general.severe-mental-health',
          requirement:
            'Not appropriate where severe mental health issues are present that need specialised therapeutic intervention.',
          citation: cite(S.notAppropriate),
          test: { fact: 'risks.severeMentalHealth', eq: 'no' },
        },
        {
          kind: 'condition',
          id: 'lewisham.general.active-substance-misuse',
          requirement:
            'Not appropriate where a parent or carer is actively misusing substances; this needs resolving before a parenting programme.',
          citation: cite(S.notAppropriate),
          test: { fact: 'risks.activeSubstanceMisuse', eq: 'no' },
        },
        {
          kind: 'condition',
          id: 'lewisham.general.other-parenting-programme',
          requirement: 'Not appropriate while the parents or carers are attending another parenting programme.',
          citation: cite(
            S.notAppropriate,
            'The seed lists "Parents/carers are not attending any other parenting programmes" under "not appropriate if". Read literally that excludes parents who are NOT on another programme; the intent (CATALOGUE.md) is the opposite, and that is what is encoded: attending another parenting programme makes these programmes unsuitable.',
          ),
          test: { fact: 'support.attendingOtherParentingProgramme', eq: 'no' },
        },
        {
          kind: 'condition',
          id: 'lewisham.general.open-to-social-care',
          otherwise: 'review',
          requirement: `The family is open to children's social care: seek advice from a member of the team (${MAILBOX}) before referring.`,
          citation: cite(S.notAppropriate),
          test: { fact: 'context.openToSocialCare', eq: 'no' },
        },
        {
          kind: 'condition',
          id: 'lewisham.general.consent',
          requirement: 'All programmes are consent based: the parent or carer must consent to the referral.',
          citation: cite(S.notice),
          test: { fact: 'consent.given', eq: 'yes' },
        },
        {
          kind: 'condition',
          id: 'lewisham.general.not-mandated',
          requirement:
            'Parents and carers cannot be mandated to attend as part of a statutory response: attendance must be their choice.',
          citation: cite(S.notice),
          test: { fact: 'answers.lewisham.attendance-mandated', eq: 'no' },
        },
        {
          kind: 'condition',
          id: 'lewisham.general.additional-needs-or-eal',
          otherwise: 'review',
          requirement:
            'Families with additional needs or English as a second language may need parenting support one to one, or to be signposted to a more suitable service: check with the team.',
          citation: cite(S.notice),
          test: {
            all: [
              { fact: 'needs.additionalNeeds', eq: 'no' },
              { fact: 'needs.englishAdditionalLanguage', eq: 'no' },
            ],
          },
        },
      ],
    },
    {
      id: 'lewisham.da-recovery',
      description:
        'Referral criteria shared by the domestic abuse recovery programmes (CODA, Juniper, Freedom, VOICE).',
      criteria: [
        {
          kind: 'condition',
          id: 'lewisham.da-recovery.perpetrator-not-in-home',
          requirement: 'Not appropriate while the perpetrator is still living in the family home.',
          citation: cite(S.recovery),
          test: { fact: 'risks.perpetratorInHome', eq: 'no' },
        },
        {
          kind: 'condition',
          id: 'lewisham.da-recovery.no-high-post-separation-abuse',
          requirement: 'Not appropriate where there are high levels of post-separation abuse.',
          citation: cite(S.recovery),
          test: { fact: 'risks.postSeparationAbuse', in: ['none', 'some'] },
        },
        {
          kind: 'condition',
          id: 'lewisham.da-recovery.voluntary',
          requirement: 'A voluntary piece of work: the woman (and child) must wish to take part; it is their choice.',
          citation: cite(S.recovery),
          test: { fact: 'answers.lewisham.wishes-to-take-part', eq: 'yes' },
        },
      ],
    },
  ],

  questions: [
    {
      id: 'lewisham.attendance-mandated',
      type: 'answer',
      label:
        'Is the family being required to attend as part of a statutory response (for example as a condition of a child protection or child in need plan)?',
      hint: 'Lewisham programmes are consent based: parents and carers cannot be mandated to attend.',
      citation: cite(S.notice),
    },
    {
      id: 'lewisham.wishes-to-take-part',
      type: 'answer',
      label:
        'Does the woman (and, where the programme includes them, her child) want to take part, by their own choice?',
      citation: cite(S.recovery),
    },
    {
      id: 'lewisham.struggling-with-behaviour',
      type: 'answer',
      label: "Is the parent or carer struggling to manage aspects of the child's behaviour?",
      citation: cite(S.tripleP),
    },
    {
      id: 'lewisham.attends-all-classroom-sessions',
      type: 'answer',
      label: 'Will the parent or carer attend all four classroom sessions?',
      hint: 'Triple P has 4 mandatory classroom sessions; parents need to attend them all to see change.',
      citation: cite(S.tripleP),
    },
    {
      id: 'lewisham.freedom-suitable',
      type: 'answer',
      label: 'Is the Freedom Programme (a programme for women) suitable for the person being referred?',
      hint: 'VOICE, delivered one to one, is for victims and survivors where the Freedom Programme is not suitable. If unsure, answer "Not known" and the team will advise.',
      citation: cite(S.voice),
    },
  ],

  services: [
    service({
      id: 'lewisham.triple-p-group',
      name: 'Triple P Group (Positive Parenting Programme)',
      description:
        "A broad-based parenting programme for parents and carers of children aged 2 to 10 who are struggling to manage aspects of their children's behaviour.",
      kind: 'programme',
      audience: 'adult',
      format: 'Group: 4 mandatory classroom sessions, then 2 to 4 individualised 1:1 sessions',
      length: '6 to 8 weeks',
      ages: { min: 2, max: 10 },
      eligibilityDescription:
        'Parents and carers of children aged 2–10 who live with them and/or have regular contact, who are struggling to manage aspects of their behaviour and will attend all classroom sessions.',
      ruleSets: ['lewisham.general'],
      criteria: [
        {
          kind: 'age',
          id: 'lewisham.triple-p-group.age',
          requirement: 'For parents and carers of children aged 2 to 10.',
          citation: cite(S.tripleP),
          min: 2,
          max: 10,
        },
        {
          kind: 'condition',
          id: 'lewisham.triple-p-group.struggling-with-behaviour',
          requirement: "For parents and carers who are struggling to manage aspects of their children's behaviour.",
          citation: cite(S.tripleP),
          test: { fact: 'answers.lewisham.struggling-with-behaviour', eq: 'yes' },
        },
        {
          kind: 'person',
          who: 'child',
          id: 'lewisham.triple-p-group.lives-with-or-regular-contact',
          requirement: 'For parents and carers whose children live with them and/or who have regular contact.',
          citation: cite(S.tripleP),
          test: { fact: 'child.livesWithOrRegularContact', eq: 'yes' },
        },
        {
          kind: 'condition',
          id: 'lewisham.triple-p-group.attends-all-classroom-sessions',
          requirement: 'Parents and carers need to attend all classroom-based sessions to see change.',
          citation: cite(S.tripleP),
          test: { fact: 'answers.lewisham.attends-all-classroom-sessions', eq: 'yes' },
        },
      ],
      citations: [cite(S.tripleP), cite(S.referral)],
    }),
    service({
      id: 'lewisham.nvr',
      name: 'NVR (Non-Violent Resistance) Informed Practice',
      description:
        'Tools and techniques for parents and carers of children and young people with challenging, violent and extreme behaviours, guided by the core principles of non-violent resistance.',
      kind: 'programme',
      audience: 'adult',
      ages: { min: 8, max: 18 },
      eligibilityDescription:
        'Typically parents and carers of children aged 8 to 18 (younger children considered on need), with a family experiencing 2 or more of the listed challenges.',
      ruleSets: ['lewisham.general'],
      criteria: [
        {
          kind: 'age',
          id: 'lewisham.nvr.age',
          min: 8,
          max: 18,
          belowMin: 'review',
          requirement:
            'Typically for parents and carers of children aged 8 to 18; cases with younger children may be considered on need.',
          citation: cite(S.nvr),
        },
        {
          kind: 'condition',
          id: 'lewisham.nvr.two-challenges',
          requirement:
            'The family is experiencing 2 or more of the challenges: challenging, defiant or aggressive behaviour; disruptive behaviour affecting daily life; ongoing verbal and physical aggression; self-destructive or risk-taking behaviour or refusal to engage; threatening behaviour that compromises family safety.',
          citation: cite(S.nvr),
          test: { fact: 'needs.challenges', countAtLeast: 2 },
        },
      ],
      citations: [cite(S.nvr), cite(S.referral)],
    }),
    service({
      id: 'lewisham.coda',
      name: 'CODA - Children Overcoming Domestic Abuse',
      description:
        'A recovery intervention for mothers and their children who have experienced domestic abuse, in concurrent weekly sessions divided into age-appropriate groups.',
      kind: 'programme',
      audience: 'family',
      format: 'Weekly two-hour group sessions for mothers and children, running concurrently; age-appropriate groups',
      length: '12 weeks',
      eligibilityDescription:
        'Mothers and their children who have experienced domestic abuse. The age group differs each term (email the team). Siblings cannot access the same group.',
      ruleSets: ['lewisham.general', 'lewisham.da-recovery'],
      criteria: [
        {
          kind: 'person',
          who: 'adult',
          id: 'lewisham.coda.mother-survivor',
          requirement: 'For mothers and their children who have experienced domestic abuse.',
          citation: cite(S.coda),
          test: motherSurvivor,
        },
        {
          kind: 'review',
          id: 'lewisham.coda.age-group-this-term',
          requirement: `CODA is delivered to different age groups each term: email ${MAILBOX} to check that a group this term suits the child's age.`,
          citation: cite(S.coda),
        },
      ],
      citations: [cite(S.coda), cite(S.recovery)],
    }),
    service({
      id: 'lewisham.juniper',
      name: 'The Juniper Programme',
      description:
        'A recovery intervention for mothers and their young children who have experienced domestic abuse, focused on bonding and attachment, therapeutic parenting and play.',
      kind: 'programme',
      audience: 'family',
      format:
        'Weekly two-hour sessions, mothers and children in separate groups running concurrently, with time each week to play together',
      length: '10 weeks',
      ages: { min: 0, max: 3 },
      eligibilityDescription:
        'Mothers and their children who have experienced domestic abuse; currently delivered to children under 4. Siblings cannot access the same group.',
      ruleSets: ['lewisham.general', 'lewisham.da-recovery'],
      criteria: [
        {
          kind: 'person',
          who: 'adult',
          id: 'lewisham.juniper.mother-survivor',
          requirement: 'For mothers and their children who have experienced domestic abuse.',
          citation: cite(S.juniper),
          test: motherSurvivor,
        },
        {
          kind: 'age',
          id: 'lewisham.juniper.age',
          min: 0,
          max: 3,
          requirement: 'Currently delivered to children under 4.',
          citation: cite(S.juniper),
        },
      ],
      citations: [cite(S.juniper), cite(S.recovery)],
    }),
    service({
      id: 'lewisham.freedom',
      name: 'The Freedom Programme',
      description:
        'A recovery intervention for women who have experienced domestic abuse, examining how attitudes and beliefs shape the actions of abusers and the responses of victims and survivors.',
      kind: 'programme',
      audience: 'adult',
      length: '12 weeks',
      eligibilityDescription:
        'Women who have experienced domestic abuse. Where the Freedom Programme is not suitable, VOICE (one to one) is offered instead.',
      ruleSets: ['lewisham.general', 'lewisham.da-recovery'],
      criteria: [
        {
          kind: 'person',
          who: 'adult',
          id: 'lewisham.freedom.woman-survivor',
          requirement:
            'For women who have experienced domestic abuse; VOICE is for victims and survivors where Freedom is not suitable.',
          citation: cite(S.freedom),
          alternatives: ['lewisham.voice'],
          test: {
            all: [
              { fact: 'adult.gender', eq: 'female' },
              { fact: 'adult.abuseRole', eq: 'victim-survivor' },
            ],
          },
        },
        {
          kind: 'condition',
          id: 'lewisham.freedom.suitable',
          requirement: 'The Freedom Programme is suitable for her; where it is not, refer to VOICE instead.',
          citation: cite(S.voice),
          alternatives: ['lewisham.voice'],
          test: { fact: 'answers.lewisham.freedom-suitable', eq: 'yes' },
        },
      ],
      citations: [cite(S.freedom), cite(S.recovery)],
    }),
    service({
      id: 'lewisham.voice',
      name: 'VOICE (Victims of Intimate Coercive Experience)',
      description:
        'An intervention for victims and survivors of domestic abuse, coercive control and intimate partner relationship abuse, for those where the Freedom Programme is not suitable.',
      kind: 'one-to-one',
      audience: 'adult',
      format: 'One to one',
      length: '10 weeks',
      eligibilityDescription:
        'Victims and survivors of domestic abuse where the Freedom Programme is not suitable; delivered one to one.',
      ruleSets: ['lewisham.general', 'lewisham.da-recovery'],
      criteria: [
        {
          kind: 'person',
          who: 'adult',
          id: 'lewisham.voice.victim-survivor',
          requirement:
            'For victims and survivors of domestic abuse, coercive control and intimate partner relationship abuse.',
          citation: cite(S.voice),
          test: { fact: 'adult.abuseRole', eq: 'victim-survivor' },
        },
        {
          kind: 'condition',
          id: 'lewisham.voice.freedom-not-suitable',
          requirement:
            'VOICE is for those where the Freedom Programme is not suitable; otherwise refer to the Freedom Programme.',
          citation: cite(S.voice),
          alternatives: ['lewisham.freedom'],
          test: { fact: 'answers.lewisham.freedom-suitable', eq: 'no' },
        },
      ],
      citations: [cite(S.voice), cite(S.recovery)],
    }),
  ],

  packageRules: [
    {
      kind: 'separate-groups',
      id: 'lewisham.coda.siblings-separate-groups',
      services: ['lewisham.coda'],
      message: 'Siblings cannot access the same CODA group: refer each child to a different group.',
      citation: cite(S.coda),
    },
    {
      kind: 'separate-groups',
      id: 'lewisham.juniper.siblings-separate-groups',
      services: ['lewisham.juniper'],
      message: 'Siblings cannot access the same Juniper group: refer each child to a different group.',
      citation: cite(S.juniper),
    },
  ],
};

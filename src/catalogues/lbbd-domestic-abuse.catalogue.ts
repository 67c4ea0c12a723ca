import type { ProviderCatalogue, Service } from '../domain';

// Barking and Dagenham domestic abuse: guidance for professionals (CATALOGUE.md "lbbd-domestic-abuse").
// The borough's name is garbled by an encoding fault in this copy of the seed; we write "Barking and Dagenham" and
// cite headings by the part of their text that is not garbled, so Ctrl+F still finds them.
const SEED = '001_f4b2a794d398f628.txt';
const cite = (section: string, note?: string) => ({ seed: SEED, section, ...(note ? { note } : {}) });

const PROVIDER_ID = 'lbbd-domestic-abuse';
const GARBLED =
  'The borough name in this heading is garbled in the seed copy; it reads "Refuge - The [Barking and Dagenham] Domestic and Sexual Abuse Service".';

// Seed headings (or their ungarbled part), exactly as they appear.
const S = {
  refuge: 'Domestic and Sexual Abuse Service',
  marac: 'Multi-Agency Risk Assessment Conference (MARAC)',
  perpetrator: 'Perpetrator Support',
  children: 'Support for Children and Young People',
  reset: 'RESET',
  phoenix: 'The Phoenix Service',
} as const;

const CRANSTOUN = {
  name: 'Cranstoun',
  email: 'admindva@cranstoun.org.uk',
  note: 'The seed gives no referral mailbox: use the referral form, or e-mail to find out more.',
};

const service = (s: Omit<Service, 'providerId'>): Service => ({ providerId: PROVIDER_ID, ...s });

export const lbbdDomesticAbuse: ProviderCatalogue = {
  provider: {
    id: PROVIDER_ID,
    name: 'Barking and Dagenham domestic abuse services',
    area: 'London Borough of Barking and Dagenham',
    description:
      'Domestic abuse support that professionals in Barking and Dagenham refer to: Refuge, MARAC, perpetrator support and support for children and young people.',
    seed: SEED,
  },

  ruleSets: [
    {
      id: 'lbbd.perpetrator-support',
      description: 'Perpetrator Support: services for people who have used abusive behaviour in their relationships.',
      criteria: [
        {
          kind: 'person',
          who: 'adult',
          id: 'lbbd.perpetrator-support.used-abusive-behaviour',
          requirement:
            'For a person who has engaged in abusive, harmful or damaging behaviour within their relationships.',
          citation: cite(S.perpetrator),
          test: { fact: 'adult.abuseRole', eq: 'person-causing-harm' },
        },
      ],
    },
  ],

  questions: [
    {
      id: 'lbbd.urgent-action-to-make-family-safe',
      type: 'answer',
      label:
        'Is urgent action needed to make the family safe by moving the person who has used abusive behaviour into temporary accommodation?',
      citation: cite(S.perpetrator),
    },
    {
      id: 'lbbd.engages-with-cranstoun',
      type: 'answer',
      label: 'Will the person engage with a Cranstoun intervention (such as Men and Masculinities)?',
      hint: 'The perpetrator accommodation is dependent on engagement with a Cranstoun intervention.',
      citation: cite(S.perpetrator),
    },
    {
      id: 'lbbd.child-impacted-by-domestic-abuse',
      type: 'answer',
      label: 'Has the child or young person been impacted by domestic abuse, as a victim/survivor or as a witness?',
      citation: cite(S.phoenix),
    },
  ],

  services: [
    service({
      id: 'lbbd.refuge',
      name: 'Refuge - Barking and Dagenham Domestic and Sexual Abuse Service',
      description:
        'An independent domestic and sexual abuse service, commissioned by the council and run by Refuge: community-based support for any victim of domestic, sexual or gender-based violence for as long as it is needed, in crisis and in recovery.',
      mailbox: 'bdadvocacy@refuge.org.uk',
      contacts: [
        {
          name: 'Refuge (referrals and advice)',
          email: 'bdadvocacy@refuge.org.uk',
          phone: '0300 456 0174',
          hours: 'Monday to Friday, 9am to 5pm',
        },
        { name: 'Refuge 24-hour helpline', phone: '0808 2000 247', hours: 'Outside office hours, free, 24 hours' },
      ],
      kind: 'advocacy',
      audience: 'adult',
      eligibilityDescription:
        'Any victim of domestic, sexual or gender-based violence (an adult or young person at risk of or experiencing domestic abuse).',
      ruleSets: [],
      criteria: [
        {
          kind: 'person',
          who: 'adult',
          id: 'lbbd.refuge.victim',
          otherwise: 'review',
          requirement:
            'For any victim of domestic, sexual or gender-based violence; where the victim is a young person rather than an adult here, check with Refuge.',
          citation: cite(S.refuge, GARBLED),
          test: { fact: 'adult.abuseRole', eq: 'victim-survivor' },
        },
      ],
      citations: [cite(S.refuge, GARBLED)],
    }),
    service({
      id: 'lbbd.marac',
      name: 'MARAC (Multi-Agency Risk Assessment Conference)',
      description:
        "A regular, confidential conference focused on helping victims at high risk of murder or serious harm: an independent domestic abuse specialist represents the victim/survivor, and police, children's social services, health and other agencies share information and write an action plan for each victim.",
      mailbox: 'Maracreferrals@lbbd.gov.uk',
      contacts: [
        {
          name: 'MARAC referrals',
          email: 'Maracreferrals@lbbd.gov.uk',
          note: 'Refer with the MARAC referral form. The seed prints this address under "Domestic Abuse Forum"; CATALOGUE.md names it as the MARAC referral mailbox.',
        },
      ],
      kind: 'conference',
      audience: 'adult',
      eligibilityDescription:
        'Victims at high risk of murder or serious harm, as determined with the DASH risk checklist and professional judgement. Consent is not required, but where it is not given the reason must be recorded.',
      ruleSets: [],
      criteria: [
        {
          kind: 'condition',
          id: 'lbbd.marac.high-risk',
          requirement:
            'High risk by any MARAC criterion: 14 or more "yes" answers on the DASH checklist (visible high risk); professional judgement; potential escalation (3 or more incidents in the last 12 months); or a further incident within 12 months of the last MARAC referral. The checklist never replaces professional judgement. Below the threshold, refer to Refuge.',
          citation: cite(
            S.marac,
            'The seed asks for a MARAC referral where the victim is believed to be at high risk, determined by completing the DASH risk checklist; the four criteria are the SafeLives MARAC referral criteria (CATALOGUE.md "DASH").',
          ),
          alternatives: ['lbbd.refuge'],
          test: {
            any: [
              { fact: 'dash.yesCount', gte: 14 },
              { fact: 'dash.professionalJudgement', eq: 'yes' },
              { fact: 'dash.incidentsLast12Months', gte: 3 },
              { fact: 'dash.previousMaracWithin12Months', eq: 'yes' },
            ],
          },
        },
        {
          kind: 'condition',
          id: 'lbbd.marac.consent-or-reason-recorded',
          requirement:
            'Consent is not required for a MARAC referral, but where it is not given the reason (and the lawful basis for sharing) must be recorded.',
          citation: cite(
            S.marac,
            'CATALOGUE.md: "Consent not required; the reason is recorded", as on the MARAC referral form the seed links.',
          ),
          test: { fact: 'consent.reasonRecorded', eq: 'yes' },
        },
      ],
      citations: [cite(S.marac)],
    }),
    service({
      id: 'lbbd.men-and-masculinities',
      name: 'Men and Masculinities',
      description:
        'A 24-week programme delivered by Cranstoun: a safe space for people who have engaged in abusive, harmful and damaging behaviour within their relationships.',
      contacts: [CRANSTOUN],
      kind: 'programme',
      audience: 'adult',
      length: '24 weeks',
      eligibilityDescription:
        'People displaying abusive behaviour in their relationships who are not going through the criminal justice system and have consented. Referral by the Men Masculinities referral form.',
      ruleSets: ['lbbd.perpetrator-support'],
      criteria: [
        {
          kind: 'condition',
          id: 'lbbd.men-and-masculinities.not-in-criminal-justice',
          requirement: 'For people who are not going through the criminal justice system.',
          citation: cite(S.perpetrator),
          test: { fact: 'risks.criminalJusticeInvolvement', eq: 'no' },
        },
        {
          kind: 'condition',
          id: 'lbbd.men-and-masculinities.consent',
          requirement: 'The person has consented to the referral.',
          citation: cite(S.perpetrator),
          test: { fact: 'consent.given', eq: 'yes' },
        },
      ],
      citations: [cite(S.perpetrator)],
    }),
    service({
      id: 'lbbd.perpetrator-accommodation',
      name: 'Perpetrator temporary accommodation',
      description:
        'A dedicated temporary accommodation space for a perpetrator, where urgent action is needed to make a family safe, delivered in a trauma-informed way. Temporary only, and dependent on engagement with a Cranstoun intervention.',
      contacts: [CRANSTOUN],
      kind: 'accommodation',
      audience: 'adult',
      eligibilityDescription:
        'Where urgent action is needed to make a family safe; the person who has used abusive behaviour must engage with a Cranstoun intervention.',
      ruleSets: ['lbbd.perpetrator-support'],
      criteria: [
        {
          kind: 'condition',
          id: 'lbbd.perpetrator-accommodation.urgent-to-make-family-safe',
          requirement: 'For where urgent action is needed to make a family safe.',
          citation: cite(S.perpetrator),
          test: { fact: 'answers.lbbd.urgent-action-to-make-family-safe', eq: 'yes' },
        },
        {
          kind: 'condition',
          id: 'lbbd.perpetrator-accommodation.cranstoun-engagement',
          requirement: 'The accommodation is dependent on engagement with a Cranstoun intervention.',
          citation: cite(S.perpetrator),
          test: { fact: 'answers.lbbd.engages-with-cranstoun', eq: 'yes' },
        },
      ],
      citations: [cite(S.perpetrator)],
    }),
    service({
      id: 'lbbd.reset',
      name: 'RESET',
      description:
        'A programme for 11 to 18 year olds displaying concerning behaviours, with three elements: Impulse Control (externalising behaviours: disruptive, hyperactive, aggressive), Resilience (internalising behaviours; trauma-informed support for young people who have experienced domestic abuse) and Level Up (violence and abuse towards parents/carers and in intimate relationships).',
      contacts: [
        {
          name: "'Level Up Reset' Professionals Referral Form",
          note: 'The seed gives no referral mailbox: refer with the form.',
        },
      ],
      kind: 'programme',
      audience: 'child',
      format: 'Three elements (Impulse Control, Resilience, Level Up); young people attend as many as they need',
      ages: { min: 11, max: 18 },
      eligibilityDescription: 'Young people aged 11–18 displaying concerning behaviours.',
      ruleSets: [],
      criteria: [
        {
          kind: 'age',
          id: 'lbbd.reset.age',
          min: 11,
          max: 18,
          requirement: 'For young people aged 11 to 18.',
          citation: cite(S.reset),
        },
        {
          kind: 'condition',
          id: 'lbbd.reset.concerning-behaviours',
          requirement: 'For young people displaying concerning behaviours.',
          citation: cite(S.reset),
          test: { fact: 'needs.behaviours', countAtLeast: 1 },
        },
        {
          kind: 'condition',
          id: 'lbbd.reset.element-fits',
          otherwise: 'review',
          requirement:
            "RESET's elements cover externalising behaviours (Impulse Control), internalising behaviours after domestic abuse (Resilience) and violence or abuse towards parents/carers or in intimate relationships (Level Up); for other behaviours, ask the service whether an element fits.",
          citation: cite(S.reset),
          test: {
            fact: 'needs.behaviours',
            includesAny: [
              'externalising',
              'internalising',
              'violence-towards-parents',
              'abuse-in-intimate-relationships',
            ],
          },
        },
      ],
      citations: [cite(S.reset), cite(S.children)],
    }),
    service({
      id: 'lbbd.phoenix',
      name: "The Phoenix Service (Barnardo's)",
      description:
        "Provided by Barnardo's: a trauma-informed, child-led 8-week intervention for children and young people in families that have experienced domestic abuse, to give them a voice, build resilience and educate about healthy relationships and safety planning.",
      contacts: [
        { name: 'Project Phoenix Referral Form', note: 'The seed gives no referral mailbox: refer with the form.' },
      ],
      kind: 'intervention',
      audience: 'child',
      format:
        'Weekly 1-on-1 and group sessions (groups by age and need), in school and/or community settings, face to face or by video or telephone',
      length: '8 weeks',
      ages: { min: 5, max: 17 },
      eligibilityDescription:
        'Any child or young person aged 5–17 impacted by domestic abuse as a victim/survivor or witness, who lives in Barking and Dagenham or attends a school in the borough.',
      ruleSets: [],
      criteria: [
        {
          kind: 'age',
          id: 'lbbd.phoenix.age',
          min: 5,
          max: 17,
          requirement: 'For children and young people aged 5 to 17.',
          citation: cite(S.phoenix),
        },
        {
          kind: 'condition',
          id: 'lbbd.phoenix.impacted-by-domestic-abuse',
          requirement:
            'The child or young person has been impacted by domestic abuse, either as a victim/survivor or a witness.',
          citation: cite(S.phoenix),
          test: { fact: 'answers.lbbd.child-impacted-by-domestic-abuse', eq: 'yes' },
        },
        {
          kind: 'person',
          who: 'child',
          id: 'lbbd.phoenix.resident-or-school',
          requirement:
            'The child or young person is a resident of Barking and Dagenham or attends a school in the borough.',
          citation: cite(S.phoenix),
          test: {
            any: [
              { fact: 'child.livesInBorough', eq: 'yes' },
              { fact: 'child.schoolInBorough', eq: 'yes' },
            ],
          },
        },
      ],
      citations: [cite(S.phoenix), cite(S.children)],
    }),
  ],
};

'use strict';
// Realistic referrals for the benches: a family of four whose ages, risks and needs move with `i`.

/** The family: two parents and two children whose ages move with `i`. */
function family(i) {
  const year = 2008 + (i % 17);
  return [
    {
      id: 'p1',
      kind: 'adult',
      name: 'Parent',
      role: 'parent',
      relationship: 'mother',
      gender: 'female',
      abuseRole: 'victim-survivor',
      livesInHousehold: 'yes',
    },
    {
      id: 'p2',
      kind: 'adult',
      name: 'Other',
      role: 'parent',
      relationship: 'father',
      gender: 'male',
      abuseRole: i % 3 ? 'person-causing-harm' : 'none',
      livesInHousehold: i % 2 ? 'no' : 'yes',
    },
    {
      id: 'c1',
      kind: 'child',
      name: 'Child one',
      dateOfBirth: `${year}-03-14`,
      livesInBorough: 'yes',
      schoolInBorough: 'yes',
      livesWithOrRegularContact: 'yes',
    },
    {
      id: 'c2',
      kind: 'child',
      name: 'Child two',
      dateOfBirth: `${year + 3}-09-02`,
      livesInBorough: 'no',
      schoolInBorough: 'yes',
    },
  ];
}

/** Risks, with a DASH checklist whose count of "yes" answers moves with `i`. */
function risks(i) {
  return {
    perpetratorInHome: i % 2 ? 'no' : 'yes',
    postSeparationAbuse: 'some',
    severeMentalHealth: 'no',
    activeSubstanceMisuse: 'no',
    criminalJusticeInvolvement: 'not-known',
    dash: {
      answers: Object.fromEntries(Array.from({ length: 24 }, (_, q) => [`q${q + 1}`, q < i % 20 ? 'yes' : 'no'])),
      professionalJudgement: [],
      incidentsLast12Months: i % 5,
      previousMaracReferralDate: null,
    },
  };
}

/** Referral `i` for `catalogue`: it asks for one of its services and answers the generated catalogue's questions. */
function realistic(i, catalogue) {
  return {
    schemaVersion: 1,
    id: `3f2a9c1b-7d4e-4a5b-9c6d-${String(i).padStart(12, '0')}`,
    createdAt: '2026-11-23T09:00:00Z',
    referrer: { name: 'Sam Referrer', role: 'Social worker', organisation: 'Council', email: 'sam@example.gov.uk' },
    consent:
      i % 7 === 0
        ? { given: false, lawfulBasis: 'safeguarding', reason: 'Asking would increase risk' }
        : { given: true, recordedOn: '2026-11-20', givenBy: 'Parent' },
    family: { councilCode: ['E09000023', 'E09000022', 'E06000057', 'E07000170'][i % 4] },
    people: family(i),
    context: {
      p2pLevel: 1 + (i % 4),
      statutoryStatus: ['none', 'early-help', 'child-in-need', 'child-protection-plan'][i % 4],
      openToSocialCare: i % 2 ? 'yes' : 'no',
      leadProfessional: i % 2 ? { name: 'Lead', role: 'Social worker' } : null,
      courtProceedings: ['none', 'likely', 'under-way'][i % 3],
      recentWholeFamilyAssessment: 'yes',
    },
    risks: risks(i),
    needs: {
      gfpoPrimaryNeed: 1 + (i % 5),
      gfpoOtherNeeds: [3],
      challenges: ['verbal-physical-aggression', 'disruptive-daily-life'],
      behaviours: ['externalising'],
      additionalNeeds: 'no',
      englishAdditionalLanguage: 'no',
    },
    support: { attendingOtherParentingProgramme: 'no' },
    services: [
      {
        serviceId: catalogue.services[i % Math.max(1, catalogue.services.length)]?.id ?? 'x.y',
        personIds: ['p1', 'c1'],
      },
    ],
    answers: {
      'gen-waiting-list': i % 3 ? 'yes' : 'no',
      'gen-household-size': 2 + (i % 6),
      'gen-tenure': ['council', 'private', 'owner', 'temporary'][i % 4],
    },
    attachments: [],
  };
}

module.exports = { realistic };

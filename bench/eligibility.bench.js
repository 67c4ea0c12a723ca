'use strict';
// Eligibility engine speed: one realistic referral against the whole catalogue, and 1,000 different referrals.
// Budget: a full evaluation under 1 ms p99 on this machine, cheap enough for every keystroke.
const { evaluate } = require('../dist/node/domain');
const { catalogue } = require('../dist/node/catalogues');

const NOW = new Date('2026-11-23T10:00:00Z');

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

function realistic(i) {
  return {
    schemaVersion: 1,
    id: `3f2a9c1b-7d4e-4a5b-9c6d-${String(i).padStart(12, '0')}`,
    createdAt: '2026-11-23T09:00:00Z',
    referrer: { name: 'Sam Referrer', role: 'Social worker', organisation: 'Council', email: 'sam@example.gov.uk' },
    consent:
      i % 7 === 0
        ? { given: false, lawfulBasis: 'safeguarding', reason: 'Asking would increase risk' }
        : { given: true, recordedOn: '2026-11-20', givenBy: 'Parent' },
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
    answers: {},
    attachments: [],
  };
}

function stats(samples) {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q) => s[Math.min(s.length - 1, Math.floor(q * s.length))];
  return { median: at(0.5), p99: at(0.99), max: s[s.length - 1] };
}
const us = (ms) => `${(ms * 1000).toFixed(1)} µs`;

const one = realistic(1);
for (let i = 0; i < 2000; i += 1) evaluate(one, catalogue, { now: NOW }); // warm up the JIT and the compiled-criteria cache
const single = [];
for (let i = 0; i < 5000; i += 1) {
  const t = performance.now();
  evaluate(one, catalogue, { now: NOW });
  single.push(performance.now() - t);
}
const referrals = Array.from({ length: 1000 }, (_, i) => realistic(i));
const many = [];
const t0 = performance.now();
for (const r of referrals) {
  const t = performance.now();
  evaluate(r, catalogue, { now: NOW });
  many.push(performance.now() - t);
}
const total = performance.now() - t0;
const a = stats(single);
const b = stats(many);
console.log(`catalogue: ${catalogue.services.length} services`);
console.log(
  `one referral, whole catalogue (5,000 runs): median ${us(a.median)}, p99 ${us(a.p99)}, max ${us(a.max)}  [budget: p99 < 1000 µs]`,
);
console.log(`1,000 different referrals: median ${us(b.median)}, p99 ${us(b.p99)}, total ${total.toFixed(1)} ms`);

import type { Citation, Condition, Contact, Criterion, ProviderCatalogue, Question, RuleSet, Service } from '../domain';

// DVIP, "Information for Social Services 2010/11" (seed 004). The seed gives contacts by team, not one referral
// mailbox: a service has a `mailbox` only where a team's "For …" line names that service and the address is a team
// address (Family Courts Service Team, Stephen's Place); every other service carries its team contacts only.

const SEED = '004_c1194777945abb23.txt';
const cite = (section: string, note?: string): Citation =>
  note ? { seed: SEED, section, note } : { seed: SEED, section };

// Section headings exactly as they appear in the seed (find them with Ctrl+F).
const S = {
  assessment: 'Assessment',
  riskId: 'Risk Identification Reports for Care Planning: Perpetrators',
  standard: 'Standard Risk ID:',
  summary: 'Summary Risk ID:',
  needs: 'Needs Assessment for Care Planning: Victims',
  needsAssessment: 'Needs Assessment',
  fullRisk: 'Full Risk Assessment for the Courts in Child Protection cases',
  fullRiskInvolves: 'What does Full Risk Assessment involve?',
  mothersInCourt: 'Assessing mothers and children in Court Proceedings',
  howToRefer: 'How to make a referral to DVIP for Risk Assessment',
  womensProgramme: "Working with mothers: Women's Programme",
  therapy: 'Therapeutic work with children',
  duration: 'Duration of the work',
  parallel: 'Parallel work with parents / primary carers',
  referrals: 'Referrals',
  perpetrators: "Working with men: DVIP's Perpetrator Programme",
  individual: 'Individual work',
  alAman: 'Al-Aman',
  contact: "Stephen's Place – Supervised child contact",
  whyContact: 'Why supervised contact?',
  courtFees: 'Family Court work: Assessments for cases in public or private law proceedings.',
  outsideCourtFees:
    'Assessments and recommendations to support risk management and care planning where children are at risk but cases are not in the court arena.',
  directWork: 'Direct work with children',
  otherAdults: 'Other services for adults',
  childrensServices: "Children's services:",
  yuvaContact: 'YUVA – Young Perpetrators Project',
} as const;

// Team contacts, as listed at the end of the seed.
const TEAM = {
  violencePrevention: { name: 'Violence Prevention Programme', phone: '020 7633 9181', email: 'info@dvip.org' },
  womensService: { name: "Women's Service", phone: '020 7928 4813', email: 'wss@dvip.org' },
  alAmanMen: {
    name: 'Al-Aman (men)',
    phone: '020 8748 2577',
    email: 'Meriam@dvip.org',
    note: 'For men from Arabic speaking communities',
  },
  alAmanWomen: {
    name: 'Al-Aman (women)',
    phone: '020 8563 2250',
    email: 'Mohamed@dvip.org',
    note: 'For women from Arabic speaking communities',
  },
  familyCourts: {
    name: 'Family Courts Service Team',
    phone: '020 7593 0027',
    email: 'RiskAssessment@dvip.org',
    note: 'For family courts risk assessments and the safe contact project',
  },
  stephensPlace: {
    name: "Stephen's Place Children's Centre",
    phone: '020 8741 8020',
    email: 'ChildSupportServices@dvip.org',
    note: 'For supervised contact and therapeutic work with children',
  },
  yuva: {
    name: 'YUVA – Young Perpetrators Project',
    phone: '020 7928 2322',
    email: 'Shem@dvip.org',
    note: 'For assessment and interventions with adolescents perpetrating violence against partners or family members',
  },
  training: {
    name: 'Training/Policy/ Campaigns/ Funding and Development',
    phone: '020 7928 4620',
    email: 'Gjori@dvip.org',
  },
  enquiries: { name: 'Enquiries regarding Service Delivery', phone: '020 7928 4620', email: 'Liz@dvip.org' },
} satisfies Record<string, Contact>;

// The seed names no team for these services: the general enquiries line, with a note saying so.
const enquiries = (what: string): Contact => ({
  ...TEAM.enquiries,
  note: `The seed names no team for ${what}: ask here which team takes referrals`,
});

// ---- Questions: what the referral's core facts do not carry ----------------------------------------------------

const Q = {
  dvFactor: 'dvip.dv-contributing-factor',
  engagesOpenly: 'dvip.perpetrator-engages-openly',
  historyUnderstood: 'dvip.dv-history-understood',
  victimAccountKnown: 'dvip.victim-account-known',
  childPsychologist: 'dvip.child-psychologist-requested',
  recommendedByFullRisk: 'dvip.programme-recommended-by-full-risk-assessment',
  programmeCompleted: 'dvip.perpetrator-programme-completed',
  womanBasis: 'dvip.womens-programme-basis',
  womanSuitable: 'dvip.woman-assessed-suitable',
  womanContract: 'dvip.woman-signs-contract',
  sameSex: 'dvip.same-sex-relationship',
  manSuitable: 'dvip.man-assessed-suitable',
  manContract: 'dvip.man-signs-contract',
  oneToOneReason: 'dvip.one-to-one-reason',
  attendingGroups: 'dvip.attending-perpetrator-groups',
  arabicSpeaking: 'dvip.arabic-speaking-community',
  alAmanArea: 'dvip.al-aman-area',
  parallelWork: 'dvip.parent-commits-parallel-work',
  parentWithDvip: 'dvip.parent-with-dvip',
  contactHarm: 'dvip.contact-harm-determined',
} as const;

const answer = (question: string) => `answers.${question}`;
const yes = (question: string): Condition => ({ fact: answer(question), eq: 'yes' });

const questions: Question[] = [
  {
    id: Q.dvFactor,
    type: 'answer',
    label:
      'Is domestic violence a significant contributing factor in the risk to the children, so that ending it would make them safer?',
    citation: cite(S.assessment),
  },
  {
    id: Q.engagesOpenly,
    type: 'answer',
    label: "Is the alleged perpetrator reasonably engaged with children's social care and open about the violence?",
    citation: cite(S.summary),
  },
  {
    id: Q.historyUnderstood,
    type: 'answer',
    label:
      'Do you have a comprehensive understanding of the history of domestic violence in the family and its impact on each family member?',
    citation: cite(S.summary),
  },
  {
    id: Q.victimAccountKnown,
    type: 'answer',
    label: 'Have you heard from the other parent (the victim) about their experience of the violence?',
    hint: "So that the perpetrator's account is not given undue weight.",
    citation: cite(S.summary),
  },
  {
    id: Q.childPsychologist,
    type: 'answer',
    label:
      "Is direct assessment of the children by DVIP's specialist child psychologist requested alongside the assessment of the parents?",
    citation: cite(S.courtFees, 'Full risk assessment, including assessment of impact on and needs of children'),
  },
  {
    id: Q.recommendedByFullRisk,
    type: 'answer',
    label: "Did a DVIP full risk assessment recommend the man's attendance on the perpetrator programme?",
    citation: cite(S.courtFees, 'Full final risk assessment'),
  },
  {
    id: Q.programmeCompleted,
    type: 'answer',
    label: "Has he completed DVIP's perpetrator programme?",
    citation: cite(S.courtFees, 'Full final risk assessment'),
  },
  {
    id: Q.womanBasis,
    type: 'multi',
    label: 'Which of these applies to the woman?',
    citation: cite(S.womensProgramme),
    options: [
      {
        value: 'losing-residence',
        label:
          'She faces losing residence of her children because of a perceived inability to protect herself and them from domestic violence',
      },
      {
        value: 'needs-identified',
        label: 'Her support needs from past or present domestic violence were identified in a Needs Assessment',
      },
    ],
    hint: 'Leave both unticked if neither applies.',
  },
  {
    id: Q.womanSuitable,
    type: 'answer',
    label: "Has a DVIP assessment recommended that she is suitable for the Women's Programme?",
    citation: cite(S.otherAdults, "Women's programme"),
  },
  {
    id: Q.womanContract,
    type: 'answer',
    label: "Is she willing to sign DVIP's contract of participation?",
    citation: cite(S.otherAdults, "Women's programme"),
  },
  {
    id: Q.sameSex,
    type: 'answer',
    label: 'Is the domestic violence in a same-sex relationship?',
    citation: cite(S.otherAdults, 'Perpetrators and victims of same-sex domestic violence'),
  },
  {
    id: Q.manSuitable,
    type: 'answer',
    label:
      "Has a DVIP assessment (a Risk ID report, a full risk assessment or DVIP's programme assessment) recommended that he is suitable for the perpetrator programme?",
    citation: cite(S.otherAdults, 'Perpetrator Programme'),
  },
  {
    id: Q.manContract,
    type: 'answer',
    label: "Is he willing to sign DVIP's contract of participation?",
    citation: cite(S.otherAdults, 'Perpetrator Programme'),
  },
  {
    id: Q.oneToOneReason,
    type: 'multi',
    label: 'Why are one-to-one sessions needed?',
    citation: cite(S.individual),
    options: [
      {
        value: 'struggling-with-groups',
        label: 'He is struggling with the group work or needs extra help with the material',
      },
      {
        value: 'interpreter',
        label: 'An interpreter is needed, or his English is not at a standard to benefit from the group',
      },
      { value: 'crisis', label: 'Crisis support is sought' },
      {
        value: 'partner-safety-or-suicide',
        label: 'There are particular concerns about partner safety or suicide risk',
      },
      {
        value: 'extended-assessment',
        label: 'As part of an extended assessment period or to deliver specific treatment objectives',
      },
    ],
    hint: 'Leave all unticked if none applies.',
  },
  {
    id: Q.attendingGroups,
    type: 'answer',
    label: "Is he attending DVIP's perpetrator group programme?",
    citation: cite(S.individual),
  },
  {
    id: Q.arabicSpeaking,
    type: 'answer',
    label: 'Is the person from an Arabic-speaking community?',
    citation: cite(S.alAman),
  },
  {
    id: Q.alAmanArea,
    type: 'choice',
    label: 'Where does the person live?',
    citation: cite(S.alAman),
    options: [
      { value: 'tri-borough', label: 'Hammersmith and Fulham, Kensington and Chelsea, or Westminster' },
      { value: 'london-can-attend', label: "Elsewhere in London, and able to attend DVIP's Hammersmith office" },
      { value: 'london-cannot-attend', label: 'Elsewhere in London, and not able to attend the Hammersmith office' },
      { value: 'outside-london', label: 'Outside London' },
    ],
  },
  {
    id: Q.parallelWork,
    type: 'answer',
    label: "Will a parent or primary carer commit to parallel sessions alongside the child's therapy?",
    citation: cite(S.parallel),
  },
  {
    id: Q.parentWithDvip,
    type: 'answer',
    label: 'Is a parent already being assessed by DVIP or attending a DVIP programme?',
    citation: cite(S.directWork, 'Assessment for therapeutic work with children'),
  },
  {
    id: Q.contactHarm,
    type: 'answer',
    label: 'Has it been determined that the child has suffered, or is at risk of suffering, harm during contact?',
    citation: cite(S.whyContact),
  },
];

// ---- Conditions used by several rules ----------------------------------------------------------------------------

const IN_CARE_PROCEEDINGS: Condition = { fact: 'context.statutoryStatus', eq: 'care-proceedings' };
const COURT_LIKELY_OR_UNDER_WAY: Condition = {
  any: [{ fact: 'context.courtProceedings', in: ['likely', 'under-way'] }, IN_CARE_PROCEEDINGS],
};
const COURT_UNDER_WAY: Condition = {
  any: [{ fact: 'context.courtProceedings', eq: 'under-way' }, IN_CARE_PROCEEDINGS],
};
const CHILD_PROTECTION: Condition = {
  any: [
    { fact: 'context.statutoryStatus', eq: 'child-protection-plan' },
    { fact: 'context.childProtectionPlanConsidered', eq: 'yes' },
  ],
};
const adultIs = (gender: 'female' | 'male', abuseRole: 'victim-survivor' | 'person-causing-harm'): Condition => ({
  all: [
    { fact: 'adult.gender', eq: gender },
    { fact: 'adult.abuseRole', eq: abuseRole },
  ],
});
const ALLEGED_PERPETRATOR: Condition = { fact: 'adult.abuseRole', eq: 'person-causing-harm' };
const AFFECTED_ADULT: Condition = { fact: 'adult.abuseRole', in: ['victim-survivor', 'person-causing-harm'] };

// ---- Rule sets: rules the seed states once for several services --------------------------------------------------

const ruleSets: RuleSet[] = [
  {
    id: 'dvip.risk-assessment',
    description: 'DVIP risk assessments are for cases where domestic violence is a contributing factor.',
    criteria: [
      {
        kind: 'condition',
        id: 'dvip.risk-assessment.dv-contributing-factor',
        requirement:
          'Domestic violence is a significant contributing factor in the risk to the children, so that ending it would make them safer',
        citation: cite(
          S.assessment,
          '"risk assessment for child protection public law cases where domestic violence is a contributing factor"',
        ),
        test: yes(Q.dvFactor),
      },
    ],
  },
  {
    id: 'dvip.risk-id',
    description:
      'Risk Identification (Risk ID) reports: for care planning about an alleged perpetrator, where the children are on a child protection plan or one is under consideration, and the case is not in care or other court proceedings.',
    criteria: [
      {
        kind: 'condition',
        id: 'dvip.risk-id.child-protection',
        requirement: 'The children are on a child protection plan, or one is under consideration',
        citation: cite(
          S.riskId,
          'When to refer: "already on the Child Protection Register or where registration is under consideration"',
        ),
        test: CHILD_PROTECTION,
      },
      {
        kind: 'condition',
        id: 'dvip.risk-id.not-in-care-proceedings',
        requirement:
          'Risk ID reports are only suitable where the case is not in care proceedings; in care proceedings DVIP offers a Full Risk Assessment',
        citation: cite(
          S.summary,
          '"Both formats of Risk Identification Report are only suitable where cases are not in Care Proceedings"',
        ),
        alternatives: ['dvip.full-risk-assessment'],
        test: { not: IN_CARE_PROCEEDINGS },
      },
      {
        kind: 'condition',
        id: 'dvip.risk-id.not-in-court',
        requirement:
          'A Risk ID report is not court-compliant and is inadequate for court proceedings under way; use a Full Risk Assessment',
        citation: cite(
          S.outsideCourtFees,
          'Standard Risk Identification Report: "inadequate for court proceedings – especially adversarial proceedings"',
        ),
        alternatives: ['dvip.full-risk-assessment'],
        test: { not: { fact: 'context.courtProceedings', eq: 'under-way' } },
      },
      {
        kind: 'condition',
        id: 'dvip.risk-id.court-not-likely',
        requirement:
          'Court proceedings are likely: a Risk ID report is not court-compliant, so discuss with DVIP whether a Full Risk Assessment is needed instead',
        citation: cite(
          S.summary,
          '"The report is not exhaustive since it is not required to be fully Court-compliant"',
        ),
        otherwise: 'review',
        alternatives: ['dvip.full-risk-assessment'],
        test: { not: { fact: 'context.courtProceedings', eq: 'likely' } },
      },
      {
        kind: 'person',
        who: 'adult',
        id: 'dvip.risk-id.alleged-perpetrator',
        requirement:
          'The report assesses the risk from an alleged perpetrator: name the adult who is alleged to have used abuse',
        citation: cite(S.riskId),
        test: ALLEGED_PERPETRATOR,
      },
    ],
  },
  {
    id: 'dvip.full-risk',
    description:
      'Full risk assessments for the courts: for cases in care (or other public or private law) proceedings, assessing an alleged perpetrator.',
    criteria: [
      {
        kind: 'condition',
        id: 'dvip.full-risk.in-proceedings',
        requirement:
          'Full risk assessments are for cases in care proceedings or other public or private law proceedings; outside court, use a Risk ID report',
        citation: cite(
          S.fullRisk,
          'When to refer: "Referrals for Full Risk Assessment can be made in Care Proceedings"',
        ),
        alternatives: ['dvip.standard-risk-id'],
        test: COURT_LIKELY_OR_UNDER_WAY,
      },
      {
        kind: 'condition',
        id: 'dvip.full-risk.proceedings-under-way',
        requirement:
          'Court proceedings are only likely, not under way: discuss with the Family Courts Service Team whether a Full Risk Assessment or a Risk ID report fits',
        citation: cite(
          S.assessment,
          '"A fuller Risk Assessment process is offered where Care Proceedings are underway"',
        ),
        otherwise: 'review',
        test: COURT_UNDER_WAY,
      },
      {
        kind: 'person',
        who: 'adult',
        id: 'dvip.full-risk.alleged-perpetrator',
        requirement:
          'The assessment is of the risk from an alleged perpetrator: name the adult who is alleged to have used abuse',
        citation: cite(S.fullRiskInvolves),
        test: ALLEGED_PERPETRATOR,
      },
    ],
  },
  {
    id: 'dvip.programmes',
    description:
      "The perpetrator programme and the Women's Programme; work with people in same-sex relationships is arranged individually.",
    criteria: [
      {
        kind: 'condition',
        id: 'dvip.programmes.not-same-sex',
        requirement:
          'Work with men or women in same-sex relationships is arranged on an individual basis, not in this programme',
        citation: cite(S.otherAdults, 'Perpetrators and victims of same-sex domestic violence'),
        alternatives: ['dvip.same-sex-relationships'],
        test: { fact: answer(Q.sameSex), eq: 'no' },
      },
    ],
  },
  {
    id: 'dvip.individual-work',
    description: 'Work arranged on an individual basis (female perpetrators, male victims, same-sex relationships).',
    criteria: [
      {
        kind: 'review',
        id: 'dvip.individual-work.suitability-and-capacity',
        requirement:
          'Arranged on an individual basis and agreed subject to a suitability assessment and staffing capacity: ask DVIP whether it can take the case',
        citation: cite(S.otherAdults, '"will be agreed subject to a suitability assessment and staffing capacity"'),
      },
    ],
  },
  {
    id: 'dvip.contact',
    description:
      "Supervised contact at Stephen's Place: a child meets a non-resident parent or family member where contact could otherwise harm them.",
    criteria: [
      {
        kind: 'condition',
        id: 'dvip.contact.harm-during-contact',
        requirement:
          'It has been determined that the child has suffered, or is at risk of suffering, harm during contact',
        citation: cite(S.whyContact),
        test: yes(Q.contactHarm),
      },
      {
        kind: 'person',
        who: 'adult',
        id: 'dvip.contact.non-resident-adult',
        requirement:
          'Contact is with a non-resident parent or family member: name the adult the child will see, who does not live in the household',
        citation: cite(S.contact),
        test: { fact: 'adult.livesInHousehold', eq: 'no' },
      },
    ],
  },
];

// ---- Services ----------------------------------------------------------------------------------------------------

type ServiceSpec = Omit<Service, 'providerId' | 'ruleSets' | 'criteria'> & {
  ruleSets?: string[];
  criteria?: Criterion[];
};
const service = ({ ruleSets: sets = [], criteria = [], ...rest }: ServiceSpec): Service => ({
  providerId: 'dvip',
  ...rest,
  ruleSets: sets,
  criteria,
});

const riskAssessmentContacts = [
  TEAM.familyCourts,
  enquiries(
    'Risk Identification reports (the Family Courts Service Team is listed for family courts risk assessments)',
  ),
];

const services: Service[] = [
  service({
    id: 'dvip.standard-risk-id',
    name: 'Standard Risk Identification Report',
    description:
      "An assessment of an alleged perpetrator's risk, with the other parent's account, to support care planning: history of violence, impact on the victim and children, the children's attachments, and his motivation and suitability for the perpetrator programme. Women's services contact the woman and offer support.",
    contacts: riskAssessmentContacts,
    kind: 'assessment',
    audience: 'adult',
    format:
      'Interviews with the alleged perpetrator and the other parent, documents and professionals; a report for care planning that is not court-compliant',
    length:
      "4–6 hours' interview with the alleged perpetrator and 2–6 hours with the other parent (the fee schedule says at least 2 hours and 1 hour); about 18.5 hours of DVIP time",
    eligibilityDescription:
      "For cases not in care or other court proceedings where the children are on a child protection plan or one is under consideration, and domestic violence contributes to the risk. Ask for this format when most of the report's areas will help care planning.",
    ruleSets: ['dvip.risk-assessment', 'dvip.risk-id'],
    citations: [cite(S.standard), cite(S.outsideCourtFees, 'Standard Risk Identification Report')],
  }),
  service({
    id: 'dvip.summary-risk-id',
    name: 'Summary Risk Identification Report',
    description:
      'An overview of the risks from an alleged perpetrator and his motivation and suitability for the perpetrator programme or one-to-one work, from interviews with him only; mainly a referral route into the programme. DVIP cannot answer further queries after the report: upgrade to a Standard Risk ID for more.',
    contacts: riskAssessmentContacts,
    kind: 'assessment',
    audience: 'adult',
    format:
      "Interviews with the alleged perpetrator only (the other parent is not interviewed); relies on the social worker's information",
    length:
      "4–6 hours' interview with the alleged perpetrator (the fee schedule says at least 2 hours); about 10 hours of DVIP time",
    eligibilityDescription:
      "As for the Standard Risk ID, and only when the perpetrator is reasonably engaged and open about the violence, the social worker understands the history of the violence and its impact, and has heard the other parent's account. DVIP discusses the format at referral.",
    ruleSets: ['dvip.risk-assessment', 'dvip.risk-id'],
    criteria: [
      {
        kind: 'condition',
        id: 'dvip.summary-risk-id.perpetrator-engages-openly',
        requirement:
          "The alleged perpetrator is reasonably engaged with children's social care and open about the violence; otherwise ask for a Standard Risk ID",
        citation: cite(S.summary),
        alternatives: ['dvip.standard-risk-id'],
        test: yes(Q.engagesOpenly),
      },
      {
        kind: 'condition',
        id: 'dvip.summary-risk-id.history-understood',
        requirement:
          'The social worker has a comprehensive understanding of the history of domestic violence in the family and its impact on each member; otherwise ask for a Standard Risk ID',
        citation: cite(S.summary),
        alternatives: ['dvip.standard-risk-id'],
        test: yes(Q.historyUnderstood),
      },
      {
        kind: 'condition',
        id: 'dvip.summary-risk-id.victim-account-known',
        requirement:
          "The social worker has heard the other parent's (the victim's) experience of the violence, so the perpetrator's account is not given undue weight; otherwise ask for a Standard Risk ID",
        citation: cite(S.summary),
        alternatives: ['dvip.standard-risk-id'],
        test: yes(Q.victimAccountKnown),
      },
    ],
    citations: [cite(S.summary), cite(S.outsideCourtFees, 'Summary Risk Identification Report')],
  }),
  service({
    id: 'dvip.needs-assessment',
    name: 'Needs Assessment (women only)',
    description:
      "An assessment of a mother's strengths, history of abuse and support needs after domestic violence, with recommendations, including her suitability for DVIP's Women's Programme. Not intended to highlight deficits in parenting for use in court.",
    contacts: [TEAM.womensService, enquiries("Needs Assessments (the Women's Service is the team for women)")],
    kind: 'assessment',
    audience: 'adult',
    format: 'Interviews with the woman, documents and professionals; a report for care planning',
    length: "4–6 hours' interview with the woman (the fee schedule says at least 2 hours)",
    eligibilityDescription:
      'For a mother made vulnerable by domestic violence whose children are at risk or in need, where the case is unlikely to reach court. Where court proceedings are likely or under way, refer for a Vulnerability Assessment.',
    criteria: [
      {
        kind: 'person',
        who: 'adult',
        id: 'dvip.needs-assessment.woman-victim',
        requirement: 'For a woman (a mother) who is vulnerable as a result of her experience of domestic violence',
        citation: cite(S.needs, 'When to refer'),
        test: adultIs('female', 'victim-survivor'),
      },
      {
        kind: 'condition',
        id: 'dvip.needs-assessment.children-at-risk-or-in-need',
        requirement: 'Her children are at risk (on a child protection plan, or one is under consideration) or in need',
        citation: cite(S.needs, 'When to refer: "a mother whose children are At Risk or In Need"'),
        test: {
          any: [
            { fact: 'context.statutoryStatus', in: ['child-in-need', 'child-protection-plan'] },
            { fact: 'context.childProtectionPlanConsidered', eq: 'yes' },
          ],
        },
      },
      {
        kind: 'condition',
        id: 'dvip.needs-assessment.no-court-proceedings',
        requirement:
          'Not where court proceedings (including care proceedings) are likely or under way: refer for a Vulnerability Assessment instead',
        citation: cite(
          S.needsAssessment,
          '"Any case where Court proceedings are likely or already in progress should be referred for a Vulnerability Assessment"',
        ),
        alternatives: ['dvip.vulnerability-assessment'],
        test: { all: [{ fact: 'context.courtProceedings', eq: 'none' }, { not: IN_CARE_PROCEEDINGS }] },
      },
    ],
    citations: [cite(S.needs), cite(S.directWork, 'Needs Assessment (women only)')],
  }),
  service({
    id: 'dvip.full-risk-assessment',
    name: 'Full Risk Assessment for the Courts',
    description:
      "A fully court-compliant assessment of the risk from an alleged perpetrator, with his (ex-)partner's account, recommending how to manage the risks to the children; it includes the programme assessment. The author, an expert witness, attends court if ordered. Women's services contact the woman and offer support.",
    mailbox: TEAM.familyCourts.email,
    contacts: [TEAM.familyCourts],
    kind: 'assessment',
    audience: 'adult',
    format:
      "Interviews with both parents, documents, liaison with children's social care; a court-compliant report; court attendance if ordered",
    length:
      "4–6 hours' interview with the alleged perpetrator and 2–6 hours with the (ex-)partner; about 4½ days (32 hours) of DVIP time",
    eligibilityDescription:
      'For cases in care proceedings (or other public or private law proceedings) where domestic violence contributes a significant element of the risk to the children.',
    ruleSets: ['dvip.risk-assessment', 'dvip.full-risk'],
    citations: [
      cite(S.fullRisk),
      cite(S.courtFees, 'Full risk assessments for cases in public or private law proceedings'),
    ],
  }),
  service({
    id: 'dvip.full-risk-assessment-children',
    name: 'Full Risk Assessment including the needs of the children',
    description:
      "A full risk assessment for the courts that also assesses the impact on, and needs of, each child directly, by DVIP's specialist child psychologist.",
    mailbox: TEAM.familyCourts.email,
    contacts: [TEAM.familyCourts],
    kind: 'assessment',
    audience: 'family',
    format:
      'Sessions one to one or in combinations of siblings and parents; a court-compliant report; court attendance if ordered',
    length: '4–6 hours with the alleged perpetrator, 2–6 hours with the other parent and 2–6 hours with each child',
    eligibilityDescription:
      "As for the Full Risk Assessment, where direct assessment of the children by DVIP's specialist child psychologist is requested alongside the parents'.",
    ruleSets: ['dvip.risk-assessment', 'dvip.full-risk'],
    criteria: [
      {
        kind: 'condition',
        id: 'dvip.full-risk-assessment-children.child-psychologist-requested',
        requirement:
          "Direct assessment of the children by DVIP's specialist child psychologist is requested alongside the assessment of the parents; otherwise the Full Risk Assessment gathers the children's views through social workers and guardians",
        citation: cite(S.courtFees, 'Full risk assessment, including assessment of impact on and needs of children'),
        alternatives: ['dvip.full-risk-assessment'],
        test: yes(Q.childPsychologist),
      },
    ],
    citations: [
      cite(S.fullRiskInvolves),
      cite(S.courtFees, 'Full risk assessment, including assessment of impact on and needs of children'),
    ],
  }),
  service({
    id: 'dvip.vulnerability-assessment',
    name: 'Risk/Vulnerability Assessment of the victim',
    description:
      'An assessment of the victim alone, for court proceedings: the impact of the abuse on her parenting and her vulnerability to future abuse, with risk management and treatment recommendations; with or without her children. A package of services is then recommended.',
    mailbox: TEAM.familyCourts.email,
    contacts: [TEAM.familyCourts],
    kind: 'assessment',
    audience: 'adult',
    format: 'Interviews with the woman (and her children where included); a report for the court',
    length: 'Depends on the case: ask the risk assessor for an estimate of costs',
    eligibilityDescription:
      'For a woman who is a victim of domestic violence, referred independently of her partner, where court proceedings are likely or under way. Outside court, use the Needs Assessment.',
    ruleSets: ['dvip.risk-assessment'],
    criteria: [
      {
        kind: 'condition',
        id: 'dvip.vulnerability-assessment.court-proceedings',
        requirement:
          'For cases where court proceedings are likely or under way; outside court, use the Needs Assessment',
        citation: cite(
          S.needsAssessment,
          '"Any case where Court proceedings are likely or already in progress should be referred for a Vulnerability Assessment"',
        ),
        alternatives: ['dvip.needs-assessment'],
        test: COURT_LIKELY_OR_UNDER_WAY,
      },
      {
        kind: 'person',
        who: 'adult',
        id: 'dvip.vulnerability-assessment.victim',
        requirement: 'An assessment of the victim: name the adult who has experienced the abuse',
        citation: cite(S.courtFees, 'Risk/ vulnerability assessment of victim alone'),
        test: { fact: 'adult.abuseRole', eq: 'victim-survivor' },
      },
      {
        kind: 'person',
        who: 'adult',
        id: 'dvip.vulnerability-assessment.woman',
        requirement:
          "The seed describes this assessment for women (mothers); for a male victim ask the Family Courts Service Team, or see DVIP's work with male victims",
        citation: cite(S.mothersInCourt),
        otherwise: 'review',
        alternatives: ['dvip.male-victims'],
        test: adultIs('female', 'victim-survivor'),
      },
    ],
    citations: [cite(S.mothersInCourt), cite(S.courtFees, 'Risk/ vulnerability assessment of victim alone')],
  }),
  service({
    id: 'dvip.joint-risk-assessment',
    name: "'Joint' Risk Assessment",
    description:
      "Assesses the risk posed by the perpetrator as in a full risk assessment, and the impact of the abuse on the victim's parenting and her vulnerability to future abuse; can also assess cases where the risk of violence is thought to come from both parents.",
    mailbox: TEAM.familyCourts.email,
    contacts: [TEAM.familyCourts],
    kind: 'assessment',
    audience: 'adult',
    format: 'Interviews with both parents; a court-compliant report with risk management and treatment recommendations',
    length: 'Depends on the case: ask the risk assessor for an estimate of costs',
    eligibilityDescription:
      "As for the Full Risk Assessment, where the victim's parenting and vulnerability are to be assessed too, or both parents may pose a risk.",
    ruleSets: ['dvip.risk-assessment', 'dvip.full-risk'],
    citations: [cite(S.courtFees, "'Joint' risk assessment"), cite(S.fullRiskInvolves)],
  }),
  service({
    id: 'dvip.full-final-risk-assessment',
    name: 'Full Final Risk Assessment',
    description:
      'Produced when a man whose attendance on the programme was recommended by a full risk assessment completes it: revisits both parties and every risk indicator in the original report, sets out what has changed and how the risks might now be managed. Robust enough for adversarial court proceedings.',
    mailbox: TEAM.familyCourts.email,
    contacts: [TEAM.familyCourts],
    kind: 'assessment',
    audience: 'adult',
    format: 'Interviews with both parties; a court-compliant report',
    length: 'Based on 20 hours of DVIP time',
    eligibilityDescription:
      'For a man who has completed the perpetrator programme after a DVIP full risk assessment recommended it.',
    criteria: [
      {
        kind: 'person',
        who: 'adult',
        id: 'dvip.full-final-risk-assessment.man-who-used-abuse',
        requirement: 'For a man who has used abuse and attended the perpetrator programme',
        citation: cite(S.courtFees, 'Full final risk assessment'),
        test: adultIs('male', 'person-causing-harm'),
      },
      {
        kind: 'condition',
        id: 'dvip.full-final-risk-assessment.recommended-by-full-risk-assessment',
        requirement: 'His attendance on the programme was recommended by a DVIP full risk assessment',
        citation: cite(S.courtFees, 'Full final risk assessment'),
        alternatives: ['dvip.full-risk-assessment'],
        test: yes(Q.recommendedByFullRisk),
      },
      {
        kind: 'condition',
        id: 'dvip.full-final-risk-assessment.programme-completed',
        requirement: 'The final assessment is produced when he completes the programme',
        citation: cite(S.courtFees, 'Full final risk assessment'),
        test: yes(Q.programmeCompleted),
      },
    ],
    citations: [cite(S.courtFees, 'Full final risk assessment')],
  }),
  service({
    id: 'dvip.womens-programme',
    name: "Women's Programme",
    description:
      "Individual and group work helping women plan and act for their own and their children's safety: safety planning, attachment to abusive partners, clear messages about abuse, parenting, boundaries, working with protective systems, advocacy and report writing.",
    contacts: [TEAM.womensService],
    kind: 'programme',
    audience: 'adult',
    format: 'Individual and group sessions, two visits a week',
    length: 'Usually 10 individual and 10 group sessions over 10 weeks, then a review of how best to continue',
    eligibilityDescription:
      "For women who face losing residence of their children because of a perceived inability to protect themselves and them from domestic violence, or whose support needs were identified in a Needs Assessment, when a DVIP assessment has found her suitable and she is willing to sign DVIP's contract of participation.",
    ruleSets: ['dvip.programmes'],
    criteria: [
      {
        kind: 'person',
        who: 'adult',
        id: 'dvip.womens-programme.woman-victim',
        requirement: 'For women who have experienced domestic violence',
        citation: cite(S.womensProgramme),
        test: adultIs('female', 'victim-survivor'),
      },
      {
        kind: 'condition',
        id: 'dvip.womens-programme.who-for',
        requirement:
          'She faces losing residence of her children because of a perceived inability to protect herself and them from domestic violence, or her support needs were identified in a Needs Assessment',
        citation: cite(S.womensProgramme),
        alternatives: ['dvip.needs-assessment'],
        test: { fact: answer(Q.womanBasis), includesAny: ['losing-residence', 'needs-identified'] },
      },
      {
        kind: 'condition',
        id: 'dvip.womens-programme.assessed-suitable',
        requirement: 'A DVIP assessment has recommended that she is suitable for the programme',
        citation: cite(S.otherAdults, "Women's programme"),
        alternatives: ['dvip.needs-assessment', 'dvip.vulnerability-assessment'],
        test: yes(Q.womanSuitable),
      },
      {
        kind: 'condition',
        id: 'dvip.womens-programme.contract',
        requirement: "She is willing to sign DVIP's contract of participation",
        citation: cite(S.otherAdults, "Women's programme"),
        test: yes(Q.womanContract),
      },
    ],
    citations: [cite(S.womensProgramme), cite(S.otherAdults, "Women's programme")],
  }),
  service({
    id: 'dvip.child-therapy',
    name: 'Therapeutic work with children',
    description:
      "Confidential, mainly child-centred therapy at Stephen's Place for children affected by domestic violence (play therapy for young children, integrative therapy for older ones), with regular reviews and parallel work with parents. It is not an assessment; DVIP reports only recommendations.",
    mailbox: TEAM.stephensPlace.email,
    contacts: [TEAM.stephensPlace],
    kind: 'intervention',
    audience: 'child',
    format:
      "Individual sessions at Stephen's Place, after a suitability assessment (a family meeting and one to three meetings with each child)",
    length: 'Weekly sessions of 40–60 minutes for six months, then a review with the option of extending to a year',
    ages: { min: 3, max: 18 },
    eligibilityDescription:
      'Children and young people aged 3–18, usually where a parent is already being assessed or attending a programme at DVIP; parents and children must agree to the referral, and a parent must commit to parallel work.',
    criteria: [
      {
        kind: 'age',
        id: 'dvip.child-therapy.age',
        requirement: 'For children and young people aged 3 to 18',
        citation: cite(S.referrals, '"We will see children / young persons from ages 3-18"'),
        min: 3,
        max: 18,
      },
      {
        kind: 'condition',
        id: 'dvip.child-therapy.parallel-work',
        requirement:
          'A parent or primary carer commits to parallel work: a child will not be seen without this commitment',
        citation: cite(S.parallel),
        test: yes(Q.parallelWork),
      },
      {
        kind: 'condition',
        id: 'dvip.child-therapy.family-agrees',
        requirement: 'Parents and children are agreeable to the referral',
        citation: cite(S.directWork, 'Assessment for therapeutic work with children'),
        test: { fact: 'consent.given', eq: 'yes' },
      },
      {
        kind: 'condition',
        id: 'dvip.child-therapy.parent-with-dvip',
        requirement:
          "DVIP describes therapy referrals where a parent is already being assessed or attending a programme at DVIP; otherwise ask Stephen's Place",
        citation: cite(S.directWork, 'Assessment for therapeutic work with children'),
        otherwise: 'review',
        test: {
          any: [
            yes(Q.parentWithDvip),
            {
              fact: 'package.services',
              includesAny: [
                'dvip.standard-risk-id',
                'dvip.summary-risk-id',
                'dvip.needs-assessment',
                'dvip.full-risk-assessment',
                'dvip.full-risk-assessment-children',
                'dvip.vulnerability-assessment',
                'dvip.joint-risk-assessment',
                'dvip.womens-programme',
                'dvip.perpetrator-programme',
              ],
            },
          ],
        },
      },
    ],
    citations: [cite(S.therapy), cite(S.duration), cite(S.directWork, 'Assessment for therapeutic work with children')],
  }),
  service({
    id: 'dvip.perpetrator-programme',
    name: 'Perpetrator Programme (Violence Prevention Programme)',
    description:
      'Structured group work helping men understand why they have used abusive behaviour, take responsibility for it and build respectful relationships; not anger management or counselling. A fortnightly follow-on group supports men who have completed it.',
    contacts: [TEAM.violencePrevention],
    kind: 'programme',
    audience: 'adult',
    format: 'Small weekly evening groups on a rolling programme, with a new intake every six weeks',
    length: '32 sessions, weekly (the seed gives 2½ hours in one place and 3 hours in another; most start at 7pm)',
    eligibilityDescription:
      "For men who have used abusive behaviour, when a DVIP assessment, standard risk assessment or full risk assessment has recommended that he is suitable and he is willing to sign DVIP's contract of participation.",
    ruleSets: ['dvip.programmes'],
    criteria: [
      {
        kind: 'person',
        who: 'adult',
        id: 'dvip.perpetrator-programme.man-who-used-abuse',
        requirement: 'For men who have used abusive behaviour; work with female perpetrators is arranged individually',
        citation: cite(S.perpetrators),
        alternatives: ['dvip.female-perpetrators'],
        test: adultIs('male', 'person-causing-harm'),
      },
      {
        kind: 'condition',
        id: 'dvip.perpetrator-programme.assessed-suitable',
        requirement:
          'A DVIP assessment, standard risk assessment or full risk assessment has recommended that he is suitable for the programme',
        citation: cite(S.otherAdults, 'Perpetrator Programme'),
        alternatives: ['dvip.standard-risk-id', 'dvip.full-risk-assessment'],
        test: yes(Q.manSuitable),
      },
      {
        kind: 'condition',
        id: 'dvip.perpetrator-programme.contract',
        requirement: "He is willing to sign DVIP's contract of participation",
        citation: cite(S.otherAdults, 'Perpetrator Programme'),
        test: yes(Q.manContract),
      },
    ],
    citations: [cite(S.perpetrators), cite(S.otherAdults, 'Perpetrator Programme')],
  }),
  service({
    id: 'dvip.perpetrator-one-to-one',
    name: 'One-to-one sessions for perpetrators',
    description:
      'Individual sessions alongside the group programme (the intervention of choice): extra support with the material or when struggling with the groups, crisis support, concerns about partner safety or suicide risk, an interpreter, an extended assessment or specific treatment objectives.',
    contacts: [TEAM.violencePrevention],
    kind: 'one-to-one',
    audience: 'adult',
    eligibilityDescription:
      'For men attending the group programme who need extra support; some men are seen individually where their English is not at a standard to benefit from the group.',
    criteria: [
      {
        kind: 'person',
        who: 'adult',
        id: 'dvip.perpetrator-one-to-one.man-who-used-abuse',
        requirement: 'For men who have used abusive behaviour',
        citation: cite(S.individual),
        test: adultIs('male', 'person-causing-harm'),
      },
      {
        kind: 'condition',
        id: 'dvip.perpetrator-one-to-one.reason',
        requirement:
          'One-to-one work meets a need the seed names: struggling with the groups or the material, an interpreter or limited English, crisis support, partner safety or suicide risk, or an extended assessment; otherwise the group programme is the intervention of choice',
        citation: cite(S.otherAdults, 'One-to-one sessions'),
        alternatives: ['dvip.perpetrator-programme'],
        test: {
          fact: answer(Q.oneToOneReason),
          includesAny: [
            'struggling-with-groups',
            'interpreter',
            'crisis',
            'partner-safety-or-suicide',
            'extended-assessment',
          ],
        },
      },
      {
        kind: 'condition',
        id: 'dvip.perpetrator-one-to-one.attending-groups',
        requirement:
          'Individual work is only offered to men attending the groups (except where English is not at a standard to benefit from the group, or during an extended assessment): ask the Violence Prevention Programme',
        citation: cite(S.individual, '"Individual work is only offered to men who are attending the groups"'),
        otherwise: 'review',
        test: {
          any: [
            yes(Q.attendingGroups),
            { fact: 'package.services', includesAny: ['dvip.perpetrator-programme'] },
            { fact: answer(Q.oneToOneReason), includesAny: ['interpreter', 'extended-assessment'] },
          ],
        },
      },
    ],
    citations: [cite(S.individual), cite(S.otherAdults, 'One-to-one sessions')],
  }),
  service({
    id: 'dvip.al-aman',
    name: 'Al-Aman (Arabic-speaking communities)',
    description:
      "DVIP's outreach project for Arabic-speaking communities: client services and community outreach, with all services and materials in Arabic. Perpetrators are offered a programme like the Violence Prevention Programme, tailored to issues in Arabic-speaking communities.",
    contacts: [TEAM.alAmanMen, TEAM.alAmanWomen],
    kind: 'support',
    audience: 'adult',
    format: 'Services in Arabic at the Hammersmith office, and community outreach',
    eligibilityDescription:
      'For men and women from Arabic-speaking communities affected by domestic violence, in Hammersmith and Fulham, Kensington and Chelsea and Westminster, or anywhere in London if they can attend the Hammersmith office.',
    criteria: [
      {
        kind: 'condition',
        id: 'dvip.al-aman.arabic-speaking',
        requirement: 'For people from Arabic-speaking communities',
        citation: cite(S.alAman),
        test: yes(Q.arabicSpeaking),
      },
      {
        kind: 'condition',
        id: 'dvip.al-aman.area',
        requirement:
          'Lives in Hammersmith and Fulham, Kensington and Chelsea or Westminster, or elsewhere in London and able to attend the Hammersmith office',
        citation: cite(S.alAman),
        test: { fact: answer(Q.alAmanArea), in: ['tri-borough', 'london-can-attend'] },
      },
      {
        kind: 'person',
        who: 'adult',
        id: 'dvip.al-aman.affected-adult',
        requirement: 'For an adult who has used, or experienced, domestic violence',
        citation: cite(S.alAman),
        test: AFFECTED_ADULT,
      },
    ],
    citations: [cite(S.alAman)],
  }),
  service({
    id: 'dvip.supervised-contact',
    name: "Supervised contact at Stephen's Place",
    description:
      'A safe, neutral, child-friendly place where a child meets a non-resident parent or family member, with a supervisor in constant sight and sound and support for the contact parent before and after sessions. DVIP specialises in cases where developing the parent-child relationship is integral to the contact.',
    mailbox: TEAM.stephensPlace.email,
    contacts: [TEAM.stephensPlace],
    kind: 'support',
    audience: 'family',
    format:
      "Supervised sessions at Stephen's Place after pre-contact meetings with each party; separate waiting rooms and staggered arrivals; the referrer ensures the court permits disclosure of court papers",
    length:
      'Sessions normally 2 hours, with one supervisor and one cover worker; usually time-limited with regular reviews',
    eligibilityDescription:
      'Where it has been determined that a child has suffered or is at risk of suffering harm during contact with a non-resident parent or family member.',
    ruleSets: ['dvip.contact'],
    citations: [cite(S.contact), cite(S.whyContact), cite(S.directWork, 'Supervised contact')],
  }),
  service({
    id: 'dvip.assessed-supervised-contact',
    name: 'Assessed supervised contact',
    description:
      'Supervised contact with professional observation and intervention, parenting debriefs, a midway review and a final family-courts-compliant assessment report.',
    contacts: [TEAM.stephensPlace, TEAM.familyCourts],
    kind: 'assessment',
    audience: 'family',
    format:
      'Planning meetings with each parent, an introduction at the centre, assessed contact sessions, parenting debriefs, a midway review and a final report',
    length: '6 assessed contact sessions of 2 hours and 2 parenting debriefs of 1 hour',
    eligibilityDescription:
      'Supervised contact where an assessment report for the family courts is needed; the seed gives no referral circumstances, so ask the team.',
    ruleSets: ['dvip.contact'],
    criteria: [
      {
        kind: 'review',
        id: 'dvip.assessed-supervised-contact.circumstances',
        requirement:
          "The seed gives no circumstances for referral to assessed supervised contact: ask Stephen's Place or the Family Courts Service Team whether it fits the case",
        citation: cite(S.directWork, 'Assessed supervised contact'),
      },
    ],
    citations: [cite(S.directWork, 'Assessed supervised contact')],
  }),
  service({
    id: 'dvip.yuva',
    name: 'YUVA – Young Perpetrators Project',
    description:
      'Assessment and interventions with young people aged 11–18 who are perpetrating violence or abuse in relationships or against family members, incorporating victim support services.',
    contacts: [TEAM.yuva],
    kind: 'intervention',
    audience: 'child',
    ages: { min: 11, max: 18 },
    eligibilityDescription:
      'Young people aged 11–18 who are using violence or abuse in their relationships or against family members.',
    criteria: [
      {
        kind: 'age',
        id: 'dvip.yuva.age',
        requirement: 'For young people aged 11 to 18',
        citation: cite(S.childrensServices, '"11-18 year olds"'),
        min: 11,
        max: 18,
      },
      {
        kind: 'condition',
        id: 'dvip.yuva.violence-or-abuse',
        requirement:
          'The young person is perpetrating violence or abuse in relationships or against family members (including siblings): if not recorded, ask YUVA',
        citation: cite(S.childrensServices),
        otherwise: 'review',
        test: {
          fact: 'needs.behaviours',
          includesAny: ['violence-towards-parents', 'abuse-in-intimate-relationships'],
        },
      },
    ],
    citations: [cite(S.childrensServices), cite(S.yuvaContact)],
  }),
  service({
    id: 'dvip.female-perpetrators',
    name: 'Work with female perpetrators',
    description: 'Individual work with women who have used domestic violence.',
    contacts: [TEAM.violencePrevention, enquiries('work with female perpetrators')],
    kind: 'one-to-one',
    audience: 'adult',
    eligibilityDescription:
      'Arranged on an individual basis, subject to a suitability assessment and staffing capacity.',
    ruleSets: ['dvip.individual-work'],
    criteria: [
      {
        kind: 'person',
        who: 'adult',
        id: 'dvip.female-perpetrators.woman-who-used-abuse',
        requirement: 'For women who have used domestic violence; men go to the perpetrator programme',
        citation: cite(S.otherAdults, 'Female perpetrators'),
        alternatives: ['dvip.perpetrator-programme'],
        test: adultIs('female', 'person-causing-harm'),
      },
    ],
    citations: [cite(S.otherAdults, 'Female perpetrators')],
  }),
  service({
    id: 'dvip.male-victims',
    name: 'Work with male victims',
    description: 'Individual work with men who have experienced domestic violence.',
    contacts: [enquiries('work with male victims')],
    kind: 'one-to-one',
    audience: 'adult',
    eligibilityDescription:
      'Arranged on an individual basis, subject to a suitability assessment and staffing capacity.',
    ruleSets: ['dvip.individual-work'],
    criteria: [
      {
        kind: 'person',
        who: 'adult',
        id: 'dvip.male-victims.man-victim',
        requirement: 'For men who have experienced domestic violence',
        citation: cite(S.otherAdults, 'Male victims'),
        test: adultIs('male', 'victim-survivor'),
      },
    ],
    citations: [cite(S.otherAdults, 'Male victims')],
  }),
  service({
    id: 'dvip.same-sex-relationships',
    name: 'Work with perpetrators and victims of same-sex domestic violence',
    description:
      'Individual work with men or women in same-sex relationships who have used or experienced domestic violence.',
    contacts: [enquiries('work with same-sex relationships')],
    kind: 'one-to-one',
    audience: 'adult',
    eligibilityDescription:
      'Arranged on an individual basis, subject to a suitability assessment and staffing capacity.',
    ruleSets: ['dvip.individual-work'],
    criteria: [
      {
        kind: 'condition',
        id: 'dvip.same-sex-relationships.same-sex',
        requirement: 'The domestic violence is in a same-sex relationship',
        citation: cite(S.otherAdults, 'Perpetrators and victims of same-sex domestic violence'),
        test: yes(Q.sameSex),
      },
      {
        kind: 'person',
        who: 'adult',
        id: 'dvip.same-sex-relationships.affected-adult',
        requirement: 'For a man or woman who has used, or experienced, the violence',
        citation: cite(S.otherAdults, 'Perpetrators and victims of same-sex domestic violence'),
        test: AFFECTED_ADULT,
      },
    ],
    citations: [cite(S.otherAdults, 'Perpetrators and victims of same-sex domestic violence')],
  }),
];

export const dvip: ProviderCatalogue = {
  provider: {
    id: 'dvip',
    name: 'Domestic Violence Intervention Project',
    area: 'London',
    description:
      "Works across London with adults and children affected by domestic violence: risk assessments, services for mothers, perpetrator programmes with integrated women's support, Arabic-speaking community services, child therapy, supervised contact and work with young perpetrators. Information for social services, 2010/11.",
    seed: SEED,
    contacts: [
      { name: 'Domestic Violence Intervention Project', note: 'PO Box 2838, London W6 9ZE' },
      ...Object.values(TEAM),
    ],
  },
  services,
  ruleSets,
  questions,
};

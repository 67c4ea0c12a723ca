import {
  DASH_QUESTIONS,
  MARAC_CRITERIA,
  POST_SEPARATION_ABUSE,
  PROFESSIONAL_JUDGEMENT_LABELS,
  assessMarac,
  summariseDash,
} from '../../domain';
import type { Adult, Dash, Referral, Tri } from '../../domain';
import { answerWords, listWords, ukDate } from '../text/words';
import { addressSpans, birthWords, peopleCausingHarm } from './person-words';
import { answerRow, vocabularySpan } from './summary-context';
import type { SummaryContext } from './summary-context';
import { data, dataRow, fields, heading, list, paragraph, row, strong, table, words } from './summary.types';
import type { Block, FieldRow, Span } from './summary.types';

const THRESHOLD_WORDS: Readonly<Record<Tri, string>> = {
  met: 'Meets the MARAC referral criteria',
  'not-met': 'Does not meet the MARAC referral criteria',
  unknown: 'Not yet known: some answers are missing',
};
const TRI_WORDS: Readonly<Record<Tri, string>> = { met: 'Met', 'not-met': 'Not met', unknown: 'Not known' };

function maracRow(dash: Dash, today: string): FieldRow {
  const m = assessMarac(dash, today);
  const met = MARAC_CRITERIA.filter((c) => m.criteria[c.id] === 'met').map((c) => c.title.toLowerCase());
  const which = met.length ? `: ${listWords(met)}` : '';
  return {
    label: 'MARAC',
    value: [
      m.meetsThreshold === 'met' ? strong(THRESHOLD_WORDS.met + which) : words(THRESHOLD_WORDS[m.meetsThreshold]),
    ],
  };
}

function dashRows(dash: Dash, today: string): (FieldRow | undefined)[] {
  const s = summariseDash(dash);
  const judgement = dash.professionalJudgement ?? [];
  const previous = dash.previousMaracReferralDate;
  return [
    row('Answered "yes"', `${s.yesCount} of ${s.total} (${s.answered} answered)`),
    s.bandText ? row('Risk on the count', s.bandText) : undefined,
    s.indicators.length
      ? { label: 'Signs of high risk answered "yes"', value: [strong(listWords(s.indicators.map((i) => i.label)))] }
      : undefined,
    maracRow(dash, today),
    dash.completedOn ? row('Completed on', ukDate(dash.completedOn)) : undefined,
    judgement.length
      ? row('Professional judgement', judgement.map((j) => PROFESSIONAL_JUDGEMENT_LABELS[j] ?? j).join('; '))
      : undefined,
    dataRow('Professional judgement, in detail', dash.professionalJudgementDetail),
    dash.incidentsLast12Months === undefined
      ? undefined
      : row(
          'Incidents in the last 12 months',
          dash.incidentsLast12Months === 'not-known' ? 'Not known' : String(dash.incidentsLast12Months),
        ),
    previous === undefined
      ? undefined
      : row(
          'Last MARAC referral',
          previous === null ? 'Never referred' : previous === 'not-known' ? 'Not known' : ukDate(previous),
        ),
  ];
}

function dashBlocks(dash: Dash, today: string): Block[] {
  const m = assessMarac(dash, today);
  const yes = DASH_QUESTIONS.filter((q) => dash.answers[q.id] === 'yes');
  return [
    heading(3, words('DASH risk checklist and MARAC')),
    fields(dashRows(dash, today)),
    table(
      'The MARAC referral criteria',
      ['Criterion', 'Result'],
      MARAC_CRITERIA.map((c) => [[words(c.title)], [words(TRI_WORDS[m.criteria[c.id]])]]),
    ),
    ...(yes.length
      ? [paragraph(words('Questions answered "yes":')), list(yes.map((q) => [words(`${q.number}. ${q.text}`)]))]
      : []),
  ];
}

function incidentBlocks(incident: Referral['risks']['latestIncident']): Block[] {
  if (!incident) return [];
  const date = incident.date ? ukDate(incident.date) : incident.dateNotKnown ? 'Not known' : 'Not given';
  return [
    heading(3, words('The latest incident')),
    fields([
      row('Date', date),
      { label: 'What happened', value: incident.account ? [data(incident.account)] : [words('Not given')] },
    ]),
  ];
}

function knowsSpans(a: Adult): Span[] {
  if (a.knowsOfReferral === 'yes') return [words('Yes')];
  if (a.knowsOfReferral === 'no') return [strong('No. Do not reveal this referral to them')];
  return [strong('Not known. Do not reveal this referral to them')];
}

function harmBlocks(a: Adult, today: string): Block[] {
  return [
    heading(3, words('Person causing harm: '), data(a.name)),
    fields([
      row('Date of birth', birthWords(a, today)),
      { label: 'Relationship', value: [data(a.relationship)] },
      answerRow('Lives in the household', a.livesInHousehold),
      { label: 'Address', value: a.address ? addressSpans(a.address) : [words('Not known')] },
      dataRow('Phone', a.phone),
      { label: 'Knows of this referral', value: knowsSpans(a) },
    ]),
  ];
}

function familyRiskRows(r: Referral['risks']): FieldRow[] {
  return [
    row('Person causing harm lives in the home', answerWords(r.perpetratorInHome)),
    {
      label: 'Post-separation abuse',
      value:
        r.postSeparationAbuse === undefined
          ? [words('Not answered')]
          : [vocabularySpan(POST_SEPARATION_ABUSE, r.postSeparationAbuse)],
    },
    row('Severe mental health needs in the family', answerWords(r.severeMentalHealth)),
    row('Active substance misuse in the family', answerWords(r.activeSubstanceMisuse)),
    row('Criminal justice involvement in the family', answerWords(r.criminalJusticeInvolvement)),
  ];
}

/** Risks, the DASH checklist and which MARAC criteria it meets, the latest incident and the person causing harm. */
export function risksSection(ctx: SummaryContext): Block[] {
  const r = ctx.doc.referral.risks;
  return [
    heading(2, words('Risks')),
    fields(familyRiskRows(r)),
    ...(r.dash ? dashBlocks(r.dash, ctx.today) : []),
    ...incidentBlocks(r.latestIncident),
    ...peopleCausingHarm(ctx.doc.referral.people).flatMap((a) => harmBlocks(a, ctx.today)),
  ];
}

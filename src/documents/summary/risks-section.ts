import { DASH_QUESTIONS, POST_SEPARATION_ABUSE, PROFESSIONAL_JUDGEMENT_LABELS, assessMarac } from '../../domain';
import type { Dash, Tri } from '../../domain';
import { answerWords, ukDate } from '../text/words';
import { vocabularySpan } from './summary-context';
import type { SummaryContext } from './summary-context';
import { dataRow, fields, heading, list, paragraph, row, words } from './summary.types';
import type { Block } from './summary.types';

const THRESHOLD_WORDS: Readonly<Record<Tri, string>> = {
  met: 'Meets the MARAC referral criteria',
  'not-met': 'Does not meet the MARAC referral criteria',
  unknown: 'Not yet known: some answers are missing',
};

function dashBlocks(dash: Dash, today: string): Block[] {
  const m = assessMarac(dash, today);
  const judgement = dash.professionalJudgement ?? [];
  const previous = dash.previousMaracReferralDate;
  const yes = DASH_QUESTIONS.filter((q) => dash.answers[q.id] === 'yes');
  return [
    heading(3, words('DASH risk checklist')),
    fields([
      row('Answered "yes"', `${m.yesCount} of ${DASH_QUESTIONS.length} (${m.answered} answered)`),
      row('MARAC', THRESHOLD_WORDS[m.meetsThreshold]),
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
    ]),
    ...(yes.length
      ? [paragraph(words('Questions answered "yes":')), list(yes.map((q) => [words(`${q.number}. ${q.text}`)]))]
      : []),
  ];
}

export function risksSection(ctx: SummaryContext): Block[] {
  const r = ctx.doc.referral.risks;
  return [
    heading(2, words('Risks')),
    fields([
      row('Person causing harm lives in the home', answerWords(r.perpetratorInHome)),
      {
        label: 'Post-separation abuse',
        value:
          r.postSeparationAbuse === undefined
            ? [words('Not answered')]
            : [vocabularySpan(POST_SEPARATION_ABUSE, r.postSeparationAbuse)],
      },
      row('Severe mental health needs', answerWords(r.severeMentalHealth)),
      row('Active substance misuse', answerWords(r.activeSubstanceMisuse)),
      row('Criminal justice involvement', answerWords(r.criminalJusticeInvolvement)),
    ]),
    ...(r.dash ? dashBlocks(r.dash, ctx.today) : []),
  ];
}

import { londonDateTime } from '../../domain';
import type { SummaryContext } from './summary-context';
import { data, fields, heading, row, strong, words } from './summary.types';
import type { Block, Span } from './summary.types';
import { safetyNotices } from './safety-notices';
import { listWords, ukDate } from '../text/words';

export const MARKING = 'OFFICIAL-SENSITIVE';

/** "Referral RC-…" or "Advice request RC-…": the title of the body, the PDF and (with service names) the subject. */
export const titleOf = (ctx: Pick<SummaryContext, 'doc'>): string =>
  `${ctx.doc.kind === 'advice' ? 'Advice request' : 'Referral'} ${ctx.doc.reference}`;

function filedWhen(filedAt: string): string {
  const t = londonDateTime(new Date(filedAt));
  return `${ukDate(t.date)} at ${String(t.hour).padStart(2, '0')}:${String(t.minute).padStart(2, '0')} (UK time)`;
}

/** Advice requests say so first, so nobody mistakes one for a referral. */
function notices(ctx: SummaryContext): Block[] {
  const { services } = ctx.doc.to;
  if (ctx.doc.kind === 'advice') {
    return [
      {
        kind: 'paragraph',
        role: 'notice',
        spans: [
          strong('This is a request for advice, not a referral.'),
          words(
            ' The referrer asks whether your service can help this family. Please reply to the referrer with your advice.',
          ),
        ],
      },
    ];
  }
  const advice = services.filter((s) => s.advice);
  if (!advice.length) return [];
  return [
    {
      kind: 'paragraph',
      role: 'notice',
      spans: [
        strong('Some services are asked for advice only: '),
        data(listWords(advice.map((s) => s.name))),
        words('. The others are referrals.'),
      ],
    },
  ];
}

/** What the message asks for, in one line. */
function requestWords(ctx: SummaryContext): string {
  if (ctx.doc.kind === 'advice') return 'A request for advice';
  return ctx.doc.to.services.some((s) => s.advice) ? 'A referral, and a request for advice' : 'A referral';
}

function consentSpans(ctx: SummaryContext): Span[] {
  const c = ctx.doc.referral.consent;
  return c.given
    ? [words('Given by '), data(c.givenBy), words(` on ${ukDate(c.recordedOn)}`)]
    : [strong('Not given, or not sought'), words(': the lawful basis is under Consent, below')];
}

/** The marking, the reference and the warnings nobody may miss: the first thing on the page. */
export function headerSection(ctx: SummaryContext): Block[] {
  const { doc } = ctx;
  const r = doc.referral.referrer;
  return [
    { kind: 'paragraph', role: 'marking', spans: [strong(MARKING)] },
    ...notices(ctx),
    heading(1, words(titleOf(ctx))),
    ...safetyNotices(ctx),
    fields([
      row('Reference', doc.reference),
      row('Request', requestWords(ctx)),
      {
        label: 'Filed',
        value: [
          words(`${filedWhen(doc.filedAt)} by `),
          data(r.name),
          words(', '),
          data(r.role),
          words(', '),
          data(r.organisation),
        ],
      },
      { label: 'Consent', value: consentSpans(ctx) },
    ]),
  ];
}

// The warnings a service must read before it picks up the phone: how not to contact the family, and who must not
// learn of the referral. They sit under the title, before the family, and again beside the details they are about.
import type { Answer } from '../../domain';
import { orWords, peopleCausingHarm } from './person-words';
import type { SummaryContext } from './summary-context';
import { data, strong, words } from './summary.types';
import type { Block, Span } from './summary.types';

export const CHANNELS = [
  { key: 'call', verb: 'call', label: 'Safe to call' },
  { key: 'text', verb: 'text', label: 'Safe to text' },
  { key: 'email', verb: 'email', label: 'Safe to email' },
  { key: 'leaveMessage', verb: 'leave a message', label: 'Safe to leave a message' },
] as const;

const notice = (...spans: Span[]): Block => ({ kind: 'paragraph', role: 'notice', spans });

function contactNotice(ctx: SummaryContext): Block[] {
  const safe = ctx.doc.referral.family?.safeContact;
  if (!safe) {
    return [
      notice(
        strong('How to contact the family safely was not recorded.'),
        words(' Check with the referrer before you call, text, email or visit.'),
      ),
    ];
  }
  const verbs = (answers: readonly (Answer | undefined)[]) =>
    CHANNELS.filter((c) => answers.includes(safe[c.key])).map((c) => c.verb);
  const no = verbs(['no']);
  // A way of contact nobody answered for is as unsafe to assume as one answered "not known".
  const unknown = verbs(['not-known', undefined]);
  const spans: Span[] = [
    ...(no.length ? [strong(`It is not safe to ${orWords(no)}.`)] : []),
    ...(unknown.length
      ? [
          words(
            `${no.length ? ' ' : ''}Not known whether it is safe to ${orWords(unknown)}: check with the referrer first.`,
          ),
        ]
      : []),
  ];
  if (!spans.length) return [];
  return [notice(...spans, ...(safe.when ? [words(' Safe times: '), data(safe.when)] : []))];
}

function harmNotices(ctx: SummaryContext): Block[] {
  return peopleCausingHarm(ctx.doc.referral.people)
    .filter((p) => p.knowsOfReferral !== 'yes')
    .map((p) =>
      p.knowsOfReferral === 'no'
        ? notice(
            strong('Do not reveal this referral: '),
            data(p.name),
            words(
              ', who has used abusive behaviour, does not know of it. Do not tell them, and do not contact them about it.',
            ),
          )
        : notice(
            strong('Do not reveal this referral: '),
            words('it is not known whether '),
            data(p.name),
            words(', who has used abusive behaviour, knows of it.'),
          ),
    );
}

/** The safety warnings for the top of the summary; none when contact is safe and no one must be kept unaware. */
export const safetyNotices = (ctx: SummaryContext): Block[] => [...contactNotice(ctx), ...harmNotices(ctx)];

import type { Contact } from '../../domain';
import type { GraphFailureDetail, GraphFailureKind } from './failure-detail';

// Sentences for people (DESIGN.md §6: what happened, what to do). No personal data: never a file name or a family
// member, only service mailboxes, sizes, waits and the request id.

const mb = (bytes: number) => `${Math.ceil(bytes / (1024 * 1024))} MB`;

function contactLine(contacts: readonly Contact[] | undefined): string {
  const parts = (contacts ?? [])
    .map((c) => [c.name, c.email, c.phone].filter(Boolean).join(', '))
    .filter((line) => line !== '');
  return parts.length > 0 ? ` Contact the service directly: ${parts.join('; ')}.` : ' Contact the service directly.';
}

const SENTENCES: Record<GraphFailureKind, (d: GraphFailureDetail) => string> = {
  'mailbox-not-found': (d) =>
    `Microsoft 365 could not find the service mailbox${d.mailbox ? ` ${d.mailbox}` : ''}. Nothing was sent to it. Check the service's contact details, or tell your Referral Card administrator that the address is wrong.`,
  'no-permission': () =>
    'Microsoft 365 did not allow Referral Card to do this with your account. Ask your IT team to check that Referral Card may create and send mail for you.',
  'too-large': (d) =>
    d.fileId
      ? `One of the files is ${mb(d.sizeBytes ?? 0)}; Microsoft 365 takes files of up to ${mb(d.limitBytes ?? 0)}. Remove it or attach a smaller copy, then file again. Nothing has been sent.`
      : `The files together are ${mb(d.sizeBytes ?? 0)}; one message can carry up to ${mb(d.limitBytes ?? 0)}. Remove some files, then file again. Nothing has been sent.`,
  throttled: (d) =>
    `Microsoft 365 is busy and asked us to wait${d.waitSeconds !== undefined ? ` ${d.waitSeconds} s` : ''}. Your referral is kept; file it again after the wait and it will carry on where it stopped.`,
  offline: () =>
    'The connection to Microsoft 365 was lost. Your referral is kept and will be filed when you are back online; it will not be sent twice.',
  'signed-out': () =>
    'Your Microsoft 365 sign-in has ended and could not be renewed. Sign in again, then file again; nothing is lost and nothing will be sent twice.',
  'no-mailbox': (d) =>
    `${d.serviceName ?? 'This service'} takes no referrals by email, so Referral Card cannot file to it.${contactLine(d.contacts)}`,
  server: (d) =>
    `Microsoft 365 had a problem${d.status ? ` (HTTP ${d.status})` : ''}. Your referral is kept; try again in a few minutes and it will carry on where it stopped.`,
  cancelled: () => 'Filing was stopped. Your referral is kept; file it again to carry on where it stopped.',
  'invalid-request': (d) =>
    `Referral Card could not file this referral because its filing details are incomplete${d.problems?.length ? ` (${d.problems.join('; ')})` : ''}. Reload the card and try again; if it keeps happening, tell your IT team.`,
  rejected: (d) =>
    `Microsoft 365 refused the request${d.code ? ` (${d.code})` : ''}. Nothing more was sent. Try again; if it keeps happening, tell your IT team.`,
  unexpected: () =>
    'Something unexpected went wrong while talking to Microsoft 365. Try again; if it keeps happening, tell your IT team.',
};

/** The sentence for a failure, ending with the request id when Microsoft 365 gave one. */
export function wordsFor(kind: GraphFailureKind, detail: GraphFailureDetail): string {
  const sentence = SENTENCES[kind](detail);
  return detail.requestId ? `${sentence} (Microsoft 365 request id ${detail.requestId}.)` : sentence;
}

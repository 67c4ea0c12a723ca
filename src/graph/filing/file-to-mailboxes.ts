import { GraphFailure } from '../errors/graph-failure';
import type { GraphGateway } from '../gateway/graph-gateway';
import { checkFilingRequest } from './check-request';
import type { FilingRequest } from './filing-request.schema';
import type { FilingResult } from './filing-progress';
import { fileToMailbox, type FilingEnv } from './file-to-mailbox';
import { DEFAULT_SIZE_LIMITS } from './size-limits';

export type MailboxOutcome =
  | { readonly mailbox: string; readonly ok: true; readonly result: FilingResult }
  | { readonly mailbox: string; readonly ok: false; readonly failure: GraphFailure };

/**
 * Files one referral to all its mailboxes. Every request is checked first, so a file too large or a mailbox missing
 * stops the whole filing before any request is sent; then the mailboxes are filed `parallel` at a time (the gateway
 * still keeps the referrer's mailbox to 4 requests at once) and each mailbox reports its own outcome.
 */
export async function fileToMailboxes(
  gateway: GraphGateway,
  requests: readonly FilingRequest[],
  env: FilingEnv & { readonly parallel?: number } = {},
): Promise<MailboxOutcome[]> {
  const limits = env.limits ?? DEFAULT_SIZE_LIMITS;
  const seen = new Set<string>();
  for (const request of requests) {
    checkFilingRequest(request, limits);
    // The contract's idempotency key: (referral id, mailbox lower-cased); one message per mailbox.
    const key = `${request.referralId} ${request.mailbox?.toLowerCase()}`;
    if (seen.has(key))
      throw new GraphFailure('invalid-request', {
        problems: ['two messages for one mailbox: put its services in one request'],
        mailbox: request.mailbox,
      });
    seen.add(key);
  }
  const outcomes: MailboxOutcome[] = new Array(requests.length);
  let next = 0;
  const worker = async () => {
    while (next < requests.length) {
      const index = next++;
      const request = requests[index] as FilingRequest;
      const mailbox = request.mailbox as string;
      try {
        outcomes[index] = { mailbox, ok: true, result: await fileToMailbox(gateway, request, env) };
      } catch (error) {
        outcomes[index] = {
          mailbox,
          ok: false,
          failure: error instanceof GraphFailure ? error : new GraphFailure('unexpected', { mailbox }),
        };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(env.parallel ?? 2, requests.length)) }, worker));
  return outcomes;
}

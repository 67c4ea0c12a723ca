import { GraphFailure } from '../errors/graph-failure';
import { filingRequestSchema, type FilingRequest } from './filing-request.schema';
import type { SizeLimits } from './size-limits';

/** A request that passed the checks: the mailbox is known. */
export type CheckedRequest = FilingRequest & { readonly mailbox: string };

/**
 * Everything that can be refused before any request is sent: no mailbox in the catalogue (with the contacts to use),
 * a malformed request, and files too large for Graph — each file and the total.
 */
export function checkFilingRequest(request: FilingRequest, limits: SizeLimits): CheckedRequest {
  const serviceIds = request.services.map((s) => s.id);
  if (request.mailbox === undefined || request.mailbox.trim() === '') {
    throw new GraphFailure('no-mailbox', {
      serviceIds,
      ...(request.services.length === 1 && request.services[0] ? { serviceName: request.services[0].name } : {}),
      contacts: request.contacts ?? [],
    });
  }
  const parsed = filingRequestSchema.safeParse(request);
  if (!parsed.success) {
    const problems = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.') || 'request'} ${i.message}`);
    throw new GraphFailure('invalid-request', { problems, mailbox: request.mailbox, serviceIds });
  }
  if (!request.subject.includes(request.reference)) {
    throw new GraphFailure('invalid-request', {
      problems: ['subject does not carry the reference'],
      mailbox: request.mailbox,
      serviceIds,
    });
  }
  let total = 0;
  for (const file of request.files) {
    if (file.size > limits.maxFileBytes) {
      throw new GraphFailure('too-large', {
        fileId: file.id,
        sizeBytes: file.size,
        limitBytes: limits.maxFileBytes,
        mailbox: request.mailbox,
        serviceIds,
      });
    }
    total += file.size;
  }
  if (total > limits.maxTotalBytes) {
    throw new GraphFailure('too-large', {
      sizeBytes: total,
      limitBytes: limits.maxTotalBytes,
      mailbox: request.mailbox,
      serviceIds,
    });
  }
  return request as CheckedRequest;
}

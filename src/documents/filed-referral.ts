import {
  FILED_REFERRAL_DOCUMENT_TYPE,
  FILED_REFERRAL_SCHEMA_VERSION,
  evaluate,
  formatIssue,
  referenceFor,
  validateReferral,
  validateWith,
  filedReferralSchema,
  migrateFiledReferral,
  sourceOf,
} from '../domain';
import type { Catalogue, FiledReason, FiledReferral, FiledVerdict, Reason, Referral, ServiceResult } from '../domain';
import { DocumentError } from './document-error';

export type FiledReferralOptions = {
  /** The service mailbox of this message, as the catalogue spells it (compared lower-cased). */
  readonly mailbox: string;
  /** The chosen services that share this mailbox. */
  readonly serviceIds: readonly string[];
  readonly catalogueVersion: string;
  /** When the referrer pressed File: the same on every retry, so every attempt renders the same documents. */
  readonly filedAt: Date;
  /** The clock for the verdicts; defaults to `filedAt`. */
  readonly now?: Date;
};

/** A reason for audit: the rule, the finding, and the citation with its document's title. */
function filedReason({ code, status, message, finding, citation }: Reason, catalogue: Catalogue): FiledReason {
  const title = sourceOf(citation, catalogue)?.title;
  return {
    code,
    status,
    message,
    ...(finding ? { finding } : {}),
    citation: title ? { ...citation, title } : citation,
  };
}

const verdictOf = (r: ServiceResult, catalogue: Catalogue): FiledVerdict => ({
  serviceId: r.serviceId,
  verdict: r.verdict,
  reasons: r.reasons.map((reason) => filedReason(reason, catalogue)),
  ...(r.missing.length ? { missing: r.missing.map((m) => ({ ...m })) } : {}),
});

function checkServices(referral: Referral, catalogue: Catalogue, opts: FiledReferralOptions): void {
  if (!opts.serviceIds.length) throw new DocumentError('no-services', 'Choose at least one service for this message.');
  const requested = new Set(referral.services.map((s) => s.serviceId));
  for (const id of opts.serviceIds) {
    const service = catalogue.services.find((s) => s.id === id);
    if (!service)
      throw new DocumentError(
        'unknown-service',
        `"${id}" is not a service in the catalogue. Update the card and try again.`,
      );
    if (!requested.has(id))
      throw new DocumentError('not-requested', `${service.name} is not one of the services chosen in this referral.`);
    if (service.mailbox?.toLowerCase() !== opts.mailbox.toLowerCase()) {
      throw new DocumentError(
        'wrong-mailbox',
        `${service.name} is not filed to ${opts.mailbox}${service.mailbox ? `: its mailbox is ${service.mailbox}` : ': the catalogue gives it no mailbox'}.`,
      );
    }
  }
}

/**
 * referral.json for one service mailbox: the validated referral with only this mailbox's services, and the verdicts
 * at filing time. Throws a DocumentError, in words, when the referral or the options cannot make a valid document.
 */
export function buildFiledReferral(
  referral: Referral,
  catalogue: Catalogue,
  opts: FiledReferralOptions,
): FiledReferral {
  const now = opts.now ?? opts.filedAt;
  if (Number.isNaN(opts.filedAt?.getTime?.()) || Number.isNaN(now?.getTime?.())) {
    throw new DocumentError('invalid-date', 'The filing time is not a valid date.');
  }
  const valid = validateReferral(referral, catalogue);
  if (!valid.ok) {
    throw new DocumentError(
      'invalid-referral',
      `The referral is not complete or not valid: ${valid.issues.slice(0, 5).map(formatIssue).join('; ')}. Correct it in the card and file again.`,
      valid.issues,
    );
  }
  checkServices(valid.value, catalogue, opts);
  const chosen = new Set(opts.serviceIds);
  const restricted: Referral = {
    ...valid.value,
    services: valid.value.services.filter((s) => chosen.has(s.serviceId)),
  };
  const results = new Map(
    evaluate(restricted, catalogue, { now, serviceIds: [...chosen] }).results.map((r) => [r.serviceId, r]),
  );
  const providers = new Map(catalogue.providers.map((p) => [p.id, p.name]));
  const services = restricted.services.map((requested) => {
    const s = catalogue.services.find((x) => x.id === requested.serviceId)!;
    return {
      id: s.id,
      name: s.name,
      provider: providers.get(s.providerId) ?? s.providerId,
      advice: requested.advice === true,
    };
  });
  return checkedDocument({
    documentType: FILED_REFERRAL_DOCUMENT_TYPE,
    schemaVersion: FILED_REFERRAL_SCHEMA_VERSION,
    referralId: restricted.id,
    reference: referenceFor(restricted.id),
    catalogueVersion: opts.catalogueVersion,
    filedAt: opts.filedAt.toISOString(),
    kind: services.every((s) => s.advice) ? 'advice' : 'referral',
    to: { mailbox: opts.mailbox, services },
    verdicts: services.map((s) => verdictOf(results.get(s.id)!, catalogue)),
    referral: restricted,
  });
}

/**
 * Validates a filed-referral document; the parsed copy has the schema's key order. A file filed before the current
 * schema version (a v1 referral.json in a service mailbox) is migrated, not refused.
 */
export function checkedDocument(input: unknown): FiledReferral {
  const parsed = validateWith(filedReferralSchema, migrateFiledReferral(input));
  if (!parsed.ok) {
    throw new DocumentError(
      'invalid-document',
      `This is not a valid referral.json: ${parsed.issues.slice(0, 5).map(formatIssue).join('; ')}.`,
      parsed.issues,
    );
  }
  return parsed.value;
}

import type { Catalogue } from '../catalogue/catalogue.schema';
import { factRegistryFor, QUESTION_FACT_PREFIX } from '../catalogue/fact-registry';
import type { Issue, Validated } from '../common/issues';
import { validateWith } from '../common/issues';
import { RETIRED_V1_QUESTION_IDS, migrateReferral } from './migrate-referral';
import { referralSchema } from './referral.schema';
import type { Referral } from './referral.schema';

/** Checks what only the catalogue knows: requested services exist, and answers fit their questions. */
function catalogueIssues(r: Referral, catalogue: Catalogue): Issue[] {
  const issues: Issue[] = [];
  const services = new Set(catalogue.services.map((s) => s.id));
  r.services.forEach((s, i) => {
    if (!services.has(s.serviceId))
      issues.push({
        path: ['services', i, 'serviceId'],
        code: 'unknown_service',
        message: `"${s.serviceId}" is not a service in the catalogue`,
      });
  });
  const { facts } = factRegistryFor(catalogue);
  for (const [id, value] of Object.entries(r.answers)) {
    const fact = facts.get(`${QUESTION_FACT_PREFIX}${id}`);
    if (!fact && RETIRED_V1_QUESTION_IDS.has(id)) continue;
    if (!fact) {
      issues.push({
        path: ['answers', id],
        code: 'unknown_question',
        message: `"${id}" is not a question in the catalogue`,
      });
      continue;
    }
    const reading = fact.read(r, { today: '1970-01-01' });
    if (reading.state === 'missing' && value !== undefined) {
      issues.push({ path: ['answers', id], code: 'invalid_answer', message: `Not a valid answer to "${fact.label}"` });
    }
  }
  return issues;
}

/**
 * Validates a complete referral (for filing or the CLI): the schema, then the catalogue's references. A referral in an
 * earlier schema version is migrated first, so a v1 file is read, never refused for its version.
 */
export function validateReferral(input: unknown, catalogue?: Catalogue): Validated<Referral> {
  const shape = validateWith(referralSchema, migrateReferral(input));
  if (!shape.ok || !catalogue) return shape;
  const issues = catalogueIssues(shape.value, catalogue);
  return issues.length ? { ok: false, issues } : shape;
}

import { isRecord } from '../common/is-record';
import { FILED_REFERRAL_SCHEMA_VERSION } from './filed-referral.schema';
import { migrateReferral } from './migrate-referral';

/**
 * A filed referral.json in the current version. A v1 file (as service mailboxes received it before v2) keeps its
 * verdicts as they were given at filing time; only the referral inside is migrated.
 */
export function migrateFiledReferral(input: unknown): unknown {
  if (!isRecord(input) || input.schemaVersion !== 1) return input;
  return { ...input, schemaVersion: FILED_REFERRAL_SCHEMA_VERSION, referral: migrateReferral(input.referral) };
}

// Filed referrals for the UI tests, built without the documents' index (its PDF renderer needs Node's TextEncoder).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CATALOGUE_VERSION, catalogue } from '../../../src/catalogues';
import type { FiledReferral, Referral } from '../../../src/domain';
import { buildFiledReferral } from '../../../src/documents/filed-referral';

const ROOT = path.resolve(__dirname, '../../..');
export const FILED_AT = new Date('2026-11-03T10:15:00Z');
export const LEWISHAM = 'Family.Hub.Referrals@lewisham.gov.uk';

/** docs/examples/referral.json: the worked example, referred to Lewisham's NVR. */
export const exampleReferral = (): Referral =>
  JSON.parse(readFileSync(path.join(ROOT, 'docs/examples/referral.json'), 'utf8')) as Referral;

/** The worked example filed, with `change` applied to the referral first (a new id, other children…). */
export function filedExample(change: (r: Referral) => void = () => undefined, filedAt = FILED_AT): FiledReferral {
  const referral = exampleReferral();
  change(referral);
  return buildFiledReferral(referral, catalogue, {
    mailbox: LEWISHAM,
    serviceIds: ['lewisham.nvr'],
    catalogueVersion: CATALOGUE_VERSION,
    filedAt,
  });
}

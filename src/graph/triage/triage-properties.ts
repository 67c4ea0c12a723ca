import { boundedHistory, type TriageRecord } from '../../domain';
import type { SingleValueExtendedProperty } from '../dto';
import { REFERRAL_PROPERTY_IDS } from '../filing/referral-properties';

// Exchange keeps a string property of up to 32 KB with the item; a longer one is stored as a stream that Graph may not
// return. The record's JSON stays under this by dropping its oldest events (they are counted, not lost silently).
export const TRIAGE_JSON_MAX_CHARS = 30_000;

const P = REFERRAL_PROPERTY_IDS;

/** The record cut to fit the property, oldest events first. */
export function fittedRecord(record: TriageRecord, maxChars = TRIAGE_JSON_MAX_CHARS): TriageRecord {
  let r = record;
  while (JSON.stringify(r).length > maxChars && r.history.length > 1) {
    r = boundedHistory(r, r.history.length - Math.max(1, Math.ceil(r.history.length / 4)));
  }
  return r;
}

/** The single-value extended properties that carry a triage record on its referral message. */
export function triageProperties(record: TriageRecord): SingleValueExtendedProperty[] {
  const fitted = fittedRecord(record);
  return [
    { id: P.triageState, value: fitted.state },
    // A single-value property cannot be removed by PATCH: an empty value means "none".
    { id: P.assignee, value: fitted.allocatedTo ?? '' },
    { id: P.priority, value: fitted.priority ?? '' },
    { id: P.triageVersion, value: String(fitted.version) },
    { id: P.triage, value: JSON.stringify(fitted) },
  ];
}

// What must be in a referral before it is filed, beyond what the schema checks field by field: the schema lets a
// half-written draft or an older referral through, the service cannot act on one without these.
import type { FieldPath } from '../../../components/field-id';
import { getIn } from '../../../state/draft';
import type { RawIssue } from './field-messages';

/** What the chosen services ask of the referral, as the catalogue says (worked out by the card, not the form). */
export type ServiceNeeds = {
  /** A domestic-abuse service is chosen: it needs the latest incident and the person who caused harm. */
  readonly domesticAbuse: boolean;
  /** A MARAC referral is chosen: the family's contact details are how MARAC reaches the victim. */
  readonly marac: boolean;
};

export const NO_SERVICE_NEEDS: ServiceNeeds = { domesticAbuse: false, marac: false };

const SAFE_TO = ['call', 'text', 'email', 'leaveMessage'] as const;

const missing = (path: FieldPath): RawIssue => ({ path, code: 'missing', message: '' });
const blank = (v: unknown) => typeof v !== 'string' || v.trim() === '';
const listAt = (node: unknown, path: FieldPath): unknown[] => {
  const value = getIn(node, path);
  return Array.isArray(value) ? value : [];
};

/** The reason for the referral, in the referrer's words. */
export function reasonRequirements(referral: unknown): RawIssue[] {
  return blank(getIn(referral, ['reason'])) ? [missing(['reason'])] : [];
}

/**
 * The family's council, their address (first line and postcode), a way to reach them (a phone number, or a safe
 * contact person), and whether each way of contacting them is safe: one question each, never a wall of them.
 */
export function contactRequirements(referral: unknown): RawIssue[] {
  const family = getIn(referral, ['family']);
  const out: RawIssue[] = [];
  // A council from the list, or another council area named in words.
  if (blank(getIn(family, ['councilCode'])) && blank(getIn(family, ['councilName'])))
    out.push(missing(['family', 'councilCode']));
  if (blank(getIn(family, ['address', 'line1']))) out.push(missing(['family', 'address', 'line1']));
  if (blank(getIn(family, ['address', 'postcode']))) out.push(missing(['family', 'address', 'postcode']));
  const phone = listAt(family, ['phones']).some((p) => !blank(getIn(p, ['number'])));
  if (!phone && blank(getIn(family, ['safeContactPerson', 'name']))) out.push(missing(['family', 'phones']));
  for (const way of SAFE_TO)
    if (getIn(family, ['safeContact', way]) === undefined) out.push(missing(['family', 'safeContact', way]));
  return out;
}

/** Whether someone who has used abusive behaviour knows of the referral: asked of each such adult. */
export function personCausingHarmRequirements(referral: unknown, needs: ServiceNeeds): RawIssue[] {
  if (!needs.domesticAbuse) return [];
  return listAt(referral, ['people']).flatMap((p, i) =>
    getIn(p, ['kind']) === 'adult' &&
    getIn(p, ['abuseRole']) === 'person-causing-harm' &&
    getIn(p, ['knowsOfReferral']) === undefined
      ? [missing(['people', i, 'knowsOfReferral'])]
      : [],
  );
}

/** For a domestic-abuse service: the latest incident (a date, or that it is not known, and what happened) and who caused harm. */
export function incidentRequirements(referral: unknown, needs: ServiceNeeds): RawIssue[] {
  if (!needs.domesticAbuse) return [];
  const incident = getIn(referral, ['risks', 'latestIncident']);
  const out: RawIssue[] = [];
  if (blank(getIn(incident, ['date'])) && getIn(incident, ['dateNotKnown']) !== true)
    out.push(missing(['risks', 'latestIncident', 'date']));
  if (blank(getIn(incident, ['account']))) out.push(missing(['risks', 'latestIncident', 'account']));
  const someone = listAt(referral, ['people']).some(
    (p) => getIn(p, ['kind']) === 'adult' && getIn(p, ['abuseRole']) === 'person-causing-harm',
  );
  if (!someone) out.push(missing(['risks', 'personCausingHarm']));
  return out;
}

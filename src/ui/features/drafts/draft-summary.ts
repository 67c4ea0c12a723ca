// What the drafts list shows, and which drafts are not worth keeping. Pure functions of a draft.
import { isRecord, londonDateTime } from '../../../domain';
import type { Draft } from '../../state/draft';

export type DraftSummary = { readonly id: string; readonly updatedAt: string; readonly title: string };

const pad = (n: number) => String(n).padStart(2, '0');

/** "23/11/2026 10:42" in Europe/London time (UK format); '' for a value that is not a date. */
export function ukDateTime(iso: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return '';
  const { date, hour, minute } = londonDateTime(new Date(ms));
  const [y, m, d] = date.split('-');
  return `${d}/${m}/${y} ${pad(hour)}:${pad(minute)}`;
}

/** "10:42" in Europe/London time; '' for a value that is not a date. */
export function ukTime(iso: string): string {
  return ukDateTime(iso).slice(11);
}

function firstChildFirstName(referral: Record<string, unknown>): string | undefined {
  const people = Array.isArray(referral.people) ? referral.people : [];
  const child = people.find(
    (p) => isRecord(p) && p.kind === 'child' && typeof p.name === 'string' && p.name.trim() !== '',
  );
  const first = isRecord(child) && typeof child.name === 'string' ? child.name.trim().split(/\s+/)[0] : undefined;
  return first ? first.slice(0, 40) : undefined;
}

/**
 * "Referral for Jo, started 23/11/2026 10:42", or "Referral started 23/11/2026 10:42" before a child is named.
 * Privacy: the first child's first name is the only personal datum in a title. Titles are computed on this device
 * from the draft the user already holds, shown only in their own drafts menu, never stored apart from the draft,
 * sent anywhere or logged. Without it a referrer keeping several drafts could not tell them apart.
 */
export function draftTitle(draft: Draft): string {
  const started = ukDateTime(draft.createdAt);
  const name = firstChildFirstName(draft.referral);
  return name ? `Referral for ${name}, started ${started}` : `Referral started ${started}`;
}

export function summarise(draft: Draft): DraftSummary {
  return { id: draft.id, updatedAt: draft.updatedAt, title: draftTitle(draft) };
}

const isEmpty = (v: unknown): boolean =>
  v === undefined ||
  v === null ||
  v === '' ||
  (Array.isArray(v) ? v.every(isEmpty) : isRecord(v) ? Object.values(v).every(isEmpty) : false);

// The draft's identity and the prefilled referrer are not something the referrer typed: the sign-in gives the name
// and email, and the role, organisation, team and phone are remembered for the signed-in user, so a draft holding only them
// loses nothing when it is not kept.
const IDENTITY = new Set(['schemaVersion', 'id', 'createdAt', 'referrer']);
const PREFILLED_REFERRER = new Set(['name', 'email', 'role', 'organisation', 'team', 'phone']);
// The family's council starts as the referrer's own (configuration): choosing it is not typing anything.
const PREFILLED_FAMILY = new Set(['councilCode']);
const onlyPrefilled = (part: unknown, prefilled: ReadonlySet<string>): boolean =>
  !isRecord(part) || Object.entries(part).every(([k, v]) => prefilled.has(k) || isEmpty(v));

/**
 * True when nothing has been typed: every section is empty and the referrer holds at most their own details (the
 * prefill). Such a draft is not saved, so opening the card does not clutter the list.
 */
export function isBlankDraft(draft: Draft): boolean {
  const r = draft.referral;
  const referrer = isRecord(r.referrer) ? r.referrer : {};
  const referrerTyped = Object.entries(referrer).some(([k, v]) => !PREFILLED_REFERRER.has(k) && !isEmpty(v));
  return (
    !referrerTyped &&
    onlyPrefilled(r.family, PREFILLED_FAMILY) &&
    Object.entries(r).every(([k, v]) => IDENTITY.has(k) || k === 'family' || isEmpty(v))
  );
}

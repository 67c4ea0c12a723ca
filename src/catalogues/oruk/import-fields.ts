import { isRecord } from '../../domain';
import type { Contact } from '../../domain';
import { attributeCodes, readAge, readEmail, readList, readText, typeName } from './feed-reader';
import type { Findings, Path, Record_ } from './feed-reader';
import { CRITERIA_HEADING, ORUK_TAXONOMY, PRE_BIRTH_CODE } from './oruk.types';

// The parts of one feed service that need more than a field read: contacts, and ages with eligibility text.

/** HSDS contacts (name, email, first phone, phone description as hours, title as note) plus a service-level phone. */
export function readContacts(svc: Record_, path: Path, findings: Findings): Contact[] {
  const out: Contact[] = [];
  const phoneOf = (holder: Record_, at: Path): { phone?: string; hours?: string } => {
    const phones = readList(holder, 'phones', at, findings);
    for (const [k, p] of phones.entries()) {
      if (!isRecord(p)) continue;
      const number = readText(p, 'number', [...at, 'phones', k], findings, 1000);
      if (!number) continue;
      if (number.length > 60) {
        findings.warn(
          'invalid_phone',
          [...at, 'phones', k, 'number'],
          'A phone number longer than 60 characters; ignored',
        );
        continue;
      }
      const hours = readText(p, 'description', [...at, 'phones', k], findings, 200);
      return { phone: number, ...(hours ? { hours } : {}) };
    }
    return {};
  };
  readList(svc, 'contacts', path, findings).forEach((c, j) => {
    const at = [...path, 'contacts', j];
    if (!isRecord(c))
      return findings.warn('invalid_contact', at, `A contact should be an object, not ${typeName(c)}; ignored`);
    const name = readText(c, 'name', at, findings, 200);
    const email = readEmail(c, 'email', at, findings);
    const title = readText(c, 'title', at, findings, 1000);
    const contact: Contact = {
      ...(name ? { name } : {}),
      ...(email ? { email } : {}),
      ...phoneOf(c, at),
      ...(title ? { note: title } : {}),
    };
    if (!contact.name && !contact.email && !contact.phone)
      return findings.warn('empty_contact', at, 'A contact with no name, email or phone number; ignored');
    out.push(contact);
  });
  // Service-level phones (common in ORUK feeds) become a contact unless a contact already has the number.
  const servicePhone = phoneOf(svc, path);
  if (servicePhone.phone && !out.some((c) => c.phone === servicePhone.phone)) out.push(servicePhone);
  if (out.length > 20) {
    findings.warn('too_many_contacts', [...path, 'contacts'], `${out.length} contacts; the first 20 are kept`);
    return out.slice(0, 20);
  }
  return out;
}

export type Eligibility = { min?: number; max?: number; text?: string; fields: string };

/** Ages and eligibility text: 3.0 service-level fields, else legacy `eligibilitys[]` (widest range given). */
export function readEligibility(
  svc: Record_,
  attributes: readonly unknown[],
  path: Path,
  findings: Findings,
): Eligibility {
  let min: number | undefined;
  let max: number | undefined;
  let text: string | undefined;
  let fields = 'minimum_age, maximum_age';
  const raw = readText(svc, 'eligibility_description', path, findings, 100_000);
  // Our own export appends a criteria summary; it is not the provider's words, so it is not re-imported.
  text = raw?.split(CRITERIA_HEADING)[0]?.trim() || undefined;
  const given = (v: unknown) => v !== undefined && v !== null;
  if (given(svc.minimum_age) || given(svc.maximum_age)) {
    min = readAge(svc, 'minimum_age', path, findings);
    max = readAge(svc, 'maximum_age', path, findings);
  } else if ('eligibilitys' in svc) {
    fields = 'eligibilitys[].minimum_age, maximum_age';
    const mins: number[] = [];
    const maxes: number[] = [];
    const texts: string[] = [];
    const list = readList(svc, 'eligibilitys', path, findings);
    list.forEach((e, j) => {
      const at = [...path, 'eligibilitys', j];
      if (!isRecord(e))
        return findings.warn('wrong_type', at, `An eligibility should be an object, not ${typeName(e)}; ignored`);
      const lo = readAge(e, 'minimum_age', at, findings);
      const hi = readAge(e, 'maximum_age', at, findings);
      if (lo !== undefined) mins.push(lo);
      if (hi !== undefined) maxes.push(hi);
      const words = readText(e, 'eligibility', at, findings, 1000);
      if (words) texts.push(words);
    });
    if (list.length > 1 && mins.length + maxes.length > 0) {
      findings.warn(
        'several_eligibilities',
        [...path, 'eligibilitys'],
        `${list.length} eligibility entries; the widest age range they give is used`,
      );
    }
    if (mins.length) min = Math.min(...mins);
    if (maxes.length) max = Math.max(...maxes);
    if (!text && texts.length) text = texts.join('; ');
  }
  if (min === 0 && attributeCodes(attributes, ORUK_TAXONOMY.age).includes(PRE_BIRTH_CODE)) min = -1;
  if (min !== undefined && max !== undefined && min > max) {
    findings.warn('age_range_inverted', path, `minimum age ${min} is above maximum age ${max}; ages ignored`);
    min = undefined;
    max = undefined;
  }
  if (text && text.length > 4000) {
    findings.warn(
      'truncated',
      [...path, 'eligibility_description'],
      'The eligibility description is longer than 4000 characters; cut short',
    );
    text = text.slice(0, 4000).trimEnd();
  }
  return {
    ...(min !== undefined ? { min } : {}),
    ...(max !== undefined ? { max } : {}),
    ...(text ? { text } : {}),
    fields,
  };
}

export function ageRequirement(min: number | undefined, max: number | undefined): string {
  const range =
    min === undefined
      ? `For ages up to ${max}`
      : max === undefined
        ? min === -1
          ? 'From before birth'
          : `For ages ${min} and over`
        : min === -1
          ? `From before birth to age ${max}`
          : `For ages ${min} to ${max}`;
  return `${range} (Open Referral UK feed)`;
}

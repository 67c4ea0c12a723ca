import { z } from 'zod';
import { isRecord } from '../../domain';

// Reading untrusted feed JSON field by field: every reader returns a value or says why not, never throws.

export type Path = (string | number)[];
export type Severity = 'error' | 'warning';
/** A finding as data, put into words later: `error` means the record was skipped, `warning` that it was imported with a change. */
export type ImportIssue = {
  readonly code: string;
  readonly path: readonly (string | number)[];
  readonly message: string;
  readonly severity: Severity;
};

export type Record_ = Readonly<Record<string, unknown>>;

/** Collects issues for one record. */
export class Findings {
  readonly issues: ImportIssue[] = [];
  add(severity: Severity, code: string, path: Path, message: string): void {
    this.issues.push({ severity, code, path: [...path], message });
  }
  warn(code: string, path: Path, message: string): void {
    this.add('warning', code, path, message);
  }
}

const present = (v: unknown) => v !== undefined && v !== null;

/** A non-empty trimmed string, or undefined (absent, null, blank); a value of another type is reported. */
export function readText(obj: Record_, key: string, path: Path, findings: Findings, max: number): string | undefined {
  const v = obj[key];
  if (!present(v)) return undefined;
  if (typeof v !== 'string') {
    findings.warn('wrong_type', [...path, key], `"${key}" should be text, not ${typeName(v)}; ignored`);
    return undefined;
  }
  const text = v.trim();
  if (!text) return undefined;
  if (text.length > max) {
    findings.warn('truncated', [...path, key], `"${key}" is longer than ${max} characters; cut short`);
    return text.slice(0, max).trimEnd();
  }
  return text;
}

export function typeName(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'an object';
  return `a ${typeof v}`;
}

/** A list, or [] (absent or null); a value of another type is reported. */
export function readList(obj: Record_, key: string, path: Path, findings: Findings): readonly unknown[] {
  const v = obj[key];
  if (!present(v)) return [];
  if (!Array.isArray(v)) {
    findings.warn('wrong_type', [...path, key], `"${key}" should be a list, not ${typeName(v)}; ignored`);
    return [];
  }
  return v;
}

const emailSchema = z.email().max(320);
const urlSchema = z.url().max(2000);

export function readEmail(obj: Record_, key: string, path: Path, findings: Findings): string | undefined {
  const text = readText(obj, key, path, findings, 1000);
  if (text === undefined) return undefined;
  if (!emailSchema.safeParse(text).success) {
    findings.warn('invalid_email', [...path, key], `"${key}" is not an email address; ignored`);
    return undefined;
  }
  return text;
}

export function readUrl(obj: Record_, key: string, path: Path, findings: Findings): string | undefined {
  const text = readText(obj, key, path, findings, 4000);
  if (text === undefined) return undefined;
  if (!urlSchema.safeParse(text).success || !/^https?:\/\//i.test(text)) {
    findings.warn('invalid_url', [...path, key], `"${key}" is not a web address; ignored`);
    return undefined;
  }
  return text;
}

/** Largest age our schema holds; feeds use 99, 120 or 999 for "no upper limit". */
export const MAX_AGE = 120;

/**
 * An age in whole years. HSDS says number; whole numbers written as text ("12") are read, with a warning.
 * A maximum above 120 means "no upper limit" in many feeds; fractions and negatives are dropped.
 */
export function readAge(obj: Record_, key: string, path: Path, findings: Findings): number | undefined {
  const v = obj[key];
  if (!present(v)) return undefined;
  let n: number;
  if (typeof v === 'number') n = v;
  else if (typeof v === 'string' && /^\s*\d{1,4}\s*$/.test(v)) {
    n = Number(v);
    findings.warn('age_as_text', [...path, key], `"${key}" is text ("${v.trim()}"), not a number; read as ${n}`);
  } else {
    findings.warn('wrong_type', [...path, key], `"${key}" should be a number, not ${typeName(v)}; ignored`);
    return undefined;
  }
  if (!Number.isInteger(n) || n < 0) {
    findings.warn('invalid_age', [...path, key], `"${key}" must be a whole number of years, 0 or more; ignored`);
    return undefined;
  }
  if (n > MAX_AGE) {
    findings.warn('age_no_limit', [...path, key], `"${key}" is ${n}, above ${MAX_AGE}; read as no limit`);
    return undefined;
  }
  return n;
}

/** An id: text, or a whole number (some legacy feeds use numbers). */
export function readId(
  obj: Record_,
  path: Path,
  findings: Findings,
): { id?: string; problem?: 'missing' | 'wrong_type' | 'too_long' } {
  const v = obj.id;
  if (typeof v === 'number' && Number.isSafeInteger(v)) {
    findings.warn('id_as_number', [...path, 'id'], '"id" is a number, not text; read as text');
    return { id: String(v) };
  }
  if (!present(v)) return { problem: 'missing' };
  if (typeof v !== 'string') return { problem: 'wrong_type' };
  const id = v.trim();
  if (!id) return { problem: 'missing' };
  if (id.length > 200) return { problem: 'too_long' };
  return { id };
}

/** The codes of attributes whose taxonomy term belongs to `taxonomy` (3.0 `taxonomy`, legacy `vocabulary`). */
export function attributeCodes(attributes: readonly unknown[], taxonomy: string): string[] {
  const codes: string[] = [];
  for (const attr of attributes) {
    if (!isRecord(attr) || !isRecord(attr.taxonomy_term)) continue;
    const term = attr.taxonomy_term;
    if (term.taxonomy !== taxonomy && term.vocabulary !== taxonomy) continue;
    const code = typeof term.code === 'string' ? term.code : attr.value;
    if (typeof code === 'string' && code.trim()) codes.push(code.trim());
  }
  return codes;
}

/** lower-case-words-with-hyphens, as our ids need; '' when nothing usable is left. */
export function toSlug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

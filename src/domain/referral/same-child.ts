import { isRealIsoDate } from '../common/iso-date';
import { ageInYears } from '../common/london';

/** A child as two referrals can compare them: what referral.json holds, nothing more. */
export type ChildToCompare = {
  readonly name: string;
  /** YYYY-MM-DD, when known. */
  readonly dateOfBirth?: string;
  /** Whole years on the date of the referral, when the date of birth is not known. */
  readonly approximateAge?: number;
};

/** How two records were found to be the same child. */
export type ChildMatch = 'date-of-birth' | 'approximate-age' | 'name-only';

/** A child and the date their details were given (YYYY-MM-DD), which an approximate age is measured on. */
export type ChildOnDate = { readonly child: ChildToCompare; readonly on: string };

/** The words of a name, so "Mary-Jane  O'Brien", "mary jane obrien" and "Mary Jane O’Brien" agree. */
export function nameWords(name: string): string[] {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/['‘’`]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
}

/** The same name, or the same first and last names with a middle name given only once. */
export function sameName(a: string, b: string): boolean {
  const [x, y] = [nameWords(a), nameWords(b)];
  if (x.length === 0 || y.length === 0) return false;
  if (x.join(' ') === y.join(' ')) return true;
  return x.length > 1 && y.length > 1 && x[0] === y[0] && x[x.length - 1] === y[y.length - 1];
}

/** How `a` and `b` are the same child, or undefined when they are not. */
export function sameChild(a: ChildOnDate, b: ChildOnDate): ChildMatch | undefined {
  if (!sameName(a.child.name, b.child.name)) return undefined;
  const [birthA, birthB] = [birthOf(a.child), birthOf(b.child)];
  if (birthA && birthB) return birthA === birthB ? 'date-of-birth' : undefined;
  const [ageA, ageB] = [ageOn(a), ageOn(b)];
  if (ageA === undefined || ageB === undefined) return 'name-only';
  return Math.abs(ageA - ageB) <= 1 ? 'approximate-age' : undefined;
}

function birthOf(child: ChildToCompare): string | undefined {
  const birth = child.dateOfBirth;
  return typeof birth === 'string' && isRealIsoDate(birth) ? birth : undefined;
}

// Each age on its own record's date; the 90-day window keeps the drift between them under a year.
function ageOn(record: ChildOnDate): number | undefined {
  const birth = birthOf(record.child);
  if (birth) return isRealIsoDate(record.on) ? ageInYears(birth, record.on) : undefined;
  const age = record.child.approximateAge;
  return typeof age === 'number' && Number.isFinite(age) && age >= 0 ? age : undefined;
}

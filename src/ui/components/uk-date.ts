// Dates are typed and shown in UK order (DD/MM/YYYY) and stored as YYYY-MM-DD (ui guide, quality bars).
import { MONTH_NAMES, daysInMonth, isRealIsoDate, ukLongDate } from '../../domain';

export type UkDateParse =
  { readonly ok: true; readonly iso: string } | { readonly ok: false; readonly message: string };

const UK_DATE = /^(\d{1,2})\s*[/.\- ]\s*(\d{1,2})\s*[/.\- ]\s*(\d{4})$/;
const pad = (n: number) => String(n).padStart(2, '0');

/** Reads "27/3/2019" (also with . - or spaces) into 2019-03-27, refusing dates that do not exist. */
export function parseUkDate(text: string): UkDateParse {
  const m = UK_DATE.exec(text.trim());
  if (!m) return { ok: false, message: 'Enter the date as day, month and year, like 27/03/2019' };
  const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12) return { ok: false, message: 'The month must be between 1 and 12' };
  if (year < 1900 || year > 2100) return { ok: false, message: 'Enter a year between 1900 and 2100' };
  const last = daysInMonth(year, month);
  if (day < 1 || day > last)
    return { ok: false, message: `${MONTH_NAMES[month - 1]} ${year} has ${last} days: enter a real date` };
  return { ok: true, iso: `${year}-${pad(month)}-${pad(day)}` };
}

/** 2019-03-27 → 27/03/2019; anything else is shown as it was typed. */
export function formatUkDate(value: unknown): string {
  if (typeof value !== 'string') return '';
  return isRealIsoDate(value) ? `${value.slice(8, 10)}/${value.slice(5, 7)}/${value.slice(0, 4)}` : value;
}

/** 2027-03-03 → "3 March 2027", for dates shown in a sentence; undefined when it is not a real date. */
export function formatUkLongDate(value: unknown): string | undefined {
  return typeof value === 'string' && isRealIsoDate(value) ? ukLongDate(value) : undefined;
}

/** The plain-words problem with a stored date value, or undefined when it is a real date (or empty). */
export function dateProblem(value: unknown): string | undefined {
  if (value === undefined || value === '' || (typeof value === 'string' && isRealIsoDate(value))) return undefined;
  return typeof value === 'string' ? parseFailure(value) : 'Enter the date as day, month and year, like 27/03/2019';
}

function parseFailure(text: string): string | undefined {
  const r = parseUkDate(text);
  return r.ok ? undefined : r.message;
}

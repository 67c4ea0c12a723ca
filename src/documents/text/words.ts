// Our own words for dates, answers and sizes, the same in the HTML body and the PDF.
import { ageInYears } from '../../domain';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** `2014-06-02` → `2 June 2014` (UK style); anything else is returned as it is. */
export function ukDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = m ? MONTHS[Number(m[2]) - 1] : undefined;
  return m && month ? `${Number(m[3])} ${month} ${m[1]}` : iso;
}

export const ANSWER_WORDS: Readonly<Record<string, string>> = { yes: 'Yes', no: 'No', 'not-known': 'Not known' };

export const answerWords = (answer: string | undefined): string =>
  answer === undefined ? 'Not answered' : (ANSWER_WORDS[answer] ?? answer);

/** Age in whole years on `today`, or undefined when the date is not usable. */
export function ageOn(dateOfBirth: string | undefined, today: string): number | undefined {
  if (!dateOfBirth) return undefined;
  try {
    const age = ageInYears(dateOfBirth, today);
    return Number.isFinite(age) && age >= 0 ? age : undefined;
  } catch {
    return undefined;
  }
}

export function byteSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** `a`, `a and b`, `a, b and c`. */
export function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

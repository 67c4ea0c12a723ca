// Our own words for dates and answers, the same in the HTML body and the PDF (sizes are the domain's formatBytes).
import { ageInYears, ukLongDate } from '../../domain';

/** `2014-06-02` → `2 June 2014` (UK style); anything else is returned as it is. */
export const ukDate = (iso: string): string => ukLongDate(iso) ?? iso;

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

/** `a`, `a and b`, `a, b and c`. */
export function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

import { londonDateTime } from '../common/london';
import { fromDayNumber, toDayNumber } from './calendar-date';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** The instant a Europe/London calendar day begins (00:00 London), correct in GMT and BST. */
export function startOfLondonDay(date: string): Date {
  return new Date(londonMidnight(toDayNumber(date)));
}

/** The last millisecond of a Europe/London calendar day (23:59:59.999 London). */
export function endOfLondonDay(date: string): Date {
  return new Date(londonMidnight(toDayNumber(date) + 1) - 1);
}

function londonMidnight(day: number): number {
  const date = fromDayNumber(day);
  const utcMidnight = day * DAY_MS;
  // London is UTC+0 or UTC+1 and clocks change at 01:00 UTC, so local midnight is one of these two.
  for (const candidate of [utcMidnight - HOUR_MS, utcMidnight]) {
    const t = londonDateTime(new Date(candidate));
    if (t.date === date && t.hour === 0 && t.minute === 0 && t.second === 0) return candidate;
  }
  return utcMidnight;
}

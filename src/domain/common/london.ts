// Dates the council works in are Europe/London calendar dates, whatever the machine's zone.
// Made on first use: building it loads the time-zone data, 50 ms the card's first screen need not wait for.
let londonParts: Intl.DateTimeFormat | undefined;
const londonFormat = (): Intl.DateTimeFormat =>
  (londonParts ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }));

export type LondonDateTime = { date: string; hour: number; minute: number; second: number };

const HOUR = 3_600_000;

/** 01:00 UTC on the last Sunday of a month: when UK clocks change (EU rule, in force since 1996). */
function lastSundayOneAm(year: number, month: number): number {
  const lastDay = Date.UTC(year, month + 1, 0, 1);
  return lastDay - new Date(lastDay).getUTCDay() * 24 * HOUR;
}

/** London's offset from UTC in ms by the rule since 1996; undefined outside 1996–2099, where Intl decides. */
function ruleOffset(ms: number): number | undefined {
  const year = new Date(ms).getUTCFullYear();
  if (year < 1996 || year > 2099) return undefined;
  return ms >= lastSundayOneAm(year, 2) && ms < lastSundayOneAm(year, 9) ? HOUR : 0;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The Europe/London wall-clock date and time at an instant. */
export function londonDateTime(instant: Date): LondonDateTime {
  const offset = ruleOffset(instant.getTime());
  if (offset !== undefined) {
    // Fast path: this runs on every evaluation (every keystroke); Intl is ~30x slower.
    const d = new Date(instant.getTime() + offset);
    return {
      date: `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`,
      hour: d.getUTCHours(),
      minute: d.getUTCMinutes(),
      second: d.getUTCSeconds(),
    };
  }
  return intlLondonDateTime(instant);
}

/** The same, from the runtime's time-zone database. */
export function intlLondonDateTime(instant: Date): LondonDateTime {
  const parts: Record<string, string> = {};
  for (const p of londonFormat().formatToParts(instant)) parts[p.type] = p.value;
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
}

/** The Europe/London calendar date (YYYY-MM-DD) at an instant. */
export function londonDate(instant: Date): string {
  return londonDateTime(instant).date;
}

/** Whole years from `birth` to `on` (both YYYY-MM-DD); negative when `birth` is after `on` (an expected baby). */
export function ageInYears(birth: string, on: string): number {
  const [by, bm, bd] = birth.split('-').map(Number) as [number, number, number];
  const [oy, om, od] = on.split('-').map(Number) as [number, number, number];
  if (birth > on) return -1;
  let age = oy - by;
  if (om < bm || (om === bm && od < bd)) age -= 1;
  return age;
}

/** Adds whole calendar days to a YYYY-MM-DD date. */
export function addCalendarDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

// Dates the council works in are Europe/London calendar dates, whatever the machine's zone (DESIGN.md §3).
const londonParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

export type LondonDateTime = { date: string; hour: number; minute: number; second: number };

/** The Europe/London wall-clock date and time at an instant. */
export function londonDateTime(instant: Date): LondonDateTime {
  const parts: Record<string, string> = {};
  for (const p of londonParts.formatToParts(instant)) parts[p.type] = p.value;
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


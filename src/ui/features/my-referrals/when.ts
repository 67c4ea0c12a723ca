const WHEN = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/London' });

/** "23 Nov 2026, 10:42" in UK time; a value that is not a date says so. */
export const when = (iso: string): string =>
  Number.isNaN(Date.parse(iso)) ? 'an unknown date' : WHEN.format(new Date(iso));

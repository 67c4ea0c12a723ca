// Types for what scripts/build-bank-holidays.js exports, so its tests are type-checked.
export type BankHolidayTable = {
  about: string;
  firstYear: number;
  lastYear: number;
  /** For each year, its bank holidays keyed by MM-DD. */
  years: Record<string, Record<string, string>>;
};

export const FIRST_YEAR: number;
export const LAST_YEAR: number;
/** Where the committed table is, from the repository's root. */
export const TABLE: string;
export function bankHolidayTable(firstYear?: number, lastYear?: number): BankHolidayTable;
export function serializeTable(table: BankHolidayTable): string;

import { COUNCILS } from './councils';
import type { Council } from './councils';

const byCode = new Map(COUNCILS.map((c) => [c.code, c]));

// Address services and people write a council's name many ways: "LEWISHAM", "London Borough of Lewisham",
// "Hammersmith & Fulham", "Gedling Borough Council". Names are compared without these wrappings.
const PREFIX = /^(?:the )?(?:london borough of|royal borough of|metropolitan borough of|borough of|council of) /;
const SUFFIX = / (?:metropolitan borough|borough|district|county|city)? ?council$/;

function normalise(name: string): string {
  return name
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9 ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(PREFIX, '')
    .replace(SUFFIX, '')
    .trim();
}

const byName = new Map<string, Council>();
for (const c of COUNCILS) for (const n of [c.name, ...(c.aliases ?? [])]) byName.set(normalise(n), c);

/** The council with this ONS code, if it is in the table. */
export function councilByCode(code: string | undefined): Council | undefined {
  // Codes are nearly always written as the table writes them: looked up as they are first, without making new text.
  return code === undefined ? undefined : (byCode.get(code) ?? byCode.get(code.trim().toUpperCase()));
}

/** The council with this name, however it is written ("LEWISHAM", "London Borough of Lewisham"), if in the table. */
export function councilByName(name: string | undefined): Council | undefined {
  if (name === undefined) return undefined;
  const key = normalise(name);
  return key ? byName.get(key) : undefined;
}

/** A council's name for people: its name in the table, else the name recorded with the referral, else undefined. */
export function councilName(code: string | undefined, recordedName?: string): string | undefined {
  return councilByCode(code)?.name ?? (recordedName?.trim() || undefined);
}

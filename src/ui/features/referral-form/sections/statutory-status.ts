// "No statutory involvement" and "Not known" each stand alone; every other status may be held with the others.
const ALONE: ReadonlySet<string> = new Set(['none', 'not-known']);

/**
 * The statuses after a tick: ticking one that stands alone clears the rest, and ticking any other clears those that
 * stand alone, so the list never says "none" and "child protection plan" at once.
 */
export function statusesAfterTick(before: readonly unknown[], after: readonly string[]): string[] {
  const had = new Set(before.map(String));
  const added = after.filter((v) => !had.has(v));
  const alone = added.find((v) => ALONE.has(v));
  if (alone !== undefined) return [alone];
  return added.length ? after.filter((v) => !ALONE.has(v)) : [...after];
}

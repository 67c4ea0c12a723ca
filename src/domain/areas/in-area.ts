import { COUNTY_DISTRICTS } from './councils';

/** True when the council is one of the area's councils, or a district of a county in it. */
export function isInArea(councilCode: string, areaCodes: readonly string[]): boolean {
  // A loop, not `some`: this runs for every area rule a change of council reaches, thousands in an imported feed.
  for (const code of areaCodes) {
    if (code === councilCode || COUNTY_DISTRICTS[code]?.includes(councilCode)) return true;
  }
  return false;
}

import { COUNTY_DISTRICTS } from './councils';

/** True when the council is one of the area's councils, or a district of a county in it. */
export function isInArea(councilCode: string, areaCodes: readonly string[]): boolean {
  return areaCodes.some((code) => code === councilCode || (COUNTY_DISTRICTS[code]?.includes(councilCode) ?? false));
}

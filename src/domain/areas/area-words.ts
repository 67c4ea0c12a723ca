import { councilName } from './find-council';

/** "Lewisham", "Lewisham or Southwark", "Gateshead, Sunderland or Northumberland". */
export function orList(words: readonly string[]): string {
  if (words.length <= 1) return words[0] ?? '';
  return `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`;
}

/** The area in words: its own name, or its councils' names. */
export function areaWords(area: { readonly councils: readonly string[]; readonly name?: string | undefined }): string {
  return area.name ?? orList(area.councils.map((code) => councilName(code) ?? code));
}

/** Who an area is for and where, as a rule: "For families who live in Lewisham". */
export function areaRequirement(area: {
  readonly councils: readonly string[];
  readonly name?: string | undefined;
  readonly who?: 'family' | 'child' | undefined;
  readonly school?: true | undefined;
}): string {
  const where = areaWords(area);
  if (area.who !== 'child') return `For families who live in ${where}`;
  return area.school
    ? `For children and young people who live or go to school or nursery in ${where}`
    : `For children and young people who live in ${where}`;
}

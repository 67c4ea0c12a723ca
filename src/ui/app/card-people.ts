import { ageInYears, isRealIsoDate } from '../../domain';

export type CardPerson = { readonly id: string; readonly kind: 'child' | 'adult'; readonly name: string; readonly age?: number };

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The people of a draft as the services panel shows them: name and age in whole years (Europe/London today). */
export function cardPeople(people: unknown, today: string): CardPerson[] {
  return (Array.isArray(people) ? people : []).filter(isRecord).flatMap((p): CardPerson[] => {
    if (typeof p.id !== 'string' || (p.kind !== 'child' && p.kind !== 'adult')) return [];
    const dob = p.dateOfBirth;
    const age = typeof dob === 'string' && isRealIsoDate(dob) ? ageInYears(dob, today) : undefined;
    return [{ id: p.id, kind: p.kind, name: typeof p.name === 'string' ? p.name : '', ...(age !== undefined ? { age } : {}) }];
  });
}

import { ageInYears, isRealIsoDate, isRecord } from '../../domain';
import type { PanelPerson } from '../features/eligibility/eligibility-filters';

/** The services panel's person (its filters and rows are what read it). */
export type CardPerson = PanelPerson;

type Age = Pick<CardPerson, 'age' | 'due' | 'dueFromDateOfBirth'>;

const realDate = (v: unknown): v is string => typeof v === 'string' && isRealIsoDate(v);

// Mirrors the engine's `child.age` fact (src/domain/facts/core-facts.ts) so the filter agrees with the verdicts.
function childAge(p: Record<string, unknown>, today: string): Age {
  if (realDate(p.dateOfBirth)) {
    const age = ageInYears(p.dateOfBirth, today);
    return age < 0 ? { age: -1, due: p.dateOfBirth, dueFromDateOfBirth: true } : { age };
  }
  return realDate(p.expectedDate) ? { age: -1, due: p.expectedDate } : {};
}

function adultAge(p: Record<string, unknown>, today: string): Age {
  const age = realDate(p.dateOfBirth) ? ageInYears(p.dateOfBirth, today) : -1;
  return age >= 0 ? { age } : {};
}

/** The people of a draft as the services panel shows them: name and age in whole years (Europe/London today). */
export function cardPeople(people: unknown, today: string): CardPerson[] {
  return (Array.isArray(people) ? people : []).filter(isRecord).flatMap((p): CardPerson[] => {
    if (typeof p.id !== 'string' || (p.kind !== 'child' && p.kind !== 'adult')) return [];
    const age = p.kind === 'child' ? childAge(p, today) : adultAge(p, today);
    return [{ id: p.id, kind: p.kind, name: typeof p.name === 'string' ? p.name : '', ...age }];
  });
}

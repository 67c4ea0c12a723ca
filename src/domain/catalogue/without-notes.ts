import type { Criterion } from '../criteria/criterion.schema';
import type { Catalogue, RuleSet } from './catalogue.schema';

type WithNotes = { notes?: string };

function drop<T extends WithNotes>(value: T): T {
  if (value.notes === undefined) return value;
  const { notes: _notes, ...rest } = value;
  return rest as T;
}

const criteria = (list: readonly Criterion[]): Criterion[] => list.map(drop);
const ruleSet = (r: RuleSet): RuleSet => ({ ...r, criteria: criteria(r.criteria) });

/** The catalogue the card and the documents get: authoring notes are for the people who maintain it. */
export function withoutNotes(catalogue: Catalogue): Catalogue {
  return {
    ...catalogue,
    providers: catalogue.providers.map(drop),
    services: catalogue.services.map((s) => ({ ...drop(s), criteria: criteria(s.criteria) })),
    ruleSets: catalogue.ruleSets.map(ruleSet),
  };
}

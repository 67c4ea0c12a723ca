import type { FactDefinition, FactReading } from '../facts/fact';
import { CORE_FACT_STATEMENTS, statementOf } from '../facts/fact-statements';
import type { StatementWords } from '../facts/fact-statements';
import { CORE_FACTS } from '../facts/core-facts';
import { answerFact, dateFact, multiFact, numberFact, choiceFact } from '../facts/readers';
import type { Catalogue, Question } from './catalogue.schema';

export const QUESTION_FACT_PREFIX = 'answers.';

const vocabularyOf = (q: Question) => Object.fromEntries((q.options ?? []).map((o) => [o.value, o.label]));

function questionFact(q: Question): FactDefinition {
  const spec = {
    id: `${QUESTION_FACT_PREFIX}${q.id}`,
    label: q.label,
    path: ['answers', q.id],
    ...(q.hint ? { hint: q.hint } : {}),
  };
  switch (q.type) {
    case 'answer':
      return answerFact(spec);
    case 'number':
      return numberFact(spec, -1e9, 1e9);
    case 'choice':
      return choiceFact(spec, vocabularyOf(q));
    case 'multi':
      return multiFact(spec, vocabularyOf(q));
    case 'date':
      return dateFact(spec);
  }
}

// Labels for the "add a person" facts person criteria ask for when the service names nobody.
const PEOPLE_FACT_LABELS: Record<string, string> = {
  'people.child': 'Add the child or young person this service is for',
  'people.adult': 'Add the adult this service is for',
};

export type FactRegistry = {
  readonly facts: ReadonlyMap<string, FactDefinition>;
  label(factId: string): string;
  /** What a reading of the fact states in plain words (fact-statements.ts); undefined while unanswered. */
  statement(factId: string, reading: FactReading): string | undefined;
};

const cache = new WeakMap<Catalogue, FactRegistry>();

/** Core facts plus one fact per catalogue question; built once per catalogue object. */
export function factRegistryFor(catalogue: Catalogue): FactRegistry {
  const hit = cache.get(catalogue);
  if (hit) return hit;
  const facts = new Map(CORE_FACTS);
  for (const q of catalogue.questions) facts.set(`${QUESTION_FACT_PREFIX}${q.id}`, questionFact(q));
  const words = new Map<string, StatementWords>(Object.entries(CORE_FACT_STATEMENTS));
  for (const q of catalogue.questions) if (q.statements) words.set(`${QUESTION_FACT_PREFIX}${q.id}`, q.statements);
  const serviceNames = new Map(catalogue.services.map((s) => [s.id, s.name]));
  const registry: FactRegistry = {
    facts,
    label: (id) => facts.get(id)?.label ?? PEOPLE_FACT_LABELS[id] ?? id,
    statement: (id, reading) => {
      const def = facts.get(id);
      return def && statementOf(def, reading, words.get(id), (v) => serviceNames.get(v));
    },
  };
  cache.set(catalogue, registry);
  return registry;
}

// Which questions to ask: the facts the engine reports missing for the chosen services (or, before any is chosen,
// for every service still open to the family). Generic over facts: no service is named here.
import { factRegistryFor, isRecord } from '../../../../domain';
import type { Catalogue, Evaluation, FactDefinition, MissingFact } from '../../../../domain';
import type { FieldPath } from '../../../components/field-id';
import { pathKey } from '../../../components/field-id';

export type PlannedQuestion = {
  readonly key: string;
  readonly def: FactDefinition;
  readonly personId?: string;
  /** Where the answer is written in the referral. */
  readonly path: FieldPath;
  /** The services waiting on this answer. */
  readonly serviceIds: readonly string[];
};
export type PersonRequest = {
  readonly kind: 'child' | 'adult';
  readonly label: string;
  readonly serviceIds: readonly string[];
};
export type QuestionGroup = {
  readonly key: string;
  readonly personId?: string;
  readonly questions: readonly PlannedQuestion[];
};
export type QuestionPlan = {
  /** 'chosen': for the services in the package; 'candidates': nothing chosen yet, for the services still open. */
  readonly mode: 'chosen' | 'candidates';
  readonly addPeople: readonly PersonRequest[];
  readonly groups: readonly QuestionGroup[];
  readonly total: number;
  readonly shown: number;
};
export type PlanInput = {
  readonly evaluation: Evaluation;
  readonly referral: unknown;
  readonly catalogue: Catalogue;
  /** How many questions to show at most (the rest behind "Show all"). */
  readonly limit: number;
  /** A question to keep while the referrer is still in it, though its answer is now in. */
  readonly keep?: PlannedQuestion;
};

const PEOPLE_FACTS: Readonly<Record<string, 'child' | 'adult'>> = { 'people.child': 'child', 'people.adult': 'adult' };

function missingBySource(input: PlanInput): { mode: QuestionPlan['mode']; sources: [MissingFact, string[]][] } {
  const services = isRecord(input.referral) && Array.isArray(input.referral.services) ? input.referral.services : [];
  const chosen = new Set(
    services
      .filter(isRecord)
      .map((s) => s.serviceId)
      .filter((id): id is string => typeof id === 'string'),
  );
  const mode = chosen.size ? 'chosen' : 'candidates';
  const results = input.evaluation.results.filter((r) =>
    mode === 'chosen' ? chosen.has(r.serviceId) : r.verdict !== 'ineligible',
  );
  const sources: [MissingFact, string[]][] = results.flatMap((r) =>
    r.missing.map((m): [MissingFact, string[]] => [m, [r.serviceId]]),
  );
  if (mode === 'chosen') {
    for (const f of input.evaluation.package) {
      const ids = f.serviceIds.filter((id) => chosen.has(id));
      if (ids.length) sources.push(...f.missing.map((m): [MissingFact, string[]] => [m, ids]));
    }
  }
  return { mode, sources };
}

export function planQuestions(input: PlanInput): QuestionPlan {
  const { facts } = factRegistryFor(input.catalogue);
  const people = (isRecord(input.referral) && Array.isArray(input.referral.people) ? input.referral.people : []).filter(
    isRecord,
  );
  const { mode, sources } = missingBySource(input);
  const adds = new Map<'child' | 'adult', { label: string; ids: Set<string> }>();
  const asked = new Map<string, { def: FactDefinition; personId?: string; path: FieldPath; ids: Set<string> }>();
  for (const [m, serviceIds] of sources) {
    const kind = PEOPLE_FACTS[m.fact];
    if (kind) {
      const add = adds.get(kind) ?? { label: m.label, ids: new Set<string>() };
      serviceIds.forEach((id) => add.ids.add(id));
      adds.set(kind, add);
      continue;
    }
    const def = facts.get(m.fact);
    if (!def) continue;
    const index = m.personId === undefined ? -1 : people.findIndex((p) => p.id === m.personId);
    if (def.scope !== 'family' && index < 0) continue;
    const path = def.scope === 'family' ? def.path : ['people', index, ...def.path];
    // One question per place in the referral it writes: a fact about one person is asked once for them.
    const key = pathKey(path);
    const entry = asked.get(key) ?? {
      def,
      ...(def.scope === 'family' ? {} : { personId: m.personId! }),
      path,
      ids: new Set<string>(),
    };
    serviceIds.forEach((id) => entry.ids.add(id));
    asked.set(key, entry);
  }
  let list: PlannedQuestion[] = [...asked].map(([key, e]) => ({
    key,
    def: e.def,
    path: e.path,
    serviceIds: [...e.ids],
    ...(e.personId ? { personId: e.personId } : {}),
  }));
  // Before anything is chosen, ask first what decides the most services.
  if (mode === 'candidates')
    list = list
      .map((q, i) => [q, i] as const)
      .sort((a, b) => b[0].serviceIds.length - a[0].serviceIds.length || a[1] - b[1])
      .map(([q]) => q);
  const total = list.length;
  let shown = list.slice(0, input.limit);
  // A kept question whose person has gone (or moved) would write to someone else: drop it.
  const keep =
    input.keep && (!input.keep.personId || people[Number(input.keep.path[1])]?.id === input.keep.personId)
      ? input.keep
      : undefined;
  if (keep && !shown.some((q) => q.key === keep.key)) shown = [...shown, list.find((q) => q.key === keep.key) ?? keep];
  return {
    mode,
    addPeople: [...adds].map(([kind, a]) => ({ kind, label: a.label, serviceIds: [...a.ids] })),
    groups: groupByPerson(shown, people),
    total,
    shown: shown.length,
  };
}

/** The family's questions first, then each person's, in the order people were added. */
function groupByPerson(
  questions: readonly PlannedQuestion[],
  people: readonly Record<string, unknown>[],
): QuestionGroup[] {
  const order = ['', ...people.map((p) => String(p.id))];
  const groups = new Map<string, PlannedQuestion[]>();
  for (const q of questions) groups.set(q.personId ?? '', [...(groups.get(q.personId ?? '') ?? []), q]);
  return [...groups]
    .sort(([a], [b]) => order.indexOf(a) - order.indexOf(b))
    .map(([personId, qs]) => ({ key: personId || 'family', ...(personId ? { personId } : {}), questions: qs }));
}

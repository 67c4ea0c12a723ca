import type { Catalogue, Service } from '../catalogue/catalogue.schema';
import type { FactRegistry } from '../catalogue/fact-registry';
import type { Criterion, CriterionResult, Reason, Target } from '../criteria';
import { kindOf } from '../criteria/kinds';
import type { Judged, PersonScope } from '../criteria/kind';
import type { PersonRule } from '../criteria/same-person';
import { packageKindOf } from '../criteria/package/rules';
import type { Finding, PackageEnv } from '../criteria/package/rules';
import type { FactReading } from '../facts/fact';
import { isRecord } from '../common/is-record';
import type { RequestedEntry } from './requested-services';
import { unknownServiceFindings } from './unknown-services';
import type { Verdict } from './evaluation';

// What the engine and its reference (the oracle its tests compare it with) share: reading people from untrusted
// input, the result of a criterion that throws, the verdict, and the package's findings.

/** Reported for a person to check when a criterion throws: it must never take the verdict down with it. */
export const couldNotCheck = (c: Criterion): CriterionResult => ({
  status: 'review',
  reason: {
    code: `${c.id}.error`,
    status: 'review',
    message: `Could not check: ${c.requirement}`,
    citation: c.citation,
  },
  missing: [],
});

/** `couldNotCheck`'s status, weighed without words: a criterion that throws offers no alternatives. */
export const UNCHECKED: Judged = Object.freeze({ status: 'review', missing: Object.freeze([]), unchecked: true });

/** The result of `run`, or the result for a person to check when it throws. */
export function checked<R>(c: Criterion, run: () => R, wrap: (r: CriterionResult) => R): R {
  try {
    return run();
  } catch {
    return wrap(couldNotCheck(c));
  }
}

/** A service's criteria about one kind of person, judged together so that one person must meet them all. */
export type PersonGroup = {
  readonly who: PersonScope;
  readonly at: readonly number[];
  readonly rules: readonly PersonRule[];
};

/** A service's criteria about one person, by scope; each judge reports a criterion that throws instead of throwing. */
export function personGroups(criteria: readonly Criterion[]): PersonGroup[] {
  const groups = new Map<PersonScope, { at: number[]; rules: PersonRule[] }>();
  criteria.forEach((c, i) => {
    const kind = kindOf(c);
    const who = kind.personScope?.(c);
    const judgeOne = kind.evaluatePerson;
    if (!who || !judgeOne) return;
    const group = groups.get(who) ?? { at: [], rules: [] };
    groups.set(who, group);
    group.at.push(i);
    // A plain try rather than `checked`: this runs per person per criterion, and closures would be made for each.
    const judge: PersonRule['judge'] = (env, person) => {
      try {
        return judgeOne(c, env, person);
      } catch {
        return couldNotCheck(c);
      }
    };
    const statusOne = kind.statusOfPerson ?? judgeOne;
    const status: PersonRule['status'] = (env, person) => {
      try {
        return statusOne(c, env, person);
      } catch {
        return UNCHECKED;
      }
    };
    group.rules.push({ criterion: c, judge, status });
  });
  return [...groups].map(([who, g]) => ({ who, ...g }));
}

/** The people in untrusted input that have a usable id and kind. */
export function peopleIn(input: unknown): Target[] {
  const people = isRecord(input) && Array.isArray(input.people) ? input.people : [];
  const seen = new Set<string>();
  const out: Target[] = [];
  for (const p of people) {
    if (!isRecord(p) || typeof p.id !== 'string' || seen.has(p.id)) continue;
    if (p.kind !== 'child' && p.kind !== 'adult') continue;
    seen.add(p.id);
    out.push({ id: p.id, kind: p.kind, record: p });
  }
  return out;
}

export function verdictOf(results: readonly CriterionResult[]): Verdict {
  if (results.some((r) => r.status === 'not-met')) return 'ineligible';
  if (results.some((r) => r.status === 'missing')) return 'incomplete';
  if (results.some((r) => r.status === 'review')) return 'review';
  return 'eligible';
}

/** The one reason of a service that lists no criteria. */
export const noCriteria = (service: Service): Reason => ({
  code: 'catalogue.no-criteria',
  status: 'review',
  message: 'This service lists no criteria; ask the service.',
  citation: service.citations[0]!,
});

/** Findings about the package as a whole: unknown services, then each package rule's (a rule that throws is skipped). */
export function packageFindings(
  catalogue: Catalogue,
  requested: readonly RequestedEntry[],
  people: readonly Target[],
  read: (factId: string) => FactReading,
  registry: FactRegistry,
  known?: { has(id: string): boolean },
): Finding[] {
  const packageEnv: PackageEnv = {
    requested: requested.filter((r) => !r.advice),
    isChild: (id) => people.some((p) => p.id === id && p.kind === 'child'),
    read,
    label: registry.label,
  };
  return [
    ...unknownServiceFindings(requested, catalogue, known),
    ...catalogue.packageRules.flatMap((rule) => {
      try {
        return packageKindOf(rule).evaluate(rule, packageEnv);
      } catch {
        return [];
      }
    }),
  ];
}

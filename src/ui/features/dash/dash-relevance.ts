// When to show the DASH checklist: a chosen (or candidate) service whose criteria read a DASH fact or a
// domestic-abuse fact. Found from the criteria themselves via each kind's `facts()`, never a hand-kept list.
import { kindOf } from '../../../domain';
import type { Catalogue, Criterion } from '../../../domain';

/** Facts about domestic abuse outside the DASH checklist that make the checklist worth filling in. */
export const DOMESTIC_ABUSE_FACTS: readonly string[] = [
  'risks.perpetratorInHome',
  'risks.postSeparationAbuse',
  'adult.abuseRole',
];

const isDashFact = (fact: string) => fact.startsWith('dash.') || DOMESTIC_ABUSE_FACTS.includes(fact);

type Relevance = { readonly dash: ReadonlySet<string>; readonly marac: ReadonlySet<string> };

const cache = new WeakMap<Catalogue, Relevance>();

function reads(c: Criterion, fact: (id: string) => boolean): boolean {
  try {
    return kindOf(c).facts(c).some(fact);
  } catch {
    return false;
  }
}

// The MARAC criteria are the DASH checklist's own answers (its count, judgement, incidents, previous MARAC).
const isChecklistFact = (fact: string) => fact.startsWith('dash.');

function relevanceOf(catalogue: Catalogue): Relevance {
  const hit = cache.get(catalogue);
  if (hit) return hit;
  const ruleSets = new Map(catalogue.ruleSets.map((r) => [r.id, r.criteria]));
  const dash = new Set<string>();
  const marac = new Set<string>();
  for (const s of catalogue.services) {
    const criteria = [...s.ruleSets.flatMap((id) => ruleSets.get(id) ?? []), ...s.criteria];
    if (criteria.some((c) => reads(c, isDashFact))) dash.add(s.id);
    if (criteria.some((c) => reads(c, isChecklistFact))) marac.add(s.id);
  }
  const relevance = { dash, marac };
  cache.set(catalogue, relevance);
  return relevance;
}

/** The ids of the services whose criteria (their shared rule sets included) read a DASH or domestic-abuse fact. */
export function dashRelevantServices(catalogue: Catalogue): ReadonlySet<string> {
  return relevanceOf(catalogue).dash;
}

/** The ids of the MARAC services: those whose criteria read the DASH checklist's answers themselves. */
export function maracServices(catalogue: Catalogue): ReadonlySet<string> {
  return relevanceOf(catalogue).marac;
}

/** True when any of `serviceIds` is a service whose criteria read a DASH or domestic-abuse fact. */
export function isDashRelevant(catalogue: Catalogue, serviceIds: Iterable<string>): boolean {
  const relevant = dashRelevantServices(catalogue);
  for (const id of serviceIds) if (relevant.has(id)) return true;
  return false;
}

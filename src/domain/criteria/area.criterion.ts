import { areaWords } from '../areas/area-words';
import { councilName } from '../areas/find-council';
import { isInArea } from '../areas/in-area';
import type { AreaCriterion } from './area.criterion.schema';
import { DECIDED, met, missingFrom, notMet, reasonOf } from './kind';
import type { CriterionEnv, CriterionKind, CriterionResult, Judged, Target } from './kind';
import { evaluateTogether, weighTogether } from './same-person';
import type { PersonRule } from './same-person';

/** A place as the referral records it: a council (by code, or only by name when not in the table), or none yet. */
type Place = { readonly code?: string; readonly name: string };
/** Where a child lives or goes to school: a place, "not the family's council", answered "not known", or not said. */
type ChildPlace = Place | 'elsewhere' | 'not-known' | 'unknown';

const FAMILY_FACTS = ['family.councilCode', 'family.councilName'] as const;
const CHILD_FACTS = ['child.councilCode', 'child.livesInBorough', 'child.schoolCouncilCode', 'child.schoolInBorough'];
const NOT_LISTED = 'a council area outside those the card lists';

const knownString = (env: CriterionEnv, factId: string, person?: Target): string | undefined => {
  const r = env.read(factId, person);
  if (r.state === 'not-known') return 'not-known';
  return r.state === 'known' && typeof r.value === 'string' && r.value.trim() ? r.value.trim() : undefined;
};
const placeOf = (code: string): Place => ({ code, name: councilName(code) ?? NOT_LISTED });

/** The family's council: by code (named from the table), or by the name recorded when it is not in the table. */
export function familyPlace(env: CriterionEnv): Place | undefined {
  const code = knownString(env, 'family.councilCode');
  const name = knownString(env, 'family.councilName');
  if (code && code !== 'not-known') return { code, name: councilName(code, name) ?? NOT_LISTED };
  return name && name !== 'not-known' ? { name } : undefined;
}

const missing = (c: AreaCriterion, facts: readonly string[], env: CriterionEnv, personId?: string) => ({
  status: 'missing' as const,
  reason: reasonOf(c, 'missing'),
  missing: missingFrom(facts, env.label, personId),
});

const review = (c: AreaCriterion, message: string): CriterionResult => ({
  status: 'review',
  reason: reasonOf(c, 'review', message),
  missing: [],
});

const inArea = (c: AreaCriterion, place: ChildPlace | undefined): boolean =>
  typeof place === 'object' && place.code !== undefined && isInArea(place.code, c.councils);
const inReview = (c: AreaCriterion, place: ChildPlace | undefined): boolean =>
  typeof place === 'object' &&
  place.code !== undefined &&
  c.review !== undefined &&
  isInArea(place.code, c.review.councils);

/** The family-level test: the family's council is in the area, in a review area, or neither. */
function familyResult(c: AreaCriterion, env: CriterionEnv): CriterionResult {
  const place = familyPlace(env);
  if (!place) return missing(c, ['family.councilCode'], env);
  if (inArea(c, place)) return met(c, `Lives in ${place.name}`);
  if (inReview(c, place)) return review(c, `The family lives in ${place.name}. ${c.review!.reason}`);
  return notMet(c, `The family lives in ${place.name}; this service is for families in ${areaWords(c)}.`);
}

/** `familyResult`'s status without words. */
function familyStatus(c: AreaCriterion, env: CriterionEnv): Judged {
  const place = familyPlace(env);
  if (!place) return { status: 'missing', missing: missingFrom(['family.councilCode'], env.label) };
  if (inArea(c, place)) return DECIDED.met;
  if (inReview(c, place)) return DECIDED.review;
  return DECIDED[c.otherwise === 'review' ? 'review' : 'not-met'];
}

/** A child's own council where recorded, else the family's unless the referrer says the child lives elsewhere. */
function residenceOf(env: CriterionEnv, child: Target, family: Place | undefined): ChildPlace {
  const own = knownString(env, 'child.councilCode', child);
  if (own && own !== 'not-known') return placeOf(own);
  const answer = knownString(env, 'child.livesInBorough', child);
  if (answer === 'no') return 'elsewhere';
  if (answer === 'not-known') return 'not-known';
  return family ?? 'unknown';
}

/** The council of the child's school or nursery where recorded, else read against the family's. */
function schoolOf(env: CriterionEnv, child: Target, family: Place | undefined): ChildPlace {
  const own = knownString(env, 'child.schoolCouncilCode', child);
  if (own && own !== 'not-known') return placeOf(own);
  const answer = knownString(env, 'child.schoolInBorough', child);
  if (answer === 'yes') return family ?? 'unknown';
  return answer === 'no' ? 'elsewhere' : answer === 'not-known' ? 'not-known' : 'unknown';
}

const nameOf = (child: Target): string =>
  typeof child.record.name === 'string' && child.record.name.trim() ? child.record.name.trim() : 'A child';

/** "Jo lives in Lewisham and goes to school outside Lewisham": the words of a child outside the area. */
function outsideWords(c: AreaCriterion, child: Target, home: ChildPlace, school: ChildPlace, family?: Place): string {
  const familyName = family?.name ?? "the family's council area";
  const lives = typeof home === 'object' ? `lives in ${home.name}` : `does not live in ${familyName}`;
  if (!c.school) return `${nameOf(child)} ${lives}`;
  const goes =
    typeof school === 'object'
      ? `goes to school or nursery in ${school.name}`
      : school === 'elsewhere'
        ? `goes to school or nursery outside ${familyName}`
        : `no school or nursery in ${areaWords(c)} is recorded`;
  return `${nameOf(child)} ${lives}${school === 'unknown' ? ', and ' : ' and '}${goes}`;
}

const forWhom = (c: AreaCriterion) =>
  `this service is for children and young people who live${c.school ? ' or go to school or nursery' : ''} in ${areaWords(c)}`;

/** Where one child stands against the area: the one decision both the status and the words come from. */
type ChildDecision =
  | { readonly is: 'lives-in' | 'school-in' | 'lives-in-review'; readonly place: Place }
  | { readonly is: 'ask-family' | 'ask-school' | 'not-known' }
  | { readonly is: 'outside'; readonly home: ChildPlace; readonly school: ChildPlace; readonly family?: Place };

function decideChild(c: AreaCriterion, env: CriterionEnv, child: Target): ChildDecision {
  const family = familyPlace(env);
  const home = residenceOf(env, child, family);
  const school = c.school ? schoolOf(env, child, family) : 'unknown';
  if (inArea(c, home)) return { is: 'lives-in', place: home as Place };
  if (inArea(c, school)) return { is: 'school-in', place: school as Place };
  if (inReview(c, home)) return { is: 'lives-in-review', place: home as Place };
  // The family's council decides both where the child lives (by default) and where "in the borough" is.
  if (!family && (home === 'unknown' || school === 'unknown')) return { is: 'ask-family' };
  if (c.school && school === 'unknown' && inArea(c, family)) return { is: 'ask-school' };
  if (home === 'not-known' || school === 'not-known') return { is: 'not-known' };
  return family ? { is: 'outside', home, school, family } : { is: 'outside', home, school };
}

/** One child's status against the area, without words. */
function areaStatusForChild(c: AreaCriterion, env: CriterionEnv, child: Target): Judged {
  const decision = decideChild(c, env, child);
  switch (decision.is) {
    case 'lives-in':
    case 'school-in':
      return DECIDED.met;
    case 'ask-family':
      return { status: 'missing', missing: missingFrom(['family.councilCode'], env.label) };
    case 'ask-school':
      return { status: 'missing', missing: missingFrom(['child.schoolInBorough'], env.label, child.id) };
    case 'outside':
      return DECIDED[c.otherwise === 'review' ? 'review' : 'not-met'];
    default:
      return DECIDED.review;
  }
}

/**
 * The child-level test for one child: lives in the area (their own council, else the family's), or, where the
 * service says so, goes to school or nursery there.
 */
export function areaForChild(c: AreaCriterion, env: CriterionEnv, child: Target): CriterionResult {
  const decision = decideChild(c, env, child);
  switch (decision.is) {
    case 'lives-in':
      return met(c, `${nameOf(child)} lives in ${decision.place.name}`);
    case 'school-in':
      return met(c, `${nameOf(child)} goes to school or nursery in ${decision.place.name}`);
    case 'lives-in-review':
      return review(c, `${nameOf(child)} lives in ${decision.place.name}. ${c.review!.reason}`);
    case 'ask-family':
      return missing(c, ['family.councilCode'], env);
    case 'ask-school':
      return missing(c, ['child.schoolInBorough'], env, child.id);
    case 'not-known':
      return review(
        c,
        `It is not known whether they live${c.school ? ' or go to school or nursery' : ''} in ${areaWords(c)}. ${c.requirement}`,
      );
    default:
      return notMet(c, `${outsideWords(c, child, decision.home, decision.school, decision.family)}; ${forWhom(c)}.`);
  }
}

/** A child-level area judged alone: as a group of one. */
const together = <R>(
  c: AreaCriterion,
  env: CriterionEnv,
  judge: (rules: readonly PersonRule[], who: 'child', env: CriterionEnv) => readonly R[],
): R => {
  const rule: PersonRule = {
    criterion: c,
    judge: (e, p) => areaForChild(c, e, p),
    status: (e, p) => areaStatusForChild(c, e, p),
  };
  return judge([rule], 'child', env)[0]!;
};

export const areaKind: CriterionKind<AreaCriterion> = {
  kind: 'area',
  readsPeople: true,
  facts: (c) => (c.who === 'child' ? [...FAMILY_FACTS, ...CHILD_FACTS] : [...FAMILY_FACTS]),
  // A child-level area is judged with the service's other rules about a child: one child must meet them all.
  personScope: (c) => (c.who === 'child' ? 'child' : undefined),
  evaluatePerson: areaForChild,
  statusOfPerson: areaStatusForChild,
  evaluate: (c, env) => (c.who === 'child' ? together(c, env, evaluateTogether) : familyResult(c, env)),
  statusOf: (c, env) => (c.who === 'child' ? together(c, env, weighTogether) : familyStatus(c, env)),
};

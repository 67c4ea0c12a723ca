// Previous support is one list in the referral; rules that need a service used first read it here, by service id.
import { isRecord } from '../common/is-record';
import type { FactDefinition } from './fact';
import { MISSING, known, valueAt } from './fact';
import { derivedFact } from './readers';

const WORKSHOPS = [
  'notts.triple-p-workshops',
  'notts.lego-therapy-workshop',
  'notts.conflict-workshop',
  'notts.calming-adhd-workshop',
  'notts.understanding-asd-workshop',
  'notts.understanding-teenagers-workshop',
];
const PARENTING_GROUPS = [
  'notts.nvr-group',
  'notts.strengthening-families',
  'notts.123-magic',
  'notts.solihull',
  'notts.epec',
];

/**
 * Version 1 asked Nottinghamshire families what they had used by kind (GFPO Appendix 1: "webinars, drop-in clinics
 * and/or a relevant workshop"), in the answer `notts.prior-support`. A draft or file from then keeps its answer, read
 * as the GFPO services of that kind: the rules only ask whether any one of them was used.
 */
export const V1_PRIOR_SUPPORT: Readonly<Record<string, readonly string[]>> = {
  webinar: ['notts.online-resources'],
  'drop-in-clinic': ['notts.drop-in-clinic'],
  workshop: WORKSHOPS,
  'parenting-group': PARENTING_GROUPS,
  none: [],
};

function fromVersion1(referral: unknown): string[] | undefined {
  const answer = valueAt(referral, ['answers', 'notts.prior-support']);
  if (!Array.isArray(answer)) return undefined;
  return answer.flatMap((kind) => (typeof kind === 'string' ? (V1_PRIOR_SUPPORT[kind] ?? []) : []));
}

/**
 * The catalogue services the family has used before, from `support.previous` (an entry written only as free text
 * names no service, so it counts for no rule); unanswered until that list is filled in, even as empty.
 */
export const previousServicesFact: FactDefinition = derivedFact(
  {
    id: 'support.previousServices',
    label: 'What support has the family had before? Choose each service from the list where it is there',
    type: 'multi',
    path: ['support', 'previous'],
  },
  (referral) => {
    const previous = valueAt(referral, ['support', 'previous']);
    const old = fromVersion1(referral);
    if (!Array.isArray(previous) && !old) return MISSING;
    const ids = (Array.isArray(previous) ? previous : [])
      .filter(isRecord)
      .map((entry) => entry.serviceId)
      .filter((id): id is string => typeof id === 'string' && id.length > 0);
    return known([...new Set([...ids, ...(old ?? [])])]);
  },
);

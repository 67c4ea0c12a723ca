// Whether the package can be filed: every chosen service (advice requests aside) eligible or for the service to
// decide, no blocking package finding, and every field valid. Filing itself is the filing feature's.
import { isOutOfArea, requestedServices } from '../../domain';
import type { Catalogue, Evaluation, Service, Verdict } from '../../domain';
import type { FieldIssue } from '../features/referral-form';

export type ChosenService = {
  readonly serviceId: string;
  readonly name: string;
  readonly verdict?: Verdict;
  readonly advice: boolean;
};

export type Readiness = {
  readonly filable: boolean;
  readonly chosen: readonly ChosenService[];
  /** What stops filing, in words. */
  readonly problems: readonly string[];
  /** Worth knowing, but not stopping filing (advice findings, services without a mailbox). */
  readonly notes: readonly string[];
};

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function filingReadiness(
  referral: unknown,
  evaluation: Evaluation,
  catalogue: Catalogue,
  issues: readonly FieldIssue[],
): Readiness {
  const services = new Map(catalogue.services.map((s) => [s.id, s]));
  const verdicts = new Map(evaluation.results.map((r) => [r.serviceId, r.verdict]));
  const chosen = requestedServices(getServices(referral)).map((r): ChosenService => {
    const verdict = verdicts.get(r.serviceId);
    return {
      serviceId: r.serviceId,
      name: services.get(r.serviceId)?.name ?? r.serviceId,
      advice: r.advice,
      ...(verdict ? { verdict } : {}),
    };
  });
  const problems: string[] = [];
  const notes: string[] = [];
  if (chosen.length === 0) problems.push('Choose at least one service.');
  for (const c of chosen) {
    // Unknown services come back as a blocking package finding from the engine.
    if (services.has(c.serviceId) && !services.get(c.serviceId)?.mailbox)
      notes.push(`${c.name} has no referral mailbox: contact the service to refer.`);
    if (c.advice || !c.verdict) continue;
    if (c.verdict === 'ineligible') problems.push(ineligibleWords(c, services.get(c.serviceId), evaluation));
    if (c.verdict === 'incomplete') problems.push(`${c.name}: answer what it still needs to know.`);
  }
  for (const f of evaluation.package) (f.severity === 'blocking' ? problems : notes).push(f.message);
  if (issues.length)
    problems.push(
      `${plural(issues.length, 'answer needs', 'answers need')} checking: select “Check referral” to see where.`,
    );
  return { filable: problems.length === 0, chosen, problems, notes };
}

/** Why a chosen service cannot be filed: outside the family's area says so, with the area's own words. */
function ineligibleWords(c: ChosenService, service: Service | undefined, evaluation: Evaluation): string {
  const result = evaluation.results.find((r) => r.serviceId === c.serviceId);
  if (service && isOutOfArea(service, result)) {
    const area = result?.reasons.find((r) => r.status === 'not-met' && r.code === `${c.serviceId}.area`);
    const words = area ? (area.finding ?? area.message) : 'The family lives outside the area it covers.';
    return `${c.name}: ${words} Remove it, or ask the service for advice.`;
  }
  return `${c.name}: the family does not meet its criteria. Ask the service for advice instead, or remove it.`;
}

function getServices(referral: unknown): unknown {
  return referral !== null && typeof referral === 'object' ? (referral as { services?: unknown }).services : undefined;
}

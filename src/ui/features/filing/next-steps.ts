// "What happens next" for each service, from the catalogue's time standards that start when a referral arrives.
import type { Catalogue } from '../../../domain';
import type { FilingKind } from '../../../filing';

const providerPart = (id: string) => id.split('.')[0] ?? id;

/** A standard without `appliesTo` covers its provider's services; ids share the provider part (notts.screening). */
function standardsFor(catalogue: Catalogue, serviceId: string) {
  return catalogue.timeStandards.filter(
    (t) =>
      t.from === 'referral-received' &&
      (t.appliesTo ? t.appliesTo.includes(serviceId) : providerPart(t.id) === providerPart(serviceId)),
  );
}

export function nextSteps(catalogue: Catalogue, serviceIds: readonly string[], kind: FilingKind): string[] {
  const steps = [
    kind === 'advice'
      ? 'The service reads your request and replies with its advice.'
      : 'The service screens the referral and decides whether to accept it.',
  ];
  const seen = new Set<string>();
  for (const id of serviceIds) {
    for (const t of standardsFor(catalogue, id)) {
      if (seen.has(t.id)) continue;
      seen.add(t.id);
      steps.push(`Its standard: ${t.description.replace(/\.$/, '')}.`);
    }
  }
  steps.push('Its decision shows in My referrals once the service reports back.');
  return steps;
}

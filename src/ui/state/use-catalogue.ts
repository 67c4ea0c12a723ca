import { startTransition, useEffect, useState } from 'react';
import type { HostContext, HostInput } from '../host-context';
import { catalogueStatusNow, followCatalogue, loadedCatalogue } from './catalogue-status';
import type { CatalogueSource, CatalogueStatus } from './catalogue-status';

/**
 * The catalogue's status: ready at once if the host handed it over (or it loaded before), else loading once the first
 * screen is up. The card it unlocks (verdicts, questions, 64 services) renders in a transition, so typing in the first
 * fields is never held up by it.
 */
export function useCatalogue(source: CatalogueSource): CatalogueStatus {
  const [status, setStatus] = useState(() => catalogueStatusNow(source));
  useEffect(
    () =>
      followCatalogue(source, (next) =>
        next.state === 'ready' ? startTransition(() => setStatus(next)) : setStatus(next),
      ),
    [source],
  );
  return status;
}

/** The host with its catalogue loaded, for work that needs it whenever it is asked for (My referrals). */
export async function withCatalogue(host: HostInput): Promise<HostContext> {
  return { ...host, catalogue: await loadedCatalogue(host.catalogue) };
}

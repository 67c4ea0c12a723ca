// The filing service as the pages use it: Graph at the host's configured URL with the host's token source, and the
// PDF in a Web Worker. Loaded on demand (dynamic import), so none of it is in the first screen's JavaScript.
import { GRAPH_SCOPES } from '../../../auth/scopes';
import { FilingFailure } from '../../../filing';
import type { FilingService } from '../../../filing';
import { createFilingService } from '../../../filing/filing-service';
import type { HostContext } from '../../host-context';
import { browserIsOnline } from './browser-online';
import { createPdfWorkerRenderer } from './pdf-worker-client';

// One Graph client and one worker per sign-in, reused by every filing and every My referrals refresh.
const services = new WeakMap<HostContext['tokenSource'], FilingService>();

export function createBrowserFilingService(
  host: Pick<HostContext, 'graphBaseUrl' | 'tokenSource' | 'catalogue'>,
): FilingService {
  const { graphBaseUrl, tokenSource, catalogue } = host;
  if (!graphBaseUrl) throw new FilingFailure('server'); // a host that did not say where Graph is: a deployment fault
  let service = services.get(tokenSource);
  if (!service) {
    service = createFilingService({
      graphBaseUrl,
      tokenSource,
      scopes: GRAPH_SCOPES,
      catalogue,
      renderPdf: createPdfWorkerRenderer(),
      isOnline: browserIsOnline,
    });
    services.set(tokenSource, service);
  }
  return service;
}

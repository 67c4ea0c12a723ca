// My referrals in the browser: the list through the filing service (its one Graph client and failure words), and
// each message's details and files through a Graph client of its own, the details kept in IndexedDB per person.
import { GRAPH_SCOPES } from '../../../auth/scopes';
import { FilingFailure } from '../../../filing';
import { graphRoot } from '../../../filing/graph-filer';
import {
  createGraphGateway,
  listFiledFiles,
  readDetails,
  readFiledFile,
  sendInformationAnswer,
  sendWithdrawal,
} from '../../../graph';
import type { DetailsCache, GraphGateway } from '../../../graph';
import type { HostContext } from '../../host-context';
import { indexedDbDetailsCache } from './details-cache';
import type { MyReferralsSource } from './my-referrals-source';

type Host = Pick<HostContext, 'graphBaseUrl' | 'tokenSource' | 'catalogue' | 'indexedDB'>;
type ListMine = () => ReturnType<MyReferralsSource['list']>;

// One Graph client per sign-in, reused by every open of My referrals.
const gateways = new WeakMap<HostContext['tokenSource'], GraphGateway>();

function gatewayFor(host: Host): GraphGateway {
  const { graphBaseUrl, tokenSource } = host;
  if (!graphBaseUrl) throw new FilingFailure('server'); // a host that did not say where Graph is: a deployment fault
  let gateway = gateways.get(tokenSource);
  if (!gateway) {
    gateway = createGraphGateway({ baseUrl: graphRoot(graphBaseUrl), tokenSource, scopes: GRAPH_SCOPES });
    gateways.set(tokenSource, gateway);
  }
  return gateway;
}

/** Keeps nothing: nobody is signed in, so nothing may be kept under anyone's name. */
const NO_CACHE: DetailsCache = { get: () => Promise.resolve(new Map()), put: () => Promise.resolve() };

export async function createBrowserMyReferralsSource(host: Host, listMine: ListMine): Promise<MyReferralsSource> {
  const gateway = gatewayFor(host);
  const user = await host.tokenSource.user().catch(() => undefined);
  const cache = user ? indexedDbDetailsCache(host.indexedDB, user.email) : NO_CACHE;
  return {
    catalogue: host.catalogue,
    list: listMine,
    details: (ids, onRead) => readDetails(gateway, ids, cache, onRead ? { onRead } : {}),
    files: (messageId) => listFiledFiles(gateway, 'me', messageId),
    readFile: (messageId, fileId) => readFiledFile(gateway, 'me', messageId, fileId),
    answer: (to) => sendInformationAnswer(gateway, to),
    withdraw: (to) => sendWithdrawal(gateway, to),
  };
}

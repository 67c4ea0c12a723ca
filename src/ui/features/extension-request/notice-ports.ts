// Graph for the plan form opened from an allocation notice: read the open message's properties, and send the worker's
// message from their own mailbox to the service mailbox the notice came from. Loaded only beside a message.
import { GRAPH_SCOPES } from '../../../auth/scopes';
import { graphRoot } from '../../../filing/graph-filer';
import { createGraphGateway } from '../../../graph';
import { sendExtensionRequest } from '../../../graph/extension';
import { readAllocationNotice } from '../../../graph/triage/allocation-notice';
import type { ExtensionMessage } from '../../../graph/extension/extension-message.schema';
import type { AllocationNotice } from '../../../graph/triage/allocation-notice';
import type { HostInput } from '../../host-context';

export type NoticePorts = {
  readNotice(restId: string): Promise<AllocationNotice | undefined>;
  send(notice: AllocationNotice, message: ExtensionMessage): Promise<void>;
};

export function graphNoticePorts(host: Pick<HostInput, 'graphBaseUrl' | 'tokenSource'>): NoticePorts | undefined {
  if (!host.graphBaseUrl) return undefined;
  const g = createGraphGateway({
    baseUrl: graphRoot(host.graphBaseUrl),
    tokenSource: host.tokenSource,
    scopes: GRAPH_SCOPES,
  });
  return {
    readNotice: (restId) => readAllocationNotice(g, restId),
    send: (notice, message) =>
      sendExtensionRequest(g, { mailbox: notice.mailbox, serviceIds: notice.serviceIds, message }),
  };
}

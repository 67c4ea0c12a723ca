// The mailbox filer and My referrals over the real Graph filer: what a host loads when filing starts.
import type { Catalogue } from '../domain';
import { createGraphFiler, type GraphFilerConfig } from './graph-filer';
import { createMailboxFiler, listFiledMessages } from './mailbox-filer';
import type { FilingService } from './filing-types';
import type { DocumentRenderer } from './ports';

export type FilingServiceConfig = GraphFilerConfig & {
  readonly catalogue: Catalogue;
  readonly renderPdf: DocumentRenderer;
  /** Whether the device has a connection; without one, assumed online. */
  readonly isOnline?: () => boolean;
};

export function createFilingService(config: FilingServiceConfig): FilingService {
  const graph = createGraphFiler(config);
  const ports = {
    catalogue: config.catalogue,
    renderPdf: config.renderPdf,
    graph,
    isOnline: config.isOnline ?? (() => true),
  };
  const filer = createMailboxFiler(ports);
  return { fileMailbox: filer.fileMailbox, listMyReferrals: () => listFiledMessages(ports) };
}

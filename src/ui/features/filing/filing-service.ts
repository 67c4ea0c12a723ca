// The ONE place the card calls the documents layer (src/documents) and the Graph gateway (src/graph): everything the
// filing feature and My referrals need from them goes through here, mapped onto the feature's own vocabulary
// (filing-types.ts). If either layer changes its names, this file is the fix.
import type { Middleware } from '@microsoft/microsoft-graph-client';
import { GRAPH_SCOPES } from '../../../auth/scopes';
import type { TokenSource } from '../../../auth/token-source';
import type { Catalogue, FiledReferral } from '../../../domain';
import {
  DocumentError,
  buildFiledReferral,
  referralJson,
  renderHtmlBody,
  renderPdf,
  subjectFor,
} from '../../../documents';
import { createGraphGateway, fileToMailbox, isGraphFailure, listMyReferrals } from '../../../graph';
import type { FilingFile, FilingProgress as GraphProgress, GraphFailureKind, RetryPolicy } from '../../../graph';
import { contactFor } from './filing-plan';
import type { FiledMessage } from '../../state/filed-message';
import { FilingFailure } from './filing-types';
import type { FailureKind, FilingProgress, FilingService, MailboxFilingRequest } from './filing-types';

/** Renders referral.pdf: in a Web Worker in the browser (pdf-worker-client.ts), in-process in Node tests. */
export type PdfRenderer = (doc: FiledReferral, catalogue: Catalogue) => Promise<Uint8Array>;

export type FilingServiceConfig = {
  /** app-config.json's graph.baseUrl, resolved (HostContext.graphBaseUrl). */
  readonly graphBaseUrl: string;
  readonly tokenSource: Pick<TokenSource, 'getToken'>;
  readonly catalogue: Catalogue;
  readonly renderPdf: PdfRenderer;
  /** Whether the device has a connection (navigator.onLine): tells "offline" from "the connection dropped". */
  readonly isOnline?: () => boolean;
  /** Node tests: undici with the sandbox's certificate. The browser uses the SDK's fetch. */
  readonly httpHandler?: Middleware;
  readonly retry?: Partial<RetryPolicy>;
};

/** The PDF in-process (the Web Worker calls this too, so every call into the documents layer stays in this file). */
export function renderPdfDocument(
  doc: FiledReferral,
  catalogue: Catalogue,
  font: Uint8Array,
  yieldToHost?: () => Promise<void>,
): Promise<Uint8Array> {
  return renderPdf(doc, catalogue, { font, ...(yieldToHost ? { yieldToHost } : {}) });
}

/** The Graph client wants its root (…/graph/, with the version added per request); the config names the versioned URL. */
export function graphRoot(baseUrl: string): string {
  return `${baseUrl.replace(/\/+$/, '').replace(/\/v1\.0$|\/beta$/, '')}/`;
}

const KINDS: Readonly<Record<GraphFailureKind, FailureKind>> = {
  'mailbox-not-found': 'mailbox-not-found',
  'no-permission': 'no-permission',
  'too-large': 'too-large',
  throttled: 'throttled',
  offline: 'offline',
  'signed-out': 'signed-out',
  'no-mailbox': 'no-mailbox',
  server: 'server',
  cancelled: 'server',
  'invalid-request': 'server',
  rejected: 'server',
  unexpected: 'server',
};

/** Anything the layers below throw, as the feature's FilingFailure (kind, request id, wait, file name, contact). */
export function toFilingFailure(
  error: unknown,
  context: { fileNames?: ReadonlyMap<string, string>; catalogue: Catalogue; isOnline: () => boolean },
): FilingFailure {
  if (error instanceof FilingFailure) return error;
  if (error instanceof DocumentError)
    return new FilingFailure(error.code === 'invalid-referral' ? 'invalid' : 'server');
  if (!isGraphFailure(error)) return new FilingFailure(context.isOnline() ? 'server' : 'offline');
  const d = error.detail;
  let kind = KINDS[error.kind];
  if (kind === 'offline' && context.isOnline()) kind = 'connection';
  const fileName = d.fileId ? context.fileNames?.get(d.fileId) : undefined;
  const contact =
    kind === 'no-mailbox'
      ? d.serviceIds?.[0]
        ? contactFor(context.catalogue, d.serviceIds[0])
        : undefined
      : undefined;
  return new FilingFailure(kind, {
    ...(d.requestId ? { requestId: d.requestId } : {}),
    ...(d.waitSeconds !== undefined ? { retryAfterSeconds: d.waitSeconds } : {}),
    ...(fileName ? { fileName } : {}),
    ...(contact ? { contact } : {}),
  });
}

function progressOf(p: GraphProgress, names: ReadonlyMap<string, string>): FilingProgress {
  if (p.type === 'step') return { type: 'step', step: p.step === 'filed' ? 'sent' : p.step };
  return {
    type: 'attachment',
    name: names.get(p.fileId) ?? p.fileId,
    sentBytes: p.bytesSent,
    totalBytes: p.totalBytes,
  };
}

const bytesFile = (id: string, name: string, contentType: string, bytes: Uint8Array): FilingFile => ({
  id,
  name,
  contentType,
  size: bytes.byteLength,
  read: async () => bytes,
});

export function createFilingService(config: FilingServiceConfig): FilingService {
  const { catalogue } = config;
  const isOnline = config.isOnline ?? (() => (typeof navigator === 'undefined' ? true : navigator.onLine !== false));
  // Waits are reported by the gateway, not per call: they belong to the mailbox being filed (one at a time).
  let report: ((event: FilingProgress) => void) | undefined;
  const gateway = createGraphGateway({
    baseUrl: graphRoot(config.graphBaseUrl),
    tokenSource: config.tokenSource,
    scopes: GRAPH_SCOPES,
    ...(config.httpHandler ? { httpHandler: config.httpHandler } : {}),
    ...(config.retry ? { retry: config.retry } : {}),
    onWait: (wait) =>
      report?.({ type: 'wait', seconds: wait.seconds, reason: wait.status === 429 ? 'throttled' : 'unavailable' }),
  });

  async function fileMailbox(
    request: MailboxFilingRequest,
    onProgress: (event: FilingProgress) => void,
    onUploadSession?: (uploadUrl: string) => Promise<void>,
  ) {
    const names = new Map<string, string>();
    report = onProgress;
    try {
      onProgress({ type: 'step', step: 'preparing' });
      // The verdicts as at filing time: every retry renders the same documents, byte for byte.
      const doc = buildFiledReferral(request.referral, catalogue, {
        mailbox: request.mailbox,
        serviceIds: request.serviceIds,
        catalogueVersion: catalogue.version,
        filedAt: request.filedAt,
      });
      const json = new TextEncoder().encode(referralJson(doc));
      const pdf = await config.renderPdf(doc, catalogue);
      // The filing contract's order: referral.json, referral.pdf, then the referrer's own files.
      const files = [
        bytesFile('referral.json', 'referral.json', 'application/json', json),
        bytesFile('referral.pdf', 'referral.pdf', 'application/pdf', pdf),
        ...request.attachments.map((a) => bytesFile(a.id, a.name, a.contentType, a.bytes)),
      ];
      for (const f of files) names.set(f.id, f.name);
      const result = await fileToMailbox(
        gateway,
        {
          referralId: doc.referralId,
          reference: doc.reference,
          schemaVersion: doc.referral.schemaVersion,
          kind: doc.kind,
          services: doc.to.services.map((s) => ({ id: s.id, name: s.name })),
          mailbox: request.mailbox,
          subject: subjectFor(doc),
          htmlBody: renderHtmlBody(doc, catalogue),
          files,
        },
        {
          resume: request.resume,
          abandonedUploads: request.abandonedUploads,
          onProgress: (p) => onProgress(progressOf(p, names)),
          ...(onUploadSession ? { onUploadSession } : {}),
        },
      );
      return { mailbox: request.mailbox, alreadySent: result.outcome === 'already-filed' };
    } catch (error) {
      throw toFilingFailure(error, { fileNames: names, catalogue, isOnline });
    } finally {
      report = undefined;
    }
  }

  async function listFiled(): Promise<readonly FiledMessage[]> {
    const nameOf = (id: string) => catalogue.services.find((s) => s.id === id)?.name ?? id;
    try {
      const rows = await listMyReferrals(gateway);
      return rows.map((r) => ({
        referralId: r.referralId,
        reference: r.reference,
        kind: r.kind,
        mailbox: r.mailbox,
        sentAt: r.sentAt,
        services: r.serviceIds.map((id) => {
          const status = r.statuses[id];
          return {
            serviceId: id,
            name: nameOf(id),
            ...(status ? { status: { state: status.state, at: status.at } } : {}),
          };
        }),
      }));
    } catch (error) {
      throw toFilingFailure(error, { catalogue, isOnline });
    }
  }

  return { fileMailbox, listMyReferrals: listFiled };
}

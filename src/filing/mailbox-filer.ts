// Where filing meets the documents layer and the Graph filer: one mailbox's documents are rendered (the same bytes on
// every retry), filed through Graph, and every failure below becomes filing's own FilingFailure.
import type { Catalogue } from '../domain';
import { DocumentError, buildFiledReferral, referralJson, renderHtmlBody, subjectFor } from '../documents';
import { isGraphFailure } from '../graph';
import type { FilingFile, GraphFailureKind, MessageProgress } from '../graph';
import { contactFor } from './filing-plan';
import type { FiledMessage } from './filed-message';
import { FilingFailure } from './filing-types';
import type { FailureKind, FilingProgress, MailboxFiler, MailboxFilingRequest } from './filing-types';
import type { DocumentRenderer, GraphFiler } from './ports';

export type MailboxFilerPorts = {
  readonly catalogue: Catalogue;
  readonly renderPdf: DocumentRenderer;
  readonly graph: GraphFiler;
  /** Whether the device has a connection: tells "offline" from "the connection dropped". */
  readonly isOnline: () => boolean;
};

// Graph's codes as filing's: what the referrer can act on. Graph's other kinds are a fault on our side or Microsoft's.
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
  'send-unconfirmed': 'unconfirmed',
};

/** Anything the layers below throw, as filing's FilingFailure (kind, request id, wait, file name, contact). */
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
  const serviceId = kind === 'no-mailbox' ? d.serviceIds?.[0] : undefined;
  const contact = serviceId ? contactFor(context.catalogue, serviceId) : undefined;
  return new FilingFailure(kind, {
    ...(d.requestId ? { requestId: d.requestId } : {}),
    ...(d.waitSeconds !== undefined ? { retryAfterSeconds: d.waitSeconds } : {}),
    ...(fileName ? { fileName } : {}),
    ...(contact ? { contact } : {}),
    ...(kind === 'too-large' && d.sizeBytes !== undefined ? { sizeBytes: d.sizeBytes } : {}),
    ...(kind === 'too-large' && d.limitBytes !== undefined ? { limitBytes: d.limitBytes } : {}),
  });
}

function progressOf(p: MessageProgress, names: ReadonlyMap<string, string>): FilingProgress {
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

/** referral.json, referral.pdf, subject and body for one mailbox, as at filing time. */
async function documentsFor(ports: MailboxFilerPorts, request: MailboxFilingRequest) {
  const { catalogue } = ports;
  const doc = buildFiledReferral(request.referral, catalogue, {
    mailbox: request.mailbox,
    serviceIds: request.serviceIds,
    catalogueVersion: catalogue.version,
    filedAt: request.filedAt,
  });
  const json = new TextEncoder().encode(referralJson(doc));
  const pdf = await ports.renderPdf(doc, catalogue);
  // The filing contract's order: referral.json, referral.pdf, then the referrer's own files.
  const files = [
    bytesFile('referral.json', 'referral.json', 'application/json', json),
    bytesFile('referral.pdf', 'referral.pdf', 'application/pdf', pdf),
    ...request.attachments.map((a) => bytesFile(a.id, a.name, a.contentType, a.bytes)),
  ];
  return {
    referralId: doc.referralId,
    reference: doc.reference,
    schemaVersion: doc.referral.schemaVersion,
    kind: doc.kind,
    services: doc.to.services.map((s) => ({ id: s.id, name: s.name })),
    mailbox: request.mailbox,
    subject: subjectFor(doc),
    htmlBody: renderHtmlBody(doc, catalogue),
    files,
  };
}

export function createMailboxFiler(ports: MailboxFilerPorts): MailboxFiler {
  const { catalogue, isOnline } = ports;
  return {
    async fileMailbox(request, onProgress, onUploadSession, onSend) {
      const names = new Map<string, string>();
      try {
        onProgress({ type: 'step', step: 'preparing' });
        const message = await documentsFor(ports, request);
        for (const f of message.files) names.set(f.id, f.name);
        const result = await ports.graph.fileMessage(
          message,
          {
            resume: request.resume,
            abandonedUploads: request.abandonedUploads,
            onProgress: (p) => onProgress(progressOf(p, names)),
            ...(onUploadSession ? { onUploadSession } : {}),
            ...(onSend ? { onSend } : {}),
            ...(request.sendMayHaveGone ? { sendMayHaveGone: true } : {}),
          },
          (wait) => onProgress({ type: 'wait', ...wait }),
        );
        return { mailbox: request.mailbox, alreadySent: result.outcome === 'already-filed' };
      } catch (error) {
        throw toFilingFailure(error, { fileNames: names, catalogue, isOnline });
      }
    },
  };
}

/** What I filed, newest first, with the catalogue's service names and each status reported back. */
export async function listFiledMessages(
  ports: Pick<MailboxFilerPorts, 'catalogue' | 'graph' | 'isOnline'>,
): Promise<readonly FiledMessage[]> {
  const { catalogue, isOnline } = ports;
  const nameOf = (id: string) => catalogue.services.find((s) => s.id === id)?.name ?? id;
  try {
    const rows = await ports.graph.listSent();
    return rows.map((r) => ({
      messageId: r.messageId,
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

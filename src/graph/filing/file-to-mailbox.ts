import { GraphFailure } from '../errors/graph-failure';
import { toGraphFailure } from '../errors/to-graph-failure';
import type { GraphGateway } from '../gateway/graph-gateway';
import { checkFilingRequest, type CheckedRequest } from './check-request';
import { attachInline, deleteAttachment, listAttachments, reconcile } from './draft-attachments';
import type { FilingRequest } from './filing-request.schema';
import { DEFAULT_SENT_COPY_WAIT, type MessageOptions, type MessageResult, type MessageStep } from './message-progress';
import { findDelivered, findFiled, type FiledState } from './find-filed';
import { referralPropertiesFor } from './referral-properties';
import { DEFAULT_SIZE_LIMITS, type SizeLimits } from './size-limits';
import { cancelUploadSession, uploadLargeFile } from './upload-large-file';

export type FilingEnv = MessageOptions & { readonly limits?: SizeLimits };

type Draft = { readonly id: string; readonly present: ReadonlySet<string> };

/**
 * Files one message to one service mailbox. Fresh: draft (with the extended properties) → attachments
 * (inline under 3 MB, upload sessions above) → send, and nothing else. Resume: first cancel the upload sessions an
 * earlier attempt left open, then look for what it left — sent already (done), or our draft (reuse it, attach only
 * what is missing, and look once more before sending) — then send. Never two messages for one (referral id, mailbox,
 * kind), and never two copies of a file in one. Every failure is a GraphFailure.
 */
export async function fileToMailbox(
  gateway: GraphGateway,
  request: FilingRequest,
  env: FilingEnv = {},
): Promise<MessageResult> {
  const limits = env.limits ?? DEFAULT_SIZE_LIMITS;
  const checked = checkFilingRequest(request, limits);
  const context = { mailbox: checked.mailbox, serviceIds: checked.services.map((s) => s.id) };
  try {
    return await new Filing(gateway, checked, env, limits).run();
  } catch (error) {
    throw toGraphFailure(error, context);
  }
}

class Filing {
  constructor(
    private readonly gateway: GraphGateway,
    private readonly request: CheckedRequest,
    private readonly env: FilingEnv,
    private readonly limits: SizeLimits,
  ) {}

  private get client() {
    return this.gateway.client;
  }

  async run(): Promise<MessageResult> {
    let draft: Draft | undefined;
    if (this.env.resume) {
      this.step('checking');
      // First, so that a range still in flight from a closed pane can no longer land in the draft.
      for (const url of this.env.abandonedUploads ?? []) await cancelUploadSession(this.gateway, url);
      let state = await findFiled(this.client, this.request);
      if (!state.sent && this.env.sendMayHaveGone) state = await this.awaitSentCopy(state);
      if (state.sent) {
        await this.discard(state.drafts.map((d) => d.id));
        return this.filed('already-filed', state.sent.id);
      }
      const [keep, ...extra] = state.drafts;
      // Out of Drafts, yet not in Sent Items: it may be on its way. A new message could arrive twice.
      if (!keep && this.env.sendMayHaveGone) throw new GraphFailure('send-unconfirmed');
      await this.discard(extra.map((d) => d.id));
      if (keep) draft = await this.tidy(keep.id);
    }
    if (!draft) {
      this.step('creating-draft');
      draft = { id: await this.createDraft(), present: new Set() };
    }
    this.step('attaching');
    await this.attachMissing(draft);
    if (this.env.resume) await this.checkAttached(draft.id);
    this.step('sending');
    return this.send(draft.id);
  }

  private step(step: MessageStep): void {
    if (this.env.signal?.aborted) throw new GraphFailure('cancelled');
    this.env.onProgress?.({ type: 'step', mailbox: this.request.mailbox, step });
  }

  private filed(outcome: MessageResult['outcome'], messageId: string): MessageResult {
    this.env.onProgress?.({ type: 'step', mailbox: this.request.mailbox, step: 'filed' });
    return { mailbox: this.request.mailbox, outcome, messageId };
  }

  private async createDraft(): Promise<string> {
    const r = this.request;
    const created = (await this.client.api('/me/messages').post({
      subject: r.subject,
      body: { contentType: 'HTML', content: r.htmlBody },
      toRecipients: [{ emailAddress: { address: r.mailbox } }],
      singleValueExtendedProperties: referralPropertiesFor({
        referralId: r.referralId,
        schemaVersion: String(r.schemaVersion),
        serviceIds: r.services.map((s) => s.id),
        kind: r.kind,
      }),
    })) as { id?: unknown };
    if (typeof created.id !== 'string') throw new GraphFailure('unexpected');
    return created.id;
  }

  /** Duplicates from earlier attempts go; one draft is kept. */
  private async discard(ids: readonly string[]): Promise<void> {
    for (const id of ids) await this.client.api(`/me/messages/${encodeURIComponent(id)}`).delete();
  }

  /**
   * The draft's attachments against the files requested: what matches nothing requested (left by an earlier, different
   * attempt, or a second copy) is deleted, and the draft is returned with the files it already has.
   */
  private async tidy(draftId: string): Promise<Draft> {
    const { present, stale } = reconcile(this.request.files, await listAttachments(this.client, draftId));
    for (const a of stale) await deleteAttachment(this.client, draftId, a.id);
    return { id: draftId, present };
  }

  /**
   * Resuming: the draft must carry each requested file once before it is sent. An upload an earlier attempt left in
   * flight may have landed after the draft was listed (when Graph committed it before its session was cancelled).
   */
  private async checkAttached(draftId: string): Promise<void> {
    const { present } = await this.tidy(draftId);
    const missing = this.request.files.find((f) => !present.has(f.id));
    if (missing) throw new GraphFailure('server', { fileId: missing.id }); // retryable: the next attempt attaches it
  }

  private async attachMissing(draft: Draft): Promise<void> {
    const mailbox = this.request.mailbox;
    for (const file of this.request.files) {
      if (draft.present.has(file.id)) {
        this.env.onProgress?.({
          type: 'file',
          mailbox,
          fileId: file.id,
          bytesSent: file.size,
          totalBytes: file.size,
          alreadyAttached: true,
        });
        continue;
      }
      if (this.env.signal?.aborted) throw new GraphFailure('cancelled');
      const bytes = await file.read();
      // The declared size was checked against the limits; the bytes must be those bytes.
      if (bytes.length !== file.size)
        throw new GraphFailure('invalid-request', { problems: [`file ${file.id} changed size since it was chosen`] });
      const report = (sent: number) =>
        this.env.onProgress?.({ type: 'file', mailbox, fileId: file.id, bytesSent: sent, totalBytes: file.size });
      report(0);
      if (bytes.length < this.limits.inlineBelowBytes) {
        await attachInline(this.client, draft.id, file, bytes);
        report(bytes.length);
      } else {
        await uploadLargeFile(this.gateway, draft.id, file, bytes, {
          rangeBytes: this.limits.rangeBytes,
          onBytes: report,
          signal: this.env.signal,
          onSession: this.env.onUploadSession,
        });
      }
    }
  }

  /**
   * A send that may have gone: look for its Sent Items copy (and the service's copy, where readable) a few times over
   * Exchange's window between the 202 and the copy, before anything is sent again.
   */
  private async awaitSentCopy(first: FiledState): Promise<FiledState> {
    const wait = this.env.sentCopyWait ?? DEFAULT_SENT_COPY_WAIT;
    const sleep = wait.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
    let state = first;
    for (let tried = 0; ; tried += 1) {
      const delivered = await findDelivered(this.client, this.request);
      if (delivered) return { ...state, sent: delivered };
      if (tried >= wait.tries) return state;
      if (this.env.signal?.aborted) throw new GraphFailure('cancelled');
      await sleep(wait.delayMs);
      state = await findFiled(this.client, this.request);
      if (state.sent) return state;
    }
  }

  /** /send; when its outcome is unknown (no answer, or a 504), look before anyone sends again. */
  private async send(draftId: string): Promise<MessageResult> {
    await this.env.onSend?.('starting');
    try {
      await this.client.api(`/me/messages/${encodeURIComponent(draftId)}/send`).post({});
    } catch (error) {
      const failure = toGraphFailure(error);
      if (failure.kind !== 'offline' && failure.detail.status !== 504) {
        // Microsoft 365 answered no: nothing went. Without an answer (an abort, no token) it may have.
        if (failure.detail.status !== undefined) await this.env.onSend?.('refused');
        throw failure;
      }
      const state = await findFiled(this.client, this.request).catch(() => undefined);
      if (state?.sent) return this.filed('sent', state.sent.id);
      throw failure.with({ uncertain: true });
    }
    return this.filed('sent', draftId);
  }
}

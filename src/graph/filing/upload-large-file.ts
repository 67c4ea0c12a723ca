import { LargeFileUploadTask, type FileObject, type Range } from '@microsoft/microsoft-graph-client';
import { GraphFailure } from '../errors/graph-failure';
import { toGraphFailure } from '../errors/to-graph-failure';
import type { GraphGateway } from '../gateway/graph-gateway';
import type { FilingFile } from './filing-request.schema';

/** The file's bytes as the SDK's FileObject; ranges as Blobs, which the client sends as they are in browsers and Node. */
function fileObject(file: FilingFile, bytes: Uint8Array): FileObject<Uint8Array> {
  return {
    content: bytes,
    name: file.name,
    size: bytes.length,
    sliceFile: (range: Range) => new Blob([bytes.slice(range.minValue, range.maxValue + 1)]),
  };
}

export type UploadOptions = {
  readonly rangeBytes: number;
  readonly onBytes: (sent: number) => void;
  readonly signal: AbortSignal | undefined;
  /** Awaited with the session's URL before the first range (MessageOptions.onUploadSession). */
  readonly onSession: ((uploadUrl: string) => Promise<void>) | undefined;
};

/**
 * A file of 3–150 MB: createUploadSession on the draft, then ordered ranges of at most `rangeBytes` through the SDK's
 * LargeFileUploadTask on the token-free upload client. Cancelling stops it between ranges; the part sent is not
 * listed on the draft, so a later attempt starts a new session for the file.
 */
export async function uploadLargeFile(
  gateway: GraphGateway,
  draftId: string,
  file: FilingFile,
  bytes: Uint8Array,
  options: UploadOptions,
): Promise<void> {
  const session = await LargeFileUploadTask.createUploadSession(
    gateway.client,
    `/me/messages/${encodeURIComponent(draftId)}/attachments/createUploadSession`,
    {
      AttachmentItem: { attachmentType: 'file', name: file.name, size: bytes.length, contentType: file.contentType },
    },
  );
  await options.onSession?.(session.url);
  const task = new LargeFileUploadTask(gateway.uploadClient, fileObject(file, bytes), session, {
    rangeSize: options.rangeBytes,
    uploadEventHandlers: {
      progress: (range?: Range) => {
        if (range) options.onBytes(range.maxValue + 1);
        if (options.signal?.aborted) task.getUploadSession().isCancelled = true;
      },
    },
  });
  const result = await task.upload();
  if (!result) throw new GraphFailure('cancelled');
}

/**
 * Cancels an upload session an earlier attempt opened: DELETE on its URL, through the token-free upload client.
 * A session that is gone already (finished, expired or cancelled) answers 404, which is as good.
 */
export async function cancelUploadSession(gateway: GraphGateway, uploadUrl: string): Promise<void> {
  try {
    await gateway.uploadClient.api(uploadUrl).delete();
  } catch (error) {
    const failure = toGraphFailure(error);
    if (failure.detail.status === 404) return;
    throw failure;
  }
}

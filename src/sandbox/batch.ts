import { isRecord } from '../domain';
import type { BatchItemRequest, BatchItemResponse } from './server/batch-item';

/**
 * JSON $batch (https://learn.microsoft.com/graph/json-batching): validates
 * the whole batch first, then runs sub-requests through `dispatch`, honouring `dependsOn`.
 */
export type BatchSubRequest = BatchItemRequest & { dependsOn?: string[] };
export type BatchSubResponse = BatchItemResponse;
export type BatchResult = { ok: true; responses: BatchSubResponse[] } | { ok: false; code: string; message: string };

/** Graph's limit on requests per batch. */
export const BATCH_LIMIT = 20;
const METHODS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Runs a batch. Requests without dependencies start at once (concurrently); a request starts when
 * all it depends on have finished, or answers 424 if any of them failed (status >= 400).
 * Responses come back in request order. Urls are passed on with a leading `/`.
 */
export async function runBatch(
  body: unknown,
  dispatch: (req: BatchSubRequest) => Promise<BatchSubResponse>,
): Promise<BatchResult> {
  const parsed = parseBatch(body);
  if (!parsed.ok) return parsed;
  const outcomes = new Map<string, Promise<BatchSubResponse>>();
  for (const request of parsed.requests) {
    const dependencies = (request.dependsOn ?? []).map((id) => outcomes.get(id) as Promise<BatchSubResponse>);
    outcomes.set(request.id, run(request, dependencies, dispatch));
  }
  return { ok: true, responses: await Promise.all([...outcomes.values()]) };
}

async function run(
  request: BatchSubRequest,
  dependencies: Promise<BatchSubResponse>[],
  dispatch: (req: BatchSubRequest) => Promise<BatchSubResponse>,
): Promise<BatchSubResponse> {
  const failed = (await Promise.all(dependencies)).find((response) => response.status >= 400);
  if (failed) {
    return errorResponse(
      request.id,
      424,
      'FailedDependency',
      `The request depends on request '${failed.id}', which failed.`,
    );
  }
  try {
    const response = await dispatch(request);
    return { ...response, id: request.id };
  } catch {
    // A handler bug must not sink the whole batch or leak a stack trace.
    return errorResponse(request.id, 500, 'InternalServerError', 'The request failed unexpectedly.');
  }
}

function errorResponse(id: string, status: number, code: string, message: string): BatchSubResponse {
  return { id, status, headers: { 'Content-Type': 'application/json' }, body: { error: { code, message } } };
}

type Parsed = { ok: true; requests: BatchSubRequest[] } | { ok: false; code: string; message: string };

function parseBatch(body: unknown): Parsed {
  const raw = isRecord(body) ? body.requests : undefined;
  if (!Array.isArray(raw)) return bad("The batch must be a JSON object with a 'requests' array.");
  if (raw.length === 0) return bad('The batch must contain at least one request.');
  if (raw.length > BATCH_LIMIT) return bad(`Number of requests in the batch exceeds the limit of ${BATCH_LIMIT}.`);
  const requests: BatchSubRequest[] = [];
  const seen = new Set<string>();
  for (const [position, item] of raw.entries()) {
    const request = parseRequest(item, position, seen);
    if (typeof request === 'string') return bad(request);
    seen.add(request.id);
    requests.push(request);
  }
  return { ok: true, requests };
}

/** One sub-request, or the reason it is refused. `earlier` holds the ids of the requests before it. */
function parseRequest(item: unknown, position: number, earlier: ReadonlySet<string>): BatchSubRequest | string {
  if (!isRecord(item)) return `Request ${position + 1} in the batch is not a JSON object.`;
  const { id, method, url, headers, body, dependsOn } = item;
  if (typeof id !== 'string' || id === '') return `Request ${position + 1} in the batch needs a non-empty string 'id'.`;
  if (earlier.has(id)) return `The batch has more than one request with id '${id}'; ids must be unique.`;
  if (typeof method !== 'string' || !METHODS.has(method.toUpperCase()))
    return `Request '${id}' has an unsupported method.`;
  if (typeof url !== 'string' || url.trim() === '') return `Request '${id}' needs a 'url'.`;
  // Sub-request urls are relative to the version root (/me/messages); absolute urls are refused.
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//') || url.startsWith('\\')) {
    return `Request '${id}' has an absolute url; batch urls must be relative, such as '/me/messages'.`;
  }
  let headerMap: Record<string, string> | undefined;
  if (headers !== undefined) {
    if (!isRecord(headers) || !Object.values(headers).every((v) => typeof v === 'string'))
      return `Request '${id}' has invalid headers.`;
    headerMap = headers as Record<string, string>;
  }
  // Graph requires a Content-Type for a sub-request with a body (json-batching, "Request format").
  if (body !== undefined && !Object.keys(headerMap ?? {}).some((name) => name.toLowerCase() === 'content-type')) {
    return `Request '${id}' has a body but no Content-Type header.`;
  }
  let dependencies: string[] | undefined;
  if (dependsOn !== undefined) {
    if (!Array.isArray(dependsOn) || !dependsOn.every((d) => typeof d === 'string'))
      return `Request '${id}' has an invalid 'dependsOn'.`;
    const unknown = dependsOn.find((d: string) => !earlier.has(d));
    if (unknown !== undefined)
      return `Request '${id}' depends on '${unknown}', which is not an earlier request in the batch.`;
    dependencies = dependsOn as string[];
  }
  return {
    id,
    method: method.toUpperCase(),
    url: url.startsWith('/') ? url : `/${url}`,
    ...(headerMap && { headers: headerMap }),
    ...(body !== undefined && { body }),
    ...(dependencies && { dependsOn: dependencies }),
  };
}

function bad(message: string): { ok: false; code: string; message: string } {
  return { ok: false, code: 'BadRequest', message };
}

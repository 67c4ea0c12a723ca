// One $batch item as the pipeline runs it.
export type BatchItemRequest = {
  id: string;
  method: string;
  url: string;
  headers?: Record<string, string>;
  body?: unknown;
};
export type BatchItemResponse = { id: string; status: number; headers?: Record<string, string>; body?: unknown };

/** Batch item URLs are relative to the version ("/me/messages"); the JS client also sends "/graph/v1.0/…". */
export function batchItemPath(url: string): string {
  let path = url.replace(/^https?:\/\/[^/]+/i, '');
  if (!path.startsWith('/')) path = `/${path}`;
  path = path.replace(/^\/graph(?=\/)/i, '').replace(/^\/v1\.0(?=\/|$|\?)/i, '');
  return `/graph/v1.0${path}`;
}

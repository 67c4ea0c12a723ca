import type { Context } from '@microsoft/microsoft-graph-client';

// The client hands middleware its headers as a plain record (GraphRequest.updateRequestOptions); a caller may pass a
// Headers object or pairs instead. These helpers read and write all three, case-insensitively.

type HeaderBag = NonNullable<RequestInit['headers']>;

export function urlOf(context: Context): string {
  return typeof context.request === 'string' ? context.request : context.request.url;
}

export function methodOf(context: Context): string {
  return (context.options?.method ?? 'GET').toUpperCase();
}

export function getHeader(context: Context, name: string): string | undefined {
  const headers = context.options?.headers as HeaderBag | undefined;
  if (!headers) return undefined;
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const lower = name.toLowerCase();
  const entries: [string, string][] = Array.isArray(headers)
    ? (headers as [string, string][])
    : Object.entries(headers);
  return entries.find(([k]) => k.toLowerCase() === lower)?.[1];
}

export function setHeader(context: Context, name: string, value: string | undefined): void {
  context.options ??= {};
  const headers = context.options.headers as HeaderBag | undefined;
  if (headers instanceof Headers) {
    if (value === undefined) headers.delete(name);
    else headers.set(name, value);
    return;
  }
  const lower = name.toLowerCase();
  const entries: [string, string][] = Array.isArray(headers)
    ? (headers as [string, string][])
    : Object.entries(headers ?? {});
  const kept = entries.filter(([k]) => k.toLowerCase() !== lower);
  if (value !== undefined) kept.push([name, value]);
  context.options.headers = Object.fromEntries(kept);
}

/**
 * Graph's `$skiptoken` is opaque to clients (they only follow `@odata.nextLink`). Ours carries
 * the offset of the next page, base64url-encoded with a version tag so garbage is recognised.
 */
const TOKEN = /^v1:(0|[1-9][0-9]{0,8})$/;

export function encodeSkipToken(offset: number): string {
  return Buffer.from(`v1:${offset}`, 'utf8').toString('base64url');
}

/** The offset a token stands for, or undefined when it is not one of ours. */
export function decodeSkipToken(token: string): number | undefined {
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(token)) return undefined;
  const match = TOKEN.exec(Buffer.from(token, 'base64url').toString('utf8'));
  return match ? Number(match[1]) : undefined;
}

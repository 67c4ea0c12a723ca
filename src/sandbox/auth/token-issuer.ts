import { createHmac, timingSafeEqual } from 'node:crypto';

export type TokenClaims = { oid: string; upn: string; exp: number; iat: number };
export type TokenRefusal = 'malformed' | 'bad-signature' | 'expired' | 'unsigned' | 'wrong-audience';
export type TokenVerdict = { ok: true; claims: TokenClaims } | { ok: false; reason: TokenRefusal };
export type TokenResponse = { access_token: string; token_type: 'Bearer'; expires_in: number };

export type TokenIssuer = {
  issue(persona: { id: string; upn: string }, nowMs: number, ttlSeconds?: number): TokenResponse;
  verify(token: string, nowMs: number): TokenVerdict;
};

export type TokenIssuerOptions = { issuer?: string; audience?: string };

/** Graph's resource app id: what `aud` holds in a real Graph access token. */
export const GRAPH_AUDIENCE = '00000003-0000-0000-c000-000000000000';
export const SANDBOX_ISSUER = 'https://localhost/referral-card-sandbox';
export const DEFAULT_TOKEN_TTL_SECONDS = 3600;
const MAX_TOKEN_LENGTH = 8192;
const MIN_SECRET_BYTES = 32; // RFC 7518 §3.2: an HS256 key is at least 256 bits.
const PART = /^[A-Za-z0-9_-]*$/;

/**
 * Signs and verifies the sandbox's dev sign-in tokens: compact JWS, HS256 only (issue #4:
 * "expired, tampered or unsigned tokens are refused"). The clock is passed in.
 */
export function createTokenIssuer(secret: Uint8Array, opts: TokenIssuerOptions = {}): TokenIssuer {
  if (secret.byteLength < MIN_SECRET_BYTES)
    throw new RangeError(`The token secret must be at least ${MIN_SECRET_BYTES} bytes.`);
  const key = Buffer.from(secret); // a private copy: later changes to the caller's array cannot change the key
  const issuer = opts.issuer ?? SANDBOX_ISSUER;
  const audience = opts.audience ?? GRAPH_AUDIENCE;
  const sign = (signingInput: string): string => createHmac('sha256', key).update(signingInput).digest('base64url');

  return {
    issue(persona, nowMs, ttlSeconds = DEFAULT_TOKEN_TTL_SECONDS) {
      if (!Number.isInteger(ttlSeconds) || ttlSeconds <= 0)
        throw new RangeError('ttlSeconds must be a positive integer.');
      const iat = Math.floor(nowMs / 1000);
      const header = encodeJson({ alg: 'HS256', typ: 'JWT' });
      const payload = encodeJson({
        iss: issuer,
        aud: audience,
        oid: persona.id,
        upn: persona.upn,
        iat,
        exp: iat + ttlSeconds,
      });
      const signingInput = `${header}.${payload}`;
      return { access_token: `${signingInput}.${sign(signingInput)}`, token_type: 'Bearer', expires_in: ttlSeconds };
    },

    verify(token, nowMs) {
      if (typeof token !== 'string' || token.length > MAX_TOKEN_LENGTH) return refuse('malformed');
      const parts = token.split('.');
      if (parts.length !== 3 || !parts.every((part) => PART.test(part))) return refuse('malformed');
      const [headerPart = '', payloadPart = '', signaturePart = ''] = parts;
      const header = decodeJson(headerPart);
      if (!header) return refuse('malformed');
      // alg "none" (any case) or a bare "header.payload." token: refuse before anything else.
      if ((typeof header.alg === 'string' && header.alg.toLowerCase() === 'none') || signaturePart === '')
        return refuse('unsigned');
      // Only HS256 is accepted, whatever the header claims (no algorithm confusion).
      if (header.alg !== 'HS256') return refuse('bad-signature');
      // Compare the canonical encoding, so a re-encoded (malleable) signature is refused too.
      const expected = Buffer.from(sign(`${headerPart}.${payloadPart}`), 'latin1');
      const given = Buffer.from(signaturePart, 'latin1');
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) return refuse('bad-signature');

      const payload = decodeJson(payloadPart);
      if (!payload) return refuse('malformed');
      const { oid, upn, exp, iat, aud } = payload;
      if (typeof oid !== 'string' || typeof upn !== 'string' || !isSeconds(exp) || !isSeconds(iat))
        return refuse('malformed');
      if (!(aud === audience || (Array.isArray(aud) && aud.includes(audience)))) return refuse('wrong-audience');
      if (Math.floor(nowMs / 1000) >= exp) return refuse('expired');
      return { ok: true, claims: { oid, upn, exp, iat } };
    },
  };
}

function refuse(reason: TokenRefusal): TokenVerdict {
  return { ok: false, reason };
}

function isSeconds(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

function encodeJson(value: object): string {
  return Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
}

function decodeJson(part: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    return value !== null && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

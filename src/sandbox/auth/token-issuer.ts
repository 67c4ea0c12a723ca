import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import type * as JoseModule from 'jose' with { 'resolution-mode': 'import' };
import type { JWK, JWTPayload } from 'jose' with { 'resolution-mode': 'import' };

// jose ships only ES modules, which this CommonJS build reaches through import(), once.
type Jose = typeof JoseModule;
let jose: Promise<Jose> | undefined;
export const loadJose = (): Promise<Jose> => (jose ??= import('jose'));

export type TokenClaims = { oid: string; upn: string; exp: number; iat: number };
export type TokenRefusal =
  | 'malformed'
  | 'bad-signature'
  | 'expired'
  | 'not-yet-valid'
  | 'unsigned'
  | 'wrong-audience'
  | 'wrong-issuer'
  | 'lifetime-too-long'
  | 'too-large';
export type TokenVerdict = { ok: true; claims: TokenClaims } | { ok: false; reason: TokenRefusal };
export type TokenResponse = { access_token: string; token_type: 'Bearer'; expires_in: number };
/** The public half of the signing key, as a JSON Web Key Set (what a relying party fetches to check tokens). */
export type JsonWebKeySet = { keys: JWK[] };

export type TokenIssuer = {
  issue(subject: { id: string; upn: string }, nowMs: number, ttlSeconds?: number): Promise<TokenResponse>;
  verify(token: string, nowMs: number): Promise<TokenVerdict>;
  readonly jwks: JsonWebKeySet;
};

export type TokenIssuerOptions = { issuer?: string; audience?: string };

/** Graph's resource app id: what `aud` holds in a real Graph access token. */
export const GRAPH_AUDIENCE = '00000003-0000-0000-c000-000000000000';
export const SANDBOX_ISSUER = 'https://localhost/referral-card-sandbox';
export const DEFAULT_TOKEN_TTL_SECONDS = 3600;
/** Entra ID lets an access token live at most a day; a longer one is refused even when signed. */
export const MAX_TOKEN_LIFETIME_SECONDS = 24 * 3600;
/** Real access tokens are a few KB; anything this long is refused before it is parsed. */
export const MAX_TOKEN_LENGTH = 16 * 1024;
const ALG = 'ES256';
// Signature checks cost far more than the HMAC they replace, and a client sends one token many times.
const VERIFIED_CACHE_SIZE = 1000;

/** A new P-256 signing key, as PKCS#8 PEM (what the data folder keeps, readable by its owner only). */
export function newSigningKeyPem(): string {
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  return privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
}

/**
 * Signs and verifies the sandbox's sign-in tokens with `jose`: ES256 only, the public key published as a
 * JWKS, and `iss`, `aud`, `nbf`, `exp` and the lifetime checked. The clock is passed in.
 */
export async function createTokenIssuer(privateKeyPem: string, opts: TokenIssuerOptions = {}): Promise<TokenIssuer> {
  const issuer = opts.issuer ?? SANDBOX_ISSUER;
  const audience = opts.audience ?? GRAPH_AUDIENCE;
  const { SignJWT, createLocalJWKSet, jwtVerify, decodeProtectedHeader, errors } = await loadJose();
  const { signingKey, jwks } = await loadKeys(createPrivateKey(privateKeyPem));
  const kid = jwks.keys[0]?.kid as string;
  const keySet = createLocalJWKSet(jwks);
  // Tokens whose signature, issuer and audience were checked; their times are checked again on every use.
  const verified = new Map<string, JWTPayload>();

  return {
    jwks,
    async issue(subject, nowMs, ttlSeconds = DEFAULT_TOKEN_TTL_SECONDS) {
      if (!Number.isInteger(ttlSeconds) || ttlSeconds <= 0 || ttlSeconds > MAX_TOKEN_LIFETIME_SECONDS)
        throw new RangeError(`ttlSeconds must be a whole number from 1 to ${MAX_TOKEN_LIFETIME_SECONDS}.`);
      const iat = Math.floor(nowMs / 1000);
      const token = await new SignJWT({ oid: subject.id, upn: subject.upn })
        .setProtectedHeader({ alg: ALG, typ: 'JWT', kid })
        .setIssuer(issuer)
        .setAudience(audience)
        .setIssuedAt(iat)
        .setNotBefore(iat)
        .setExpirationTime(iat + ttlSeconds)
        .sign(signingKey);
      return { access_token: token, token_type: 'Bearer', expires_in: ttlSeconds };
    },

    async verify(token, nowMs) {
      if (typeof token !== 'string') return refuse('malformed');
      if (token.length > MAX_TOKEN_LENGTH) return refuse('too-large');
      if (isUnsigned(token, decodeProtectedHeader)) return refuse('unsigned');
      const known = verified.get(token);
      if (known) return refuseByTime(known, nowMs) ?? claimsOf(known);
      let payload: JWTPayload;
      try {
        ({ payload } = await jwtVerify(token, keySet, {
          issuer,
          audience,
          algorithms: [ALG],
          currentDate: new Date(nowMs),
          requiredClaims: ['iss', 'aud', 'exp', 'nbf', 'iat'],
        }));
      } catch (error) {
        return refuse(refusalOf(error, errors));
      }
      if (verified.size >= VERIFIED_CACHE_SIZE) verified.delete(verified.keys().next().value as string);
      verified.set(token, payload);
      return claimsOf(payload);
    },
  };
}

async function loadKeys(privateKey: KeyObject): Promise<{ signingKey: CryptoKey; jwks: JsonWebKeySet }> {
  const { calculateJwkThumbprint, exportJWK, importJWK } = await loadJose();
  const privateJwk = privateKey.export({ format: 'jwk' }) as JWK;
  const publicJwk = createPublicKey(privateKey).export({ format: 'jwk' }) as JWK;
  const signingKey = (await importJWK({ ...privateJwk, alg: ALG }, ALG)) as CryptoKey;
  const published = await exportJWK((await importJWK({ ...publicJwk, alg: ALG }, ALG)) as CryptoKey);
  const kid = await calculateJwkThumbprint(published);
  return { signingKey, jwks: { keys: [{ ...published, kid, alg: ALG, use: 'sig' }] } };
}

/** jose's own time checks, for a token whose signature was checked before: expired at exp, valid from nbf. */
function refuseByTime(payload: JWTPayload, nowMs: number): TokenVerdict | undefined {
  const now = Math.floor(nowMs / 1000);
  if (typeof payload.exp === 'number' && payload.exp <= now) return refuse('expired');
  if (typeof payload.nbf === 'number' && payload.nbf > now) return refuse('not-yet-valid');
  return undefined;
}

function claimsOf(payload: JWTPayload): TokenVerdict {
  const { oid, upn, exp, iat, nbf } = payload;
  if (typeof oid !== 'string' || typeof upn !== 'string' || oid === '') return refuse('malformed');
  if (typeof exp !== 'number' || typeof iat !== 'number' || typeof nbf !== 'number') return refuse('malformed');
  if (exp - Math.min(iat, nbf) > MAX_TOKEN_LIFETIME_SECONDS) return refuse('lifetime-too-long');
  return { ok: true, claims: { oid, upn, exp, iat } };
}

/** jose's error classes, turned into the reasons the 401 message names. */
function refusalOf(error: unknown, errors: Jose['errors']): TokenRefusal {
  if (error instanceof errors.JWTExpired) return 'expired';
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'aud') return 'wrong-audience';
    if (error.claim === 'iss') return 'wrong-issuer';
    if (error.claim === 'nbf' && error.reason === 'check_failed') return 'not-yet-valid';
    return 'malformed';
  }
  // Another algorithm than ES256 (HS256 with the public key as its secret, say) is a bad signature too.
  if (
    error instanceof errors.JOSEAlgNotAllowed ||
    error instanceof errors.JWSSignatureVerificationFailed ||
    error instanceof errors.JWKSNoMatchingKey
  )
    return 'bad-signature';
  return 'malformed';
}

/** alg "none" (any case), or a bare "header.payload." token. */
function isUnsigned(token: string, decodeProtectedHeader: Jose['decodeProtectedHeader']): boolean {
  if (token.endsWith('.')) return true;
  try {
    const { alg } = decodeProtectedHeader(token);
    return typeof alg === 'string' && alg.toLowerCase() === 'none';
  } catch {
    return false;
  }
}

function refuse(reason: TokenRefusal): TokenVerdict {
  return { ok: false, reason };
}

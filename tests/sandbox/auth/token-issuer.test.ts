import { createHmac } from 'node:crypto';
import { SignJWT, createLocalJWKSet, importPKCS8, jwtVerify } from 'jose';
import {
  GRAPH_AUDIENCE,
  MAX_TOKEN_LIFETIME_SECONDS,
  SANDBOX_ISSUER,
  type TokenIssuer,
  createTokenIssuer,
  newSigningKeyPem,
} from '../../../src/sandbox/auth/token-issuer';

const pem = newSigningKeyPem();
const now = Date.UTC(2026, 10, 23, 12, 0, 0);
const sec = now / 1000;
const persona = { id: 'b0f1c2d3-0000-4000-8000-000000000001', upn: 'referrer@sandbox.test' };

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const unb64 = (part: string) => JSON.parse(Buffer.from(part, 'base64url').toString()) as Record<string, unknown>;
const claims = (extra: Record<string, unknown> = {}) => ({
  iss: SANDBOX_ISSUER,
  aud: GRAPH_AUDIENCE,
  oid: persona.id,
  upn: persona.upn,
  iat: sec,
  nbf: sec,
  exp: sec + 60,
  ...extra,
});
/** A token signed with the issuer's own key, for claims the issuer would never put in one. */
const craft = async (payload: Record<string, unknown>, keyPem = pem): Promise<string> =>
  new SignJWT(payload).setProtectedHeader({ alg: 'ES256' }).sign(await importPKCS8(keyPem, 'ES256'));

let issuer: TokenIssuer;
beforeAll(async () => {
  issuer = await createTokenIssuer(pem);
});

describe('createTokenIssuer (jose, ES256, JWKS): issuing and checking', () => {
  it('issues an ES256 Bearer token that verifies to the persona, and one a relying party checks with the JWKS', async () => {
    const response = await issuer.issue(persona, now);
    expect(response).toEqual({ access_token: expect.any(String), token_type: 'Bearer', expires_in: 3600 });
    expect(await issuer.verify(response.access_token, now + 1000)).toEqual({
      ok: true,
      claims: { oid: persona.id, upn: persona.upn, iat: sec, exp: sec + 3600 },
    });
    const [header, payload] = response.access_token.split('.') as [string, string];
    const kid = issuer.jwks.keys[0]?.kid;
    expect(unb64(header)).toEqual({ alg: 'ES256', typ: 'JWT', kid });
    expect(unb64(payload)).toMatchObject({ iss: SANDBOX_ISSUER, aud: GRAPH_AUDIENCE, nbf: sec, oid: persona.id });
    // The published set holds the public key only.
    expect(issuer.jwks.keys).toEqual([expect.objectContaining({ kty: 'EC', crv: 'P-256', alg: 'ES256', use: 'sig' })]);
    expect(issuer.jwks.keys[0]).not.toHaveProperty('d');
    const checked = await jwtVerify(response.access_token, createLocalJWKSet(issuer.jwks), {
      currentDate: new Date(now),
    });
    expect(checked.payload.upn).toBe(persona.upn);
  });

  it('expires at exp, by the clock passed in, and is not valid before nbf', async () => {
    const { access_token } = await issuer.issue(persona, now, 60);
    expect((await issuer.verify(access_token, now + 59_999)).ok).toBe(true);
    expect(await issuer.verify(access_token, now + 60_000)).toEqual({ ok: false, reason: 'expired' });
    expect(await issuer.verify(access_token, now - 5_000)).toEqual({ ok: false, reason: 'not-yet-valid' });
  });
});

describe('createTokenIssuer: refusals', () => {
  it.each([
    ['empty', ''],
    ['two parts', 'abc.def'],
    ['four parts', 'a.b.c.d'],
    ['not base64url', 'a+b.c/d.e'],
    ['header is not JSON', `${Buffer.from('nope').toString('base64url')}.${b64(claims())}.sig`],
    ['header is an array', `${b64(['ES256'])}.${b64(claims())}.sig`],
  ])('refuses a malformed token: %s', async (_label, token) => {
    expect(await issuer.verify(token, now)).toEqual({ ok: false, reason: 'malformed' });
  });

  it('refuses a token over 16 KB before reading it', async () => {
    expect(await issuer.verify('a'.repeat(100 * 1024), now)).toEqual({ ok: false, reason: 'too-large' });
  });

  it('checks iss, aud and the claims it needs on a correctly signed token', async () => {
    expect(await issuer.verify(await craft(claims({ iss: 'https://evil.example' })), now)).toEqual({
      ok: false,
      reason: 'wrong-issuer',
    });
    expect(await issuer.verify(await craft(claims({ aud: 'api://something-else' })), now)).toEqual({
      ok: false,
      reason: 'wrong-audience',
    });
    expect((await issuer.verify(await craft(claims({ aud: ['x', GRAPH_AUDIENCE] })), now)).ok).toBe(true);
    const { nbf: _nbf, ...withoutNbf } = claims();
    expect(await issuer.verify(await craft(withoutNbf), now)).toEqual({ ok: false, reason: 'malformed' });
    const { oid: _oid, ...withoutOid } = claims();
    expect(await issuer.verify(await craft(withoutOid), now)).toEqual({ ok: false, reason: 'malformed' });
  });

  it('refuses a signed token that lives longer than a day', async () => {
    const long = await craft(claims({ exp: sec + MAX_TOKEN_LIFETIME_SECONDS + 1 }));
    expect(await issuer.verify(long, now)).toEqual({ ok: false, reason: 'lifetime-too-long' });
    const day = await craft(claims({ exp: sec + MAX_TOKEN_LIFETIME_SECONDS }));
    expect((await issuer.verify(day, now)).ok).toBe(true);
  });

  it.each([
    ['alg none with no signature', `${b64({ alg: 'none' })}.${b64(claims())}.`],
    ['alg None, signature kept', `${b64({ alg: 'None' })}.${b64(claims())}.c2ln`],
    ['ES256 header but no signature', `${b64({ alg: 'ES256' })}.${b64(claims())}.`],
  ])('refuses an unsigned token: %s', async (_label, token) => {
    expect(await issuer.verify(token, now)).toEqual({ ok: false, reason: 'unsigned' });
  });

  it('refuses another key, and HS256 keyed with the public key (algorithm confusion), as bad-signature', async () => {
    expect(await issuer.verify(await craft(claims(), newSigningKeyPem()), now)).toEqual({
      ok: false,
      reason: 'bad-signature',
    });
    const input = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64(claims())}`;
    const mac = createHmac('sha256', JSON.stringify(issuer.jwks.keys[0])).update(input).digest('base64url');
    expect(await issuer.verify(`${input}.${mac}`, now)).toEqual({ ok: false, reason: 'bad-signature' });
  });

  it('refuses tampering with the payload or the signature', async () => {
    const token = (await issuer.issue(persona, now)).access_token;
    const [header, payload, signature] = token.split('.') as [string, string, string];
    const forged = `${header}.${b64({ ...unb64(payload), upn: 'team.manager@sandbox.test' })}.${signature}`;
    expect(await issuer.verify(forged, now)).toEqual({ ok: false, reason: 'bad-signature' });
    const flipped = signature.startsWith('A') ? `B${signature.slice(1)}` : `A${signature.slice(1)}`;
    expect(await issuer.verify(`${header}.${payload}.${flipped}`, now)).toEqual({ ok: false, reason: 'bad-signature' });
  });

  it('keeps tokens valid across a restart with the same key, and not with another', async () => {
    const { access_token } = await issuer.issue(persona, now);
    expect((await (await createTokenIssuer(pem)).verify(access_token, now)).ok).toBe(true);
    const other = await createTokenIssuer(newSigningKeyPem());
    expect(await other.verify(access_token, now)).toEqual({ ok: false, reason: 'bad-signature' });
  });

  it('refuses bad lifetimes and a key that is not PEM', async () => {
    await expect(issuer.issue(persona, now, 0)).rejects.toThrow(RangeError);
    await expect(issuer.issue(persona, now, 1.5)).rejects.toThrow(RangeError);
    await expect(issuer.issue(persona, now, MAX_TOKEN_LIFETIME_SECONDS + 1)).rejects.toThrow(RangeError);
    await expect(createTokenIssuer('not a key')).rejects.toThrow();
  });
});

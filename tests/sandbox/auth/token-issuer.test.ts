import { createHmac } from 'node:crypto';
import { GRAPH_AUDIENCE, createTokenIssuer } from '../../../src/sandbox/auth/token-issuer';

const secret = new Uint8Array(32).fill(7);
const now = Date.UTC(2026, 10, 23, 12, 0, 0);
const persona = { id: 'b0f1c2d3-0000-4000-8000-000000000001', upn: 'referrer@sandbox.test' };

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const unb64 = (part: string) => JSON.parse(Buffer.from(part, 'base64url').toString()) as Record<string, unknown>;
const hs256 = (key: Uint8Array, input: string) => createHmac('sha256', key).update(input).digest('base64url');
/** A token signed correctly with `key`, for crafting headers and payloads the issuer would never make. */
const craft = (header: unknown, payload: unknown, key: Uint8Array = secret) => {
  const input = `${b64(header)}.${b64(payload)}`;
  return `${input}.${hs256(key, input)}`;
};
const claims = (extra: Record<string, unknown> = {}) => ({
  aud: GRAPH_AUDIENCE,
  oid: persona.id,
  upn: persona.upn,
  iat: now / 1000,
  exp: now / 1000 + 60,
  ...extra,
});

describe('createTokenIssuer', () => {
  const issuer = createTokenIssuer(secret);

  it('issues a Bearer token that verifies to the persona', () => {
    const response = issuer.issue(persona, now);
    expect(response).toEqual({ access_token: expect.any(String), token_type: 'Bearer', expires_in: 3600 });
    expect(issuer.verify(response.access_token, now + 1000)).toEqual({
      ok: true,
      claims: { oid: persona.id, upn: persona.upn, iat: now / 1000, exp: now / 1000 + 3600 },
    });
    const [header, payload] = response.access_token.split('.') as [string, string];
    expect(unb64(header)).toEqual({ alg: 'HS256', typ: 'JWT' });
    expect(unb64(payload)).toMatchObject({ aud: GRAPH_AUDIENCE, oid: persona.id });
  });

  it('expires at exp, by the clock passed in', () => {
    const { access_token } = issuer.issue(persona, now, 60);
    expect(issuer.verify(access_token, now + 59_999).ok).toBe(true);
    expect(issuer.verify(access_token, now + 60_000)).toEqual({ ok: false, reason: 'expired' });
  });

  it.each([
    ['empty', ''],
    ['two parts', 'abc.def'],
    ['four parts', 'a.b.c.d'],
    ['not base64url', 'a+b.c/d.e'],
    ['header is not JSON', `${Buffer.from('nope').toString('base64url')}.${b64(claims())}.sig`],
    ['header is an array', `${b64(['HS256'])}.${b64(claims())}.sig`],
    ['huge', 'a'.repeat(9000)],
  ])('refuses a malformed token: %s', (_label, token) => {
    expect(issuer.verify(token, now)).toEqual({ ok: false, reason: 'malformed' });
  });

  it('refuses a correctly signed token whose claims are missing or mistyped as malformed', () => {
    expect(
      issuer.verify(craft({ alg: 'HS256' }, { aud: GRAPH_AUDIENCE, upn: persona.upn, iat: 1, exp: 2 }), now).ok,
    ).toBe(false);
    expect(issuer.verify(craft({ alg: 'HS256' }, claims({ exp: '9999999999' })), now)).toEqual({
      ok: false,
      reason: 'malformed',
    });
    expect(issuer.verify(craft({ alg: 'HS256' }, 'just a string'), now)).toEqual({ ok: false, reason: 'malformed' });
  });

  it.each([
    ['alg none with no signature', `${b64({ alg: 'none' })}.${b64(claims())}.`],
    ['alg None, signature kept', `${b64({ alg: 'None' })}.${b64(claims())}.${hs256(secret, 'x')}`],
    ['HS256 header but no signature', `${b64({ alg: 'HS256' })}.${b64(claims())}.`],
  ])('refuses an unsigned token: %s', (_label, token) => {
    expect(issuer.verify(token, now)).toEqual({ ok: false, reason: 'unsigned' });
  });

  it('refuses other algorithms and other keys as bad-signature', () => {
    expect(issuer.verify(craft({ alg: 'HS512' }, claims()), now)).toEqual({ ok: false, reason: 'bad-signature' });
    expect(issuer.verify(craft({ alg: 'RS256' }, claims()), now)).toEqual({ ok: false, reason: 'bad-signature' });
    expect(issuer.verify(craft({ alg: 'HS256' }, claims(), new Uint8Array(32).fill(8)), now)).toEqual({
      ok: false,
      reason: 'bad-signature',
    });
  });

  describe('tampering', () => {
    const token = issuer.issue(persona, now).access_token;
    const [header, payload, signature] = token.split('.') as [string, string, string];

    it('in the header', () => {
      const forged = `${b64({ ...unb64(header), kid: 'attacker' })}.${payload}.${signature}`;
      expect(issuer.verify(forged, now)).toEqual({ ok: false, reason: 'bad-signature' });
    });

    it('in the payload', () => {
      const forged = `${header}.${b64({ ...unb64(payload), upn: 'team.manager@sandbox.test' })}.${signature}`;
      expect(issuer.verify(forged, now)).toEqual({ ok: false, reason: 'bad-signature' });
      const extended = `${header}.${b64({ ...unb64(payload), exp: now / 1000 + 999_999 })}.${signature}`;
      expect(issuer.verify(extended, now)).toEqual({ ok: false, reason: 'bad-signature' });
    });

    it('in the signature, including a different encoding of the same bytes', () => {
      const flipped = signature.startsWith('A') ? `B${signature.slice(1)}` : `A${signature.slice(1)}`;
      expect(issuer.verify(`${header}.${payload}.${flipped}`, now)).toEqual({ ok: false, reason: 'bad-signature' });
      expect(issuer.verify(`${header}.${payload}.${signature.slice(0, -1)}`, now)).toEqual({
        ok: false,
        reason: 'bad-signature',
      });
      // 32 bytes → 43 chars: the last char carries 4 unused bits, so a sibling char decodes to the same bytes.
      const last = signature.at(-1) as string;
      const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
      const sibling = alphabet[alphabet.indexOf(last) ^ 1] as string;
      const malleable = `${signature.slice(0, -1)}${sibling}`;
      expect(Buffer.from(malleable, 'base64url')).toEqual(Buffer.from(signature, 'base64url'));
      expect(issuer.verify(`${header}.${payload}.${malleable}`, now)).toEqual({ ok: false, reason: 'bad-signature' });
    });
  });

  it('refuses a token minted for another audience', () => {
    const other = createTokenIssuer(secret, { audience: 'api://something-else' });
    expect(issuer.verify(other.issue(persona, now).access_token, now)).toEqual({ ok: false, reason: 'wrong-audience' });
    expect(issuer.verify(craft({ alg: 'HS256' }, claims({ aud: undefined })), now)).toEqual({
      ok: false,
      reason: 'wrong-audience',
    });
    expect(issuer.verify(craft({ alg: 'HS256' }, claims({ aud: ['x', GRAPH_AUDIENCE] })), now).ok).toBe(true);
  });

  it('keeps its own copy of the secret', () => {
    const key = new Uint8Array(32).fill(1);
    const own = createTokenIssuer(key);
    const { access_token } = own.issue(persona, now);
    key.fill(2);
    expect(own.verify(access_token, now).ok).toBe(true);
  });

  it('refuses short secrets and bad lifetimes', () => {
    expect(() => createTokenIssuer(new Uint8Array(16))).toThrow(RangeError);
    expect(() => issuer.issue(persona, now, 0)).toThrow(RangeError);
    expect(() => issuer.issue(persona, now, 1.5)).toThrow(RangeError);
  });
});

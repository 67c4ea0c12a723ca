import { createPrivateKey, createPublicKey, generateKeyPairSync } from 'node:crypto';
import type { JWK } from 'jose' with { 'resolution-mode': 'import' };
import { loadJose, type JsonWebKeySet } from './token-issuer';

// The tokens the sandbox signs when it plays Teams and the Bot Framework calling a bot: RS256 (the only algorithm the
// Agents SDK's authorizeJWT accepts), aud = the bot's app id, checked against keys published the way Entra ID
// publishes them, at `${authority}/discovery/v2.0/keys`, with the issuer `${authority}/v2.0` the SDK expects by
// default for that authority.

const ALG = 'RS256';
const TTL_SECONDS = 3600;

/** A new RSA signing key (PKCS#8 PEM) for the tokens the sandbox sends to bots. */
export function newConnectorKeyPem(): string {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
}

export type ConnectorTokenIssuer = {
  /** The public key, as a JSON Web Key Set (GET /sandbox/login/{tenant}/discovery/v2.0/keys). */
  readonly jwks: JsonWebKeySet;
  /** `${origin}/sandbox/login/${tenantId}`: what a bot configures as its authority to check these tokens. */
  authority(): string;
  /** `${authority}/v2.0`: the `iss` of every token. */
  issuer(): string;
  /** A token for one call to a bot: aud = its app id, plus the serviceurl claim the Bot Framework adds. */
  sign(call: { botAppId: string; serviceUrl: string }, nowMs: number): Promise<string>;
};

/** Signs bot-bound tokens; `origin` is read on each call because the port is known only once the server listens. */
export async function createConnectorTokenIssuer(
  privateKeyPem: string,
  where: { origin: () => string; tenantId: string },
): Promise<ConnectorTokenIssuer> {
  const { SignJWT, importPKCS8, calculateJwkThumbprint } = await loadJose();
  const privateKey = createPrivateKey(privateKeyPem);
  const publicJwk = createPublicKey(privateKey).export({ format: 'jwk' }) as JWK;
  const published: JWK = { kty: publicJwk.kty, n: publicJwk.n, e: publicJwk.e };
  const kid = await calculateJwkThumbprint(published);
  const signingKey = await importPKCS8(privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(), ALG);
  const authority = () => `${where.origin()}/sandbox/login/${where.tenantId}`;
  const issuer = () => `${authority()}/v2.0`;
  return {
    jwks: { keys: [{ ...published, kid, alg: ALG, use: 'sig' }] },
    authority,
    issuer,
    async sign(call, nowMs) {
      const iat = Math.floor(nowMs / 1000);
      return new SignJWT({ serviceurl: call.serviceUrl, tid: where.tenantId })
        .setProtectedHeader({ alg: ALG, typ: 'JWT', kid })
        .setIssuer(issuer())
        .setAudience(call.botAppId)
        .setIssuedAt(iat)
        .setNotBefore(iat)
        .setExpirationTime(iat + TTL_SECONDS)
        .sign(signingKey);
    },
  };
}

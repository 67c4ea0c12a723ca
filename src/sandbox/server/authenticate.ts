import type { JsonWebKeySet, TokenIssuer, TokenResponse } from '../auth';
import type { Directory } from '../model/directory';
import type { Caller } from './caller';
import { graphErrors } from './graph-errors';

const BEARER = /^Bearer\s+(\S+)\s*$/i;

/** Verifies the bearer token of a request and says who it speaks for. */
export class Authenticator {
  constructor(
    private readonly issuer: TokenIssuer,
    private readonly directory: Directory,
  ) {}

  /** The public keys tokens are checked against (GET /sandbox/.well-known/jwks.json). */
  get jwks(): JsonWebKeySet {
    return this.issuer.jwks;
  }

  /** Throws 401 InvalidAuthenticationToken for a missing, malformed, tampered, expired or unknown token. */
  async authenticate(authorization: string | undefined, nowMs: number): Promise<Caller> {
    if (!authorization) throw graphErrors.missingToken();
    const m = BEARER.exec(authorization);
    if (!m) throw graphErrors.invalidToken('the Authorization header is not a Bearer token');
    const verdict = await this.issuer.verify(m[1] as string, nowMs);
    if (!verdict.ok) throw graphErrors.invalidToken(verdict.reason);
    const { oid } = verdict.claims;
    const mailbox = this.directory.mailbox(oid);
    if (mailbox?.persona && mailbox.persona.id === oid) return { kind: 'user', persona: mailbox.persona, mailbox };
    const bot = this.directory.bot;
    if (bot.appId === oid)
      return { kind: 'app', appId: bot.appId, displayName: bot.displayName, mailboxAccess: bot.mailboxAccess };
    throw graphErrors.invalidToken('the token names no user or app of this sandbox');
  }

  /** Dev sign-in: a token for a persona (by UPN) or the bot (by app id); undefined when neither is known. */
  async issue(
    subject: { upn?: string | undefined; appId?: string | undefined },
    nowMs: number,
  ): Promise<TokenResponse | undefined> {
    if (subject.upn !== undefined) {
      const persona = this.directory.mailbox(subject.upn)?.persona;
      return persona ? this.issuer.issue({ id: persona.id, upn: persona.upn }, nowMs) : undefined;
    }
    const bot = this.directory.bot;
    if (subject.appId !== undefined && subject.appId.toLowerCase() === bot.appId.toLowerCase()) {
      return this.issuer.issue({ id: bot.appId, upn: bot.appId }, nowMs);
    }
    return undefined;
  }
}

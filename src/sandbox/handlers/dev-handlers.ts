import { graphErrors } from '../server/graph-errors';
import { bytes, empty, json } from '../server/reply';
import type { HandlerContext } from '../server/route';
import type { DevSignInResource, FaultsResource } from './resources';
import type { Services } from './services';

/** Dev sign-in: list personas, get a signed token for one, the keys that check it, the certificate to trust. */
export class DevSignInHandler implements DevSignInResource {
  constructor(private readonly s: Services) {}

  personas: DevSignInResource['personas'] = () => {
    const d = this.s.directory;
    return json(200, {
      value: d.personas.map((p) => ({
        id: p.id,
        upn: p.upn,
        displayName: p.displayName,
        roles: p.roles,
        mailboxAccess: p.mailboxAccess,
        groups: p.groups.map((g) => ({ id: g, displayName: d.group(g)?.displayName ?? g })),
      })),
      bot: { appId: d.bot.appId, displayName: d.bot.displayName, mailboxAccess: d.bot.mailboxAccess },
      tenantId: d.seed.tenantId,
    });
  };

  token: DevSignInResource['token'] = async (ctx) => {
    const token = await this.s.authenticator.issue(ctx.body, ctx.now.getTime());
    if (!token)
      throw graphErrors.badRequest(
        'No persona has that UPN, and no app has that id. GET /sandbox/personas lists them.',
      );
    return json(200, token);
  };

  jwks: DevSignInResource['jwks'] = () => json(200, this.s.authenticator.jwks);

  private tenant(ctx: HandlerContext<unknown>): void {
    if ((ctx.params.tenant ?? '').toLowerCase() !== this.s.directory.seed.tenantId)
      throw graphErrors.notFound('The sandbox has no such tenant.');
  }

  connectorKeys: DevSignInResource['connectorKeys'] = (ctx) => {
    this.tenant(ctx);
    return json(200, this.s.connectorIssuer.jwks);
  };

  /** The part of Entra ID's OpenID configuration a relying party reads: the issuer and where its keys are. */
  connectorConfiguration: DevSignInResource['connectorConfiguration'] = (ctx) => {
    this.tenant(ctx);
    const issuer = this.s.connectorIssuer;
    return json(200, {
      issuer: issuer.issuer(),
      jwks_uri: `${issuer.authority()}/discovery/v2.0/keys`,
      id_token_signing_alg_values_supported: ['RS256'],
      tenant_region_scope: 'EU',
    });
  };

  certificate: DevSignInResource['certificate'] = () =>
    bytes(Buffer.from(this.s.certificatePem, 'utf8'), 'application/x-pem-file', {
      'Content-Disposition': 'attachment; filename="referral-card-sandbox.pem"',
    });
}

/** POST / GET / DELETE /sandbox/faults: latency, 429, 503 and dropped connections on demand. */
export class FaultsHandler implements FaultsResource {
  constructor(private readonly s: Services) {}

  get: FaultsResource['get'] = () => json(200, this.s.faults.status());

  set: FaultsResource['set'] = (ctx) => {
    this.s.faults.set(ctx.body);
    return json(200, this.s.faults.status());
  };

  clear: FaultsResource['clear'] = () => {
    this.s.faults.clear();
    return empty(204);
  };
}

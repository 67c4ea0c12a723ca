import type { Context } from '@microsoft/microsoft-graph-client';
import { ChainLink } from './chain-link';
import type { TokenSource } from '../../auth/token-source';
import { GraphFailure } from '../errors/graph-failure';
import { isTokenHost } from './graph-hosts';
import { setHeader, urlOf } from './request-headers';

export type TokenHandlerOptions = {
  readonly tokenSource: Pick<TokenSource, 'getToken'>;
  readonly scopes: readonly string[];
  readonly customHosts: ReadonlySet<string>;
};

/** Graph says a token is no longer good with 401 InvalidAuthenticationToken (expired, revoked, wrong audience). */
async function isRefusedToken(response: Response): Promise<boolean> {
  if (response.status !== 401) return false;
  try {
    const body = (await response.clone().json()) as { error?: { code?: unknown } };
    return body.error?.code === 'InvalidAuthenticationToken';
  } catch {
    return false;
  }
}

/**
 * The auth link: a bearer token from our TokenSource on Graph hosts and the configured custom hosts only. When Graph
 * refuses the token, it asks the source for a fresh one (forceRefresh) and sends the request once more, so an
 * expired token is renewed without the referrer noticing. A source that cannot give a token means signed-out.
 */
export class TokenHandler extends ChainLink {
  constructor(private readonly options: TokenHandlerOptions) {
    super();
  }

  async execute(context: Context): Promise<void> {
    const next = this.next;
    if (!isTokenHost(urlOf(context), this.options.customHosts)) {
      setHeader(context, 'Authorization', undefined);
      return next.execute(context);
    }
    setHeader(context, 'Authorization', `Bearer ${await this.token(false)}`);
    await next.execute(context);
    if (context.response && (await isRefusedToken(context.response))) {
      void context.response.body?.cancel().catch(() => undefined);
      setHeader(context, 'Authorization', `Bearer ${await this.token(true)}`);
      await next.execute(context);
    }
  }

  private async token(forceRefresh: boolean): Promise<string> {
    try {
      return await this.options.tokenSource.getToken(this.options.scopes, forceRefresh ? { forceRefresh } : undefined);
    } catch {
      // The source's own error (TokenSourceError) says why in its words; the filing only needs to know "sign in again".
      throw new GraphFailure('signed-out');
    }
  }
}

import type { Context } from '@microsoft/microsoft-graph-client';
import { ChainLink } from './chain-link';
import { isTokenHost } from './graph-hosts';
import { getHeader, setHeader, urlOf } from './request-headers';

const IMMUTABLE = 'IdType="ImmutableId"';

/** Asks Graph for immutable ids on every Graph request, so a draft keeps its id when it moves to Sent Items. */
export class PreferImmutableIdHandler extends ChainLink {
  constructor(private readonly customHosts: ReadonlySet<string>) {
    super();
  }

  execute(context: Context): Promise<void> {
    const next = this.next;
    if (isTokenHost(urlOf(context), this.customHosts)) {
      const prefer = getHeader(context, 'Prefer');
      // Prefer takes a comma-separated list: keep e.g. odata.maxpagesize alongside.
      if (!prefer) setHeader(context, 'Prefer', IMMUTABLE);
      else if (!/IdType\s*=/i.test(prefer)) setHeader(context, 'Prefer', `${prefer}, ${IMMUTABLE}`);
    }
    return next.execute(context);
  }
}

import type { Context, Middleware } from '@microsoft/microsoft-graph-client';
import { isTokenHost } from './graph-hosts';
import { getHeader, setHeader, urlOf } from './request-headers';

const IMMUTABLE = 'IdType="ImmutableId"';

/** Asks Graph for immutable ids on every Graph request, so a draft keeps its id when it moves to Sent Items. */
export class PreferImmutableIdHandler implements Middleware {
  private next: Middleware | undefined;

  constructor(private readonly customHosts: ReadonlySet<string>) {}

  execute(context: Context): Promise<void> {
    const next = this.next;
    if (!next) throw new Error('PreferImmutableIdHandler needs a next link');
    if (isTokenHost(urlOf(context), this.customHosts)) {
      const prefer = getHeader(context, 'Prefer');
      // Prefer takes a comma-separated list: keep e.g. odata.maxpagesize alongside.
      if (!prefer) setHeader(context, 'Prefer', IMMUTABLE);
      else if (!/IdType\s*=/i.test(prefer)) setHeader(context, 'Prefer', `${prefer}, ${IMMUTABLE}`);
    }
    return next.execute(context);
  }

  setNext(next: Middleware): void {
    this.next = next;
  }
}

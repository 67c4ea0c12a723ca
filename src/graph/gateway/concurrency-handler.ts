import type { Context } from '@microsoft/microsoft-graph-client';
import { ChainLink } from './chain-link';
import type { MailboxLimiter } from './mailbox-limiter';
import { urlOf } from './request-headers';

/** First link: holds one of the mailbox's slots for the whole request, retries and token renewal included. */
export class ConcurrencyHandler extends ChainLink {
  constructor(
    private readonly limiter: MailboxLimiter,
    private readonly keyOf: (url: string) => string,
  ) {
    super();
  }

  execute(context: Context): Promise<void> {
    const next = this.next;
    return this.limiter.run(this.keyOf(urlOf(context)), () => next.execute(context));
  }
}

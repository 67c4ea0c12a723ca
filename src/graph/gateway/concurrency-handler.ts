import type { Context, Middleware } from '@microsoft/microsoft-graph-client';
import type { MailboxLimiter } from './mailbox-limiter';
import { urlOf } from './request-headers';

/** First link: holds one of the mailbox's slots for the whole request, retries and token renewal included. */
export class ConcurrencyHandler implements Middleware {
  private next: Middleware | undefined;

  constructor(
    private readonly limiter: MailboxLimiter,
    private readonly keyOf: (url: string) => string,
  ) {}

  execute(context: Context): Promise<void> {
    const next = this.next;
    if (!next) throw new Error('ConcurrencyHandler needs a next link');
    return this.limiter.run(this.keyOf(urlOf(context)), () => next.execute(context));
  }

  setNext(next: Middleware): void {
    this.next = next;
  }
}

import type { Context } from '@microsoft/microsoft-graph-client';
import { ChainLink } from './chain-link';
import { GraphFailure } from '../errors/graph-failure';
import { methodOf, urlOf } from './request-headers';

/** One request on the wire, for counting (benches, tests, telemetry). The path only: never the query or body. */
export type WireEvent = {
  readonly method: string;
  readonly path: string;
  /** 0 when no answer came (the connection failed). */
  readonly status: number;
};

function pathOf(url: string): string {
  try {
    // Query strings can hold filters and an upload URL's secret: they never leave this link.
    return new URL(url).pathname;
  } catch {
    return '';
  }
}

/**
 * The link just before the HTTP link: reports each request sent, and turns a failed fetch (TypeError, a dropped
 * connection, DNS, TLS) into an `offline` failure, so callers branch on kind, not on what the fetch threw.
 */
export class WireHandler extends ChainLink {
  constructor(private readonly onRequest?: (event: WireEvent) => void) {
    super();
  }

  async execute(context: Context): Promise<void> {
    const next = this.next;
    const event = { method: methodOf(context), path: pathOf(urlOf(context)) };
    try {
      await next.execute(context);
    } catch (error) {
      this.onRequest?.({ ...event, status: 0 });
      if (error instanceof GraphFailure) throw error;
      if ((error as { name?: unknown } | null)?.name === 'AbortError') throw new GraphFailure('cancelled');
      throw new GraphFailure('offline');
    }
    this.onRequest?.({ ...event, status: context.response?.status ?? 0 });
  }
}

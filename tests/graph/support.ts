// The Graph gateway against the in-process sandbox: undici's fetch with an Agent trusting the sandbox certificate as
// the last link (as tests/conformance/support.ts does), the sandbox sign-in as the token source, and no real waits.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Context, Middleware } from '@microsoft/microsoft-graph-client';
import type { Agent } from 'undici';
import { fetch as undiciFetch } from 'undici';
import { createSandboxTokenSource } from '../../src/auth/sandbox-token-source';
import type { TokenSource } from '../../src/auth/token-source';
import { catalogue } from '../../src/catalogues';
import type { Service } from '../../src/domain';
import { referenceFor } from '../../src/domain';
import {
  createGraphGateway,
  fileToMailbox,
  syncBoard,
  type BoardRow,
  type FilingFile,
  type FilingRequest,
  type GraphGateway,
  type GraphGatewayConfig,
  type ThrottleWait,
  type WireEvent,
  type GraphFailure,
} from '../../src/graph';
import { LEWISHAM_MAILBOX, type Harness } from '../conformance/support';

export * from '../conformance/support';

/** The HTTP link: undici + the sandbox CA; counts requests in flight and lets a test act before a request leaves. */
export class UndiciLink implements Middleware {
  inFlight = 0;
  maxInFlight = 0;
  before: ((url: string, method: string) => Promise<void> | void) | undefined;

  constructor(private readonly dispatcher: Agent) {}

  async execute(context: Context): Promise<void> {
    const url = typeof context.request === 'string' ? context.request : context.request.url;
    await this.before?.(url, (context.options?.method ?? 'GET').toUpperCase());
    this.inFlight += 1;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    try {
      const init = { ...(context.options ?? {}), dispatcher: this.dispatcher } as Parameters<typeof undiciFetch>[1];
      context.response = (await undiciFetch(url, init)) as unknown as Response;
    } finally {
      this.inFlight -= 1;
    }
  }

  setNext(): void {
    // the last link
  }
}

export type TestGateway = {
  gateway: GraphGateway;
  link: UndiciLink;
  waits: ThrottleWait[];
  wire: WireEvent[];
  source: TokenSource;
};

/** The sandbox's dev sign-in as `upn`, over undici trusting the sandbox certificate. */
export function sandboxTokenSource(h: Harness, upn: string, displayName = upn): TokenSource {
  const fetch = ((url: string, init?: RequestInit) =>
    undiciFetch(url, { ...(init ?? {}), dispatcher: h.dispatcher } as Parameters<
      typeof undiciFetch
    >[1])) as unknown as typeof globalThis.fetch;
  return createSandboxTokenSource({ persona: { upn, displayName }, fetch, baseUrl: h.sandbox.origin });
}

/** A gateway signed in as `upn` through the sandbox's dev sign-in; waits are recorded, not slept. */
export function gatewayFor(h: Harness, upn: string, extra: Partial<GraphGatewayConfig> = {}): TestGateway {
  const link = new UndiciLink(h.dispatcher);
  const waits: ThrottleWait[] = [];
  const wire: WireEvent[] = [];
  const source = sandboxTokenSource(h, upn);
  const gateway = createGraphGateway({
    baseUrl: h.sandbox.graphBaseUrl,
    tokenSource: source,
    scopes: ['Mail.ReadWrite', 'Mail.Send'],
    httpHandler: link,
    onWait: (w) => waits.push(w),
    onRequest: (e) => wire.push(e),
    ...extra,
    retry: { sleep: async () => undefined, random: () => 0, ...extra.retry },
  });
  return { gateway, link, waits, wire, source };
}

export function fileOf(
  id: string,
  name: string,
  contentType: string,
  bytes: Uint8Array,
): FilingFile & { reads: number } {
  const file = {
    id,
    name,
    contentType,
    size: bytes.length,
    reads: 0,
    async read() {
      file.reads += 1;
      return bytes;
    },
  };
  return file;
}

/** A repeatable sequence in [0, 1) from `seed`: the same random delays on every run of a test. */
export function seededRandom(seed: number): () => number {
  let x = seed;
  return () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x / 2147483648;
  };
}

/** Bytes that differ at every position, so a misplaced range shows up in a comparison. */
export function patternBytes(size: number, seed = 7): Uint8Array {
  const out = new Uint8Array(size);
  let x = seed;
  for (let i = 0; i < size; i += 1) {
    x = (x * 1103515245 + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

export const EXAMPLE_REFERRAL = readFileSync(join(__dirname, '../../docs/examples/referral.json'));

export function servicesOf(mailbox: string, count = 1): Service[] {
  return catalogue.services.filter((s) => s.mailbox?.toLowerCase() === mailbox.toLowerCase()).slice(0, count);
}

/** A filing request as the card will build it (documents stand-ins: the example referral.json and a small PDF). */
export function requestFor(
  referralId: string,
  mailbox: string,
  files: FilingFile[],
  over: Partial<FilingRequest> = {},
): FilingRequest {
  const services = over.services ?? servicesOf(mailbox, 1).map((s) => ({ id: s.id, name: s.name }));
  const reference = referenceFor(referralId);
  const [firstName = '', secondName = ''] = services.map((s) => s.name);
  // The subject contract: marking, reference, and the services' names (two by name, then a count).
  const names =
    services.length === 1
      ? firstName
      : services.length === 2
        ? `${firstName} and ${secondName}`
        : `${firstName} and ${services.length - 1} more services`;
  return {
    referralId,
    reference,
    schemaVersion: 1,
    kind: 'referral',
    services,
    mailbox,
    subject: `OFFICIAL-SENSITIVE: ${over.kind === 'advice' ? 'Advice request' : 'Referral'} ${reference} – ${names}`,
    htmlBody: `<p>Referral ${reference}</p>`,
    files,
    ...over,
  };
}

export function standardFiles(extra: FilingFile[] = []): FilingFile[] {
  return [
    fileOf('referral-json', 'referral.json', 'application/json', EXAMPLE_REFERRAL),
    fileOf('referral-pdf', 'referral.pdf', 'application/pdf', patternBytes(40_000, 3)),
    ...extra,
  ];
}

/** The GraphFailure a filing ends in; fails the test if it succeeds instead. */
export const failureOf = (p: Promise<unknown>): Promise<GraphFailure> =>
  p.then(
    () => {
      throw new Error('expected the filing to fail');
    },
    (e: unknown) => e as GraphFailure,
  );

/** Files a referral to the Lewisham mailbox as `referrer`; its row as `reader`'s board then sees it. */
export async function filedToLewisham(h: Harness, referrer: GraphGateway, reader: GraphGateway): Promise<BoardRow> {
  const referralId = randomUUID();
  h.clock.now += 1000;
  await fileToMailbox(referrer, requestFor(referralId, LEWISHAM_MAILBOX, standardFiles()));
  const board = await syncBoard(reader, LEWISHAM_MAILBOX);
  const row = Object.values(board.rows).find((r) => r.referralId === referralId);
  if (!row) throw new Error('the filed referral is not on the board');
  return row;
}

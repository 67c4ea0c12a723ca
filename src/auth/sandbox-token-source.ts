import type { z } from 'zod';
import {
  graphErrorEnvelopeSchema,
  sandboxPersonasResponseSchema,
  sandboxTokenResponseSchema,
  type SandboxPersona,
} from './sandbox-dto.schema';
import type { SignedInUser, TokenSource } from './token-source';
import { TokenSourceError } from './token-source-error';

export type SandboxFetchOptions = {
  /** Defaults to the global fetch. */
  readonly fetch?: typeof fetch;
  /** The sandbox's origin; '' (the default) means the page's own origin, where `npm start` serves both. */
  readonly baseUrl?: string;
};

export type SandboxTokenSourceOptions = SandboxFetchOptions & {
  readonly persona: Pick<SandboxPersona, 'upn' | 'displayName'>;
  /** Milliseconds since the epoch; tests move it. */
  readonly now?: () => number;
  /** Renew this long before the token expires, so a request never leaves with a token about to lapse. */
  readonly renewBeforeMs?: number;
};

const UNREACHABLE = 'The local sandbox did not answer. Check that `npm start` is running, then try again.';

type Sent = { response: Response; body: unknown; requestId: string | undefined };

async function send(options: SandboxFetchOptions, path: string, init: RequestInit): Promise<Sent> {
  const fetchFn = options.fetch ?? globalThis.fetch.bind(globalThis);
  let response: Response;
  try {
    response = await fetchFn(`${options.baseUrl ?? ''}${path}`, init);
  } catch {
    throw new TokenSourceError('sandbox-unreachable', UNREACHABLE);
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }
  const envelope = graphErrorEnvelopeSchema.safeParse(body);
  const requestId =
    response.headers.get('request-id') ??
    (envelope.success ? envelope.data.error.innerError?.['request-id'] : undefined);
  if (!response.ok) {
    const detail = { status: response.status, ...(requestId ? { requestId } : {}) };
    if (response.status >= 400 && response.status < 500 && envelope.success) {
      // The sandbox's own sentence, e.g. "No persona has that UPN…"; it holds no personal data.
      throw new TokenSourceError(
        'sandbox-refused',
        `The sandbox refused the sign-in: ${envelope.data.error.message}`,
        detail,
      );
    }
    throw new TokenSourceError(
      'sandbox-failed',
      `The sandbox could not sign you in (HTTP ${response.status}). Try again in a moment.`,
      detail,
    );
  }
  return { response, body, requestId };
}

function readAs<T>(schema: z.ZodType<T>, sent: Sent, what: string): T {
  const parsed = schema.safeParse(sent.body);
  if (parsed.success) return parsed.data;
  throw new TokenSourceError(
    'sandbox-bad-response',
    `The sandbox answered with something that is not ${what}. Restart \`npm start\` and try again.`,
    {
      status: sent.response.status,
      ...(sent.requestId ? { requestId: sent.requestId } : {}),
    },
  );
}

/** GET /sandbox/personas: who can sign in to the local sandbox. */
export async function fetchSandboxPersonas(options: SandboxFetchOptions = {}): Promise<SandboxPersona[]> {
  const sent = await send(options, '/sandbox/personas', { headers: { Accept: 'application/json' } });
  return readAs(sandboxPersonasResponseSchema, sent, 'a list of personas').value;
}

/**
 * The sandbox's dev sign-in as a token source: POST /sandbox/token {"upn"} for the chosen persona. The sandbox's token
 * covers every emulated Graph call, so scopes do not split the cache; it is reused until shortly before `expires_in`.
 */
export function createSandboxTokenSource(options: SandboxTokenSourceOptions): TokenSource {
  const now = options.now ?? Date.now;
  const renewBeforeMs = options.renewBeforeMs ?? 60_000;
  const user: SignedInUser = { name: options.persona.displayName, email: options.persona.upn };
  let cached: { token: string; renewAt: number } | undefined;
  let inflight: Promise<string> | undefined;

  const fetchToken = async (): Promise<string> => {
    const asked = now();
    const sent = await send(options, '/sandbox/token', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ upn: options.persona.upn }),
    });
    const token = readAs(sandboxTokenResponseSchema, sent, 'a token');
    const lifetimeMs = token.expires_in * 1000;
    // Measured from when we asked, so time on the wire only makes us renew earlier; short tokens renew at half-life.
    cached = { token: token.access_token, renewAt: asked + lifetimeMs - Math.min(renewBeforeMs, lifetimeMs / 2) };
    return token.access_token;
  };

  return {
    async user() {
      return user;
    },
    getToken(_scopes, options = {}) {
      if (!options.forceRefresh && cached && now() < cached.renewAt) return Promise.resolve(cached.token);
      // A forced renewal still joins a fetch already under way: that one asks for a new token too.
      if (options.forceRefresh) cached = undefined;
      inflight ??= fetchToken().finally(() => {
        inflight = undefined;
      });
      return inflight;
    },
  };
}

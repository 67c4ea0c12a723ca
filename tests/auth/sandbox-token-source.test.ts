import { Agent, fetch as undiciFetch } from 'undici';
import { createSandboxTokenSource, fetchSandboxPersonas } from '../../src/auth/sandbox-token-source';
import type { TokenSource as AuthTokenSource } from '../../src/auth/token-source';
import { TokenSourceError } from '../../src/auth/token-source-error';
import { createSandbox } from '../../src/sandbox/sandbox';
import type { TokenSource as UiTokenSource } from '../../src/ui/host-context';

const PERSONA = { upn: 'riley.referrer@sandbox.test', displayName: 'Riley Referrer' };

type Reply = { status: number; body?: unknown; raw?: string; headers?: Record<string, string> };

/** A fetch that answers from a script and records what was asked. */
function scriptedFetch(...replies: (Reply | Error)[]) {
  const calls: { url: string; init: RequestInit | undefined }[] = [];
  const fn = jest.fn(async (url: string | URL | Request, init?: RequestInit) => {
    calls.push({ url: String(url), init });
    const next = replies.length > 1 ? replies.shift() : replies[0];
    if (!next) throw new Error('no scripted reply');
    if (next instanceof Error) throw next;
    return new Response(next.raw ?? JSON.stringify(next.body), { status: next.status, headers: next.headers ?? {} });
  });
  return { fetch: fn as unknown as typeof fetch, calls };
}

const token = (access_token: string, expires_in = 3600): Reply => ({
  status: 200,
  body: { access_token, token_type: 'Bearer', expires_in },
});

describe('the sandbox token source', () => {
  test('is a TokenSource for the UI (and the UI’s is one for auth)', async () => {
    const { fetch } = scriptedFetch(token('t1'));
    const source: UiTokenSource = createSandboxTokenSource({ persona: PERSONA, fetch });
    const back: AuthTokenSource = source;
    await expect(back.user()).resolves.toEqual({ name: 'Riley Referrer', email: 'riley.referrer@sandbox.test' });
  });

  test('signs in with POST /sandbox/token {"upn"} and reuses the token until shortly before it expires', async () => {
    const clock = { now: 1_000_000 };
    const { fetch, calls } = scriptedFetch(token('first', 3600), token('second', 3600));
    const source = createSandboxTokenSource({
      persona: PERSONA,
      fetch,
      baseUrl: 'https://localhost:3000',
      now: () => clock.now,
    });

    await expect(source.getToken(['Mail.Send'])).resolves.toBe('first');
    expect(calls[0]?.url).toBe('https://localhost:3000/sandbox/token');
    expect(calls[0]?.init?.method).toBe('POST');
    expect(JSON.parse(String(calls[0]?.init?.body))).toEqual({ upn: PERSONA.upn });

    clock.now += 3_539_000; // 61 s before expiry: still good
    await expect(source.getToken(['Mail.ReadWrite'])).resolves.toBe('first');
    expect(calls).toHaveLength(1);

    clock.now += 1_000; // 60 s before expiry: renew now rather than send a token about to lapse
    await expect(source.getToken(['Mail.Send'])).resolves.toBe('second');
    expect(calls).toHaveLength(2);
  });

  test('a short-lived token is renewed at half its life', async () => {
    const clock = { now: 0 };
    const { fetch, calls } = scriptedFetch(token('a', 60), token('b', 60));
    const source = createSandboxTokenSource({ persona: PERSONA, fetch, now: () => clock.now });
    await source.getToken([]);
    clock.now = 29_999;
    await expect(source.getToken([])).resolves.toBe('a');
    clock.now = 30_000;
    await expect(source.getToken([])).resolves.toBe('b');
    expect(calls).toHaveLength(2);
  });

  test('callers asking at the same time share one sign-in', async () => {
    const { fetch, calls } = scriptedFetch(token('shared'));
    const source = createSandboxTokenSource({ persona: PERSONA, fetch });
    await expect(
      Promise.all([source.getToken(['a']), source.getToken(['b']), source.getToken(['a'])]),
    ).resolves.toEqual(['shared', 'shared', 'shared']);
    expect(calls).toHaveLength(1);
  });

  test('the sandbox not answering is said in words, and the next call tries again', async () => {
    const { fetch, calls } = scriptedFetch(new TypeError('fetch failed'), token('back'));
    const source = createSandboxTokenSource({ persona: PERSONA, fetch });
    const error = await source.getToken([]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TokenSourceError);
    expect(error).toMatchObject({
      code: 'sandbox-unreachable',
      message: expect.stringMatching(/did not answer.*npm start/),
    });
    await expect(source.getToken([])).resolves.toBe('back');
    expect(calls).toHaveLength(2);
  });

  test('a refusal quotes the sandbox’s sentence and its request id', async () => {
    const envelope = {
      error: {
        code: 'BadRequest',
        message: 'No persona has that UPN, and no app has that id.',
        innerError: { 'request-id': 'req-123', date: 'x' },
      },
    };
    const { fetch } = scriptedFetch({ status: 400, body: envelope });
    const error = await createSandboxTokenSource({ persona: PERSONA, fetch })
      .getToken([])
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'sandbox-refused', detail: { status: 400, requestId: 'req-123' } });
    expect((error as Error).message).toBe(
      'The sandbox refused the sign-in: No persona has that UPN, and no app has that id.',
    );
  });

  test('a server failure gives the status and the request-id header, not a stack trace', async () => {
    const { fetch } = scriptedFetch({ status: 503, raw: 'overloaded', headers: { 'request-id': 'req-503' } });
    const error = await createSandboxTokenSource({ persona: PERSONA, fetch })
      .getToken([])
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'sandbox-failed', detail: { status: 503, requestId: 'req-503' } });
    expect((error as Error).message).toBe('The sandbox could not sign you in (HTTP 503). Try again in a moment.');
  });

  test.each([
    ['not JSON', { status: 200, raw: '<html>' }],
    ['no token', { status: 200, body: { token_type: 'Bearer', expires_in: 3600 } }],
    ['a negative lifetime', { status: 200, body: { access_token: 'x', token_type: 'Bearer', expires_in: -5 } }],
  ])('an answer that is %s is refused', async (_, reply) => {
    const { fetch } = scriptedFetch(reply as Reply);
    await expect(createSandboxTokenSource({ persona: PERSONA, fetch }).getToken([])).rejects.toMatchObject({
      code: 'sandbox-bad-response',
    });
  });
});

describe('fetchSandboxPersonas', () => {
  test('reads GET /sandbox/personas, keeping what the picker shows', async () => {
    const persona = { id: 'p1', upn: PERSONA.upn, displayName: 'Riley Referrer', roles: ['referrer'] };
    const wire = { ...persona, mailboxAccess: [], groups: [{ id: 'g', displayName: 'G' }] };
    const { fetch, calls } = scriptedFetch({
      status: 200,
      body: { value: [wire], bot: { appId: 'b', displayName: 'Bot' } },
    });
    await expect(fetchSandboxPersonas({ fetch, baseUrl: 'https://localhost:3000' })).resolves.toEqual([persona]);
    expect(calls[0]?.url).toBe('https://localhost:3000/sandbox/personas');
  });

  test('a list that is not one is refused in words', async () => {
    const { fetch } = scriptedFetch({ status: 200, body: { value: [{ upn: 42 }] } });
    await expect(fetchSandboxPersonas({ fetch })).rejects.toMatchObject({
      code: 'sandbox-bad-response',
      message: expect.stringMatching(/not a list of personas/),
    });
  });
});

describe('against the real sandbox', () => {
  test('lists its personas, signs one in, and the token opens their mailbox', async () => {
    const sandbox = await createSandbox({ log: () => undefined });
    const dispatcher = new Agent({ connect: { ca: sandbox.certificatePem } });
    const trusting = ((url: string, init?: RequestInit) =>
      undiciFetch(url, { ...(init ?? {}), dispatcher } as Parameters<
        typeof undiciFetch
      >[1])) as unknown as typeof fetch;
    try {
      const personas = await fetchSandboxPersonas({ fetch: trusting, baseUrl: sandbox.origin });
      const referrer = personas.find((p) => p.roles.includes('referrer'));
      expect(referrer).toBeDefined();
      const source = createSandboxTokenSource({ persona: referrer!, fetch: trusting, baseUrl: sandbox.origin });
      const bearer = await source.getToken(['User.Read']);
      const me = await trusting(`${sandbox.origin}/graph/v1.0/me`, { headers: { Authorization: `Bearer ${bearer}` } });
      expect(me.status).toBe(200);
      expect(((await me.json()) as { userPrincipalName?: string }).userPrincipalName).toBe(referrer!.upn);

      const stranger = createSandboxTokenSource({
        persona: { upn: 'nobody@sandbox.test', displayName: 'Nobody' },
        fetch: trusting,
        baseUrl: sandbox.origin,
      });
      await expect(stranger.getToken([])).rejects.toMatchObject({ code: 'sandbox-refused', detail: { status: 400 } });
    } finally {
      await dispatcher.close();
      await sandbox.close();
    }
  });
});

import { type BatchSubRequest, type BatchSubResponse, runBatch } from '../../src/sandbox/batch';

const get = (id: string, extra: Partial<BatchSubRequest> = {}) => ({
  id,
  method: 'GET',
  url: `/me/messages/${id}`,
  ...extra,
});
const ok = async (req: BatchSubRequest): Promise<BatchSubResponse> => ({
  id: req.id,
  status: 200,
  body: { url: req.url },
});

/** A dispatcher that answers by url and records the order in which requests start and finish. */
function recorder(statusFor: (req: BatchSubRequest) => number = () => 200) {
  const events: string[] = [];
  const gates = new Map<string, () => void>();
  const dispatch = (req: BatchSubRequest): Promise<BatchSubResponse> => {
    events.push(`start ${req.id}`);
    return new Promise((resolve) => {
      gates.set(req.id, () => {
        events.push(`end ${req.id}`);
        resolve({ id: req.id, status: statusFor(req) });
      });
    });
  };
  const release = (id: string) => gates.get(id)?.();
  return { events, dispatch, release };
}

const flush = () => new Promise((resolve) => setImmediate(resolve));

describe('runBatch: refusals (whole batch, BadRequest)', () => {
  it.each<[string, unknown, RegExp]>([
    ['not an object', 'requests', /'requests' array/],
    ['no requests array', { requests: {} }, /'requests' array/],
    ['an empty batch', { requests: [] }, /at least one request/],
    [
      '21 requests',
      { requests: Array.from({ length: 21 }, (_, i) => get(String(i))) },
      /Number of requests in the batch exceeds the limit of 20/,
    ],
    ['a request that is not an object', { requests: [get('1'), 'GET /me'] }, /Request 2 .* not a JSON object/],
    ['a missing id', { requests: [{ method: 'GET', url: '/me' }] }, /non-empty string 'id'/],
    ['a numeric id', { requests: [{ id: 1, method: 'GET', url: '/me' }] }, /non-empty string 'id'/],
    ['duplicate ids', { requests: [get('1'), get('2'), get('1')] }, /more than one request with id '1'/],
    ['an unknown method', { requests: [get('1', { method: 'TRACE' })] }, /unsupported method/],
    ['no url', { requests: [{ id: '1', method: 'GET' }] }, /needs a 'url'/],
    ['an absolute https url', { requests: [get('1', { url: 'https://graph.microsoft.com/v1.0/me' })] }, /absolute url/],
    ['a protocol-relative url', { requests: [get('1', { url: '//evil.example/me' })] }, /absolute url/],
    ['a javascript: url', { requests: [get('1', { url: 'javascript:alert(1)' })] }, /absolute url/],
    [
      'a body without Content-Type',
      { requests: [{ id: '1', method: 'POST', url: '/me/messages', body: { subject: 'x' } }] },
      /no Content-Type/,
    ],
    [
      'non-string header values',
      { requests: [get('1', { headers: { Prefer: 5 } as unknown as Record<string, string> })] },
      /invalid headers/,
    ],
    [
      'dependsOn that is not a list',
      { requests: [get('1'), get('2', { dependsOn: '1' as unknown as string[] })] },
      /invalid 'dependsOn'/,
    ],
    [
      'dependsOn an unknown id',
      { requests: [get('1'), get('2', { dependsOn: ['9'] })] },
      /depends on '9', which is not an earlier request/,
    ],
    ['dependsOn a later id', { requests: [get('1', { dependsOn: ['2'] }), get('2')] }, /depends on '2'/],
    ['dependsOn itself', { requests: [get('1', { dependsOn: ['1'] })] }, /depends on '1'/],
  ])('%s', async (_label, body, message) => {
    let dispatched = 0;
    const result = await runBatch(body, async (req) => {
      dispatched += 1;
      return ok(req);
    });
    expect(result).toEqual({ ok: false, code: 'BadRequest', message: expect.stringMatching(message) });
    expect(dispatched).toBe(0); // validation happens before anything runs
  });

  it('accepts exactly 20 requests', async () => {
    const result = await runBatch({ requests: Array.from({ length: 20 }, (_, i) => get(String(i))) }, ok);
    expect(result.ok && result.responses).toHaveLength(20);
  });
});

describe('runBatch: execution', () => {
  it('answers every request in request order, under its own id, with relative urls normalised', async () => {
    const result = await runBatch(
      {
        requests: [
          { id: 'b', method: 'get', url: 'me' },
          {
            id: 'a',
            method: 'POST',
            url: '/me/messages',
            headers: { 'content-type': 'application/json' },
            body: { subject: 's' },
          },
        ],
      },
      async (req) => ({
        id: 'wrong',
        status: 201,
        body: { method: req.method, url: req.url, body: req.body, headers: req.headers },
      }),
    );
    expect(result).toEqual({
      ok: true,
      responses: [
        { id: 'b', status: 201, body: { method: 'GET', url: '/me', body: undefined, headers: undefined } },
        {
          id: 'a',
          status: 201,
          body: {
            method: 'POST',
            url: '/me/messages',
            body: { subject: 's' },
            headers: { 'content-type': 'application/json' },
          },
        },
      ],
    });
  });

  it('runs requests without dependencies concurrently', async () => {
    const { events, dispatch, release } = recorder();
    const done = runBatch({ requests: [get('1'), get('2'), get('3')] }, dispatch);
    await flush();
    expect(events).toEqual(['start 1', 'start 2', 'start 3']); // all started before any finished
    ['3', '1', '2'].forEach(release);
    const result = await done;
    expect(result.ok && result.responses.map((r) => r.id)).toEqual(['1', '2', '3']);
  });

  it('starts a dependent request only after its dependency finished', async () => {
    const { events, dispatch, release } = recorder();
    const done = runBatch({ requests: [get('1'), get('2', { dependsOn: ['1'] }), get('3')] }, dispatch);
    await flush();
    expect(events).toEqual(['start 1', 'start 3']);
    release('1');
    await flush();
    expect(events).toEqual(['start 1', 'start 3', 'end 1', 'start 2']);
    release('2');
    release('3');
    expect((await done).ok).toBe(true);
  });

  it('answers 424 to a request whose dependency failed, transitively, and skips dispatching it', async () => {
    const dispatched: string[] = [];
    const result = await runBatch(
      {
        requests: [
          get('1'),
          get('2', { dependsOn: ['1'] }),
          get('3', { dependsOn: ['2'] }),
          get('4'),
          get('5', { dependsOn: ['4', '1'] }),
        ],
      },
      async (req) => {
        dispatched.push(req.id);
        return { id: req.id, status: req.id === '1' ? 404 : 200 };
      },
    );
    expect(dispatched.sort()).toEqual(['1', '4']);
    expect(result.ok && result.responses.map((r) => [r.id, r.status])).toEqual([
      ['1', 404],
      ['2', 424],
      ['3', 424],
      ['4', 200],
      ['5', 424],
    ]);
    const failed = result.ok ? result.responses[1] : undefined;
    expect(failed?.body).toEqual({ error: { code: 'FailedDependency', message: expect.stringContaining("'1'") } });
  });

  it('treats a throttled (429) dependency as failed but runs dependents of a 2xx/3xx', async () => {
    const statuses: Record<string, number> = { '1': 429, '3': 304 };
    const result = await runBatch(
      { requests: [get('1'), get('2', { dependsOn: ['1'] }), get('3'), get('4', { dependsOn: ['3'] })] },
      async (req) => ({ id: req.id, status: statuses[req.id] ?? 200 }),
    );
    expect(result.ok && result.responses.map((r) => r.status)).toEqual([429, 424, 304, 200]);
  });

  it('turns a dispatcher that throws into a 500 for that request only, without leaking the error', async () => {
    const result = await runBatch({ requests: [get('1'), get('2'), get('3', { dependsOn: ['2'] })] }, async (req) => {
      if (req.id === '2') throw new Error('secret stack detail');
      return ok(req);
    });
    expect(result.ok && result.responses.map((r) => r.status)).toEqual([200, 500, 424]);
    expect(JSON.stringify(result)).not.toContain('secret stack detail');
  });
});

// dropAfterHandler: the request takes effect, then the connection drops, as when a network fails mid-answer.
import { type Harness, REFERRER, setFaults, startHarness } from '../../conformance/support';
import { FaultInjector } from '../../../src/sandbox/faults/fault-injector';

let h: Harness;
let token: string;
beforeAll(async () => {
  h = await startHarness();
  token = await h.token(REFERRER);
});
afterAll(() => h.close());

const faults = (settings: object) => setFaults(h, settings);
const graph = (path: string, init: RequestInit = {}) =>
  h.fetch(`/graph/v1.0${path}`, {
    ...init,
    headers: {
      authorization: `Bearer ${token}`,
      'content-type': 'application/json',
      ...(init.headers as Record<string, string>),
    },
  });
const subjects = async () =>
  (
    (await (await graph('/me/mailFolders/drafts/messages?$select=subject&$top=100')).json()) as {
      value: { subject: string }[];
    }
  ).value.map((m) => m.subject);

test('the injector reports a drop after the handler only when asked, and counts it against the limit', () => {
  const f = new FaultInjector({ rateDrop: 1, dropAfterHandler: true, limit: 1 });
  expect(f.decide('/graph/v1.0/me').fault).toBe('drop-after-handler');
  expect(f.decide('/graph/v1.0/me').fault).toBeUndefined();
  expect(new FaultInjector({ rateDrop: 1 }).decide('/graph/v1.0/me').fault).toBe('drop');
});

test('a plain drop loses the request; a drop after the handler keeps its effect but loses the answer', async () => {
  await faults({ rateDrop: 1, limit: 1, pathPrefix: '/graph/v1.0/me/messages' });
  await expect(
    graph('/me/messages', { method: 'POST', body: JSON.stringify({ subject: 'lost before' }) }),
  ).rejects.toThrow();
  await faults({ rateDrop: 1, limit: 1, dropAfterHandler: true, pathPrefix: '/graph/v1.0/me/messages' });
  await expect(
    graph('/me/messages', { method: 'POST', body: JSON.stringify({ subject: 'kept after' }) }),
  ).rejects.toThrow();
  const status = (await (await h.fetch('/sandbox/faults')).json()) as { injected: number; remaining: number };
  expect(status).toMatchObject({ injected: 1, remaining: 0 });
  const seen = await subjects();
  expect(seen).toContain('kept after');
  expect(seen).not.toContain('lost before');
});

test('a handler error under dropAfterHandler is lost too, and the next request is answered normally', async () => {
  await faults({ rateDrop: 1, limit: 1, dropAfterHandler: true });
  await expect(graph('/me/messages/nope')).rejects.toThrow();
  const next = await graph('/me/messages/nope');
  expect(next.status).toBe(404);
});

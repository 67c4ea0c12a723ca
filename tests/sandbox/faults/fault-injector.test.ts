import { FaultInjector } from '../../../src/sandbox/faults/fault-injector';
import { faultSettingsSchema } from '../../../src/sandbox/faults/fault-settings.schema';

const run = (f: FaultInjector, n: number, path = '/graph/v1.0/me') =>
  Array.from({ length: n }, () => f.decide(path).fault ?? '-').join('');

test('the same seed injects the same faults in the same order', () => {
  const settings = { rate429: 0.3, rate503: 0.2, rateDrop: 0.1, seed: 42 };
  const a = run(new FaultInjector(settings), 200);
  const b = run(new FaultInjector(settings), 200);
  expect(a).toBe(b);
  expect(a).toMatch(/429/);
  expect(a).toMatch(/503/);
  expect(a).toMatch(/drop/);
  expect(a).toMatch(/-/);
  expect(run(new FaultInjector({ ...settings, seed: 43 }), 200)).not.toBe(a);
});

test('limit stops injecting after that many faults; rates of 1 and 0 always and never fire', () => {
  const f = new FaultInjector({ rate429: 1, limit: 3, retryAfterSeconds: 7 });
  expect(run(f, 5)).toBe('429429429--');
  expect(f.status()).toEqual({ settings: { rate429: 1, limit: 3, retryAfterSeconds: 7 }, injected: 3, remaining: 0 });
  expect(run(new FaultInjector({ rate503: 0 }), 50)).toBe('-'.repeat(50));
});

test('pathPrefix (case-insensitive) limits faults and latency to matching paths; clear() stops everything', () => {
  const f = new FaultInjector({ rate503: 1, latencyMs: 25, pathPrefix: '/graph/v1.0/ME/messages' });
  expect(f.decide('/graph/v1.0/me/messages/abc')).toMatchObject({ fault: '503', latencyMs: 25 });
  expect(f.decide('/graph/v1.0/me')).toEqual({ latencyMs: 0, retryAfterSeconds: 1 });
  f.clear();
  expect(f.decide('/graph/v1.0/me/messages')).toEqual({ latencyMs: 0, retryAfterSeconds: 1 });
  expect(f.status()).toEqual({ settings: null, injected: 0, remaining: null });
});

test('method limits faults to requests with that method; the reads beside them pass and are not counted', () => {
  const f = new FaultInjector({ rate429: 1, limit: 1, method: 'POST' });
  expect(f.decide('/graph/v1.0/me/messages', 'GET').fault).toBeUndefined();
  expect(f.decide('/graph/v1.0/me/messages', 'post').fault).toBe('429');
  expect(f.decide('/graph/v1.0/me/messages', 'POST').fault).toBeUndefined();
  expect(faultSettingsSchema.safeParse({ method: 'FETCH' }).success).toBe(false);
});

test('settings are validated: rates within 0..1 and summing to at most 1, no unknown keys', () => {
  expect(faultSettingsSchema.safeParse({ rate429: 0.6, rate503: 0.6 }).success).toBe(false);
  expect(faultSettingsSchema.safeParse({ rate429: 2 }).success).toBe(false);
  expect(faultSettingsSchema.safeParse({ rate249: 0.1 }).success).toBe(false);
  expect(faultSettingsSchema.safeParse({ pathPrefix: 'graph' }).success).toBe(false);
  expect(faultSettingsSchema.safeParse({ rate429: 0.5, rate503: 0.5, latencyMs: 10, seed: 1, limit: 2 }).success).toBe(
    true,
  );
});

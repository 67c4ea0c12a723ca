// readDetails: what a list is shown is read once and kept; a quarantine is kept with its reason, a Graph failure is
// not (tried again later); a cache that fails only costs a download; downloads run a few at a time.
import { GraphFailure, readDetails } from '../../../src/graph';
import type { DetailsCache, ReferralDetails } from '../../../src/graph';
import { filedExample } from '../../ui/support/filed-documents';
import { fakeMailClient, messageWith, pathsOf, type Answer } from '../referral-document/fake-mail-client';

function memoryCache(): DetailsCache & { kept: Map<string, ReferralDetails> } {
  const kept = new Map<string, ReferralDetails>();
  return {
    kept,
    get: async (ids) => new Map(ids.flatMap((id) => (kept.has(id) ? [[id, kept.get(id)!] as const] : []))),
    put: async (id, d) => void kept.set(id, d),
  };
}

const json = JSON.stringify(filedExample());
const messages = (...ids: string[]): Record<string, Answer> =>
  Object.assign({}, ...ids.map((id) => messageWith(id, json)));

test('reads each message once: the second time everything comes from the cache', async () => {
  const g = fakeMailClient(messages('m1', 'm2'));
  const cache = memoryCache();
  const first = await readDetails(g, ['m1', 'm2', 'm1'], cache);
  expect([...first.values()].map((r) => r.ok)).toEqual([true, true]);
  expect(g.requests).toHaveLength(4); // a listing and a download each, m1 once
  const again = await readDetails(g, ['m2', 'm1'], cache);
  expect(g.requests).toHaveLength(4);
  expect(again.get('m1')?.ok && again.get('m1')).toMatchObject({ document: { reference: filedExample().reference } });
});

test('a quarantined file is kept with its reason; a Graph failure is reported and read again next time', async () => {
  const answers: Record<string, Answer> = {
    ...messages('good'),
    [pathsOf('bad').list]: { value: [{ id: 'x', name: 'notes.txt' }] },
    [pathsOf('flaky').list]: () => {
      throw Object.assign(new Error('Service unavailable'), { statusCode: 503 });
    },
  };
  const g = fakeMailClient(answers);
  const cache = memoryCache();
  const seen: string[] = [];
  const read = await readDetails(g, ['good', 'bad', 'flaky'], cache, { onRead: (id) => seen.push(id) });
  expect(read.get('bad')).toEqual({
    ok: false,
    reason: 'missing',
    message: 'The referral has no referral details file.',
  });
  const flaky = read.get('flaky');
  expect(flaky).toMatchObject({ ok: false, reason: 'unavailable' });
  expect(flaky && !flaky.ok && 'error' in flaky && flaky.error).toBeInstanceOf(GraphFailure);
  expect(seen.sort()).toEqual(['bad', 'flaky', 'good']);
  expect([...cache.kept.keys()].sort()).toEqual(['bad', 'good']);
  answers[pathsOf('flaky').list] = messageWith('flaky', json)[pathsOf('flaky').list];
  Object.assign(answers, messageWith('flaky', json));
  const retried = await readDetails(g, ['good', 'bad', 'flaky'], cache);
  expect(retried.get('flaky')?.ok).toBe(true);
});

test('a cache that cannot be read or written costs a download, never the list', async () => {
  const g = fakeMailClient(messages('m1'));
  const broken: DetailsCache = {
    get: () => Promise.reject(new Error('blocked')),
    put: () => Promise.reject(new Error('quota')),
  };
  const read = await readDetails(g, ['m1'], broken);
  expect(read.get('m1')?.ok).toBe(true);
});

test('downloads run at most `concurrency` at a time', async () => {
  let inFlight = 0;
  let most = 0;
  const ids = Array.from({ length: 9 }, (_, i) => `m${i}`);
  const answers: Record<string, Answer> = {};
  for (const id of ids) {
    Object.assign(answers, messageWith(id, json));
    const listing = answers[pathsOf(id).list];
    answers[pathsOf(id).list] = async () => {
      inFlight += 1;
      most = Math.max(most, inFlight);
      await new Promise((r) => setTimeout(r, 5));
      inFlight -= 1;
      return listing;
    };
  }
  const read = await readDetails(fakeMailClient(answers), ids, memoryCache(), { concurrency: 3 });
  expect(read.size).toBe(9);
  expect(most).toBe(3);
});

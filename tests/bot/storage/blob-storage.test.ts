import { randomUUID } from 'node:crypto';
import { BlobStorage } from '../../../src/bot/storage/blob-storage';
import { startAzurite, type Azurite } from '../support/azurite';
import { FakeChannel, FakeTriage, rowOf } from '../support/fakes';
import { decideOnBoard, watcherOf } from '../support/watchers';
import { storageContract } from './storage-contract';

let azurite: Azurite;
beforeAll(async () => {
  azurite = await startAzurite();
}, 30_000);
afterAll(async () => {
  await azurite?.stop();
});

describe('BlobStorage against Azurite: two instances on one container', () => {
  storageContract(async () => {
    const container = azurite.service.getContainerClient(`bot-${randomUUID()}`);
    await container.create();
    return [new BlobStorage(container), new BlobStorage(container)];
  });
});

test('a container that does not exist is an error, not an empty store', async () => {
  const s = new BlobStorage(azurite.service.getContainerClient('missing-container'));
  await expect(s.create('k', { n: 1 })).rejects.toThrow();
});

test('two bots on one container: a decision made while both were stopped redraws its card once between them', async () => {
  const container = azurite.service.getContainerClient(`bot-${randomUUID()}`);
  await container.create();
  const triage = new FakeTriage();
  const ids = ['b0000001-0000-4000-8000-000000000000', 'b0000002-0000-4000-8000-000000000000'];
  for (const id of ids) triage.add(rowOf(id, '2027-03-25T09:30:00Z'));
  const channel = new FakeChannel();
  const at = { t: new Date('2027-03-25T10:00:00Z') };
  const bot = () => watcherOf({ storage: new BlobStorage(container), channel, triage }, at);
  expect((await bot().tick()).posted).toBe(2);
  for (const id of ids) await decideOnBoard(triage, id, 'screening', at.t);
  const [a, b] = [bot(), bot()];
  const [ra, rb] = await Promise.all([a.tick(), b.tick()]);
  expect(ra.redrawn + rb.redrawn).toBe(2);
  await Promise.all([a.tick(), b.tick(), bot().tick()]);
  expect(channel.updates).toHaveLength(2);
  expect(channel.updates.every((u) => JSON.stringify(u.card).includes('"expectedVersion":1'))).toBe(true);
});

import { randomUUID } from 'node:crypto';
import { BlobStorage } from '../../../src/bot/storage/blob-storage';
import { startAzurite, type Azurite } from '../support/azurite';
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

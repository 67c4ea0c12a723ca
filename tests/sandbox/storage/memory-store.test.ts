import { openMemoryStore } from '../../../src/sandbox/storage/memory-store';
import { describeStoreContract } from './store-contract';

describeStoreContract('memory store', async () => openMemoryStore());

describe('memory store', () => {
  it('starts empty each time it is opened', async () => {
    const first = openMemoryStore();
    await first.put('messages', 'a', { id: 'a' });
    await first.close();
    expect(openMemoryStore().list('messages')).toEqual([]);
  });
});

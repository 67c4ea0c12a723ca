import { RestError, type ContainerClient } from '@azure/storage-blob';
import type { StoreItem } from '@microsoft/agents-hosting';
import { StorageConflictError, checkKey, withoutETag, type BotStorage } from './bot-storage';

const statusOf = (error: unknown) => (error instanceof RestError ? error.statusCode : undefined);

/**
 * The production store: one JSON blob per key in an Azure Blob Storage container. Blob Storage keeps the eTag and
 * checks it for us: a create sends If-None-Match: *, an update If-Match: <eTag>, so any number of bot instances agree.
 */
export class BlobStorage implements BotStorage {
  constructor(private readonly container: ContainerClient) {}

  private blobOf(key: string) {
    return this.container.getBlockBlobClient(encodeURIComponent(checkKey(key)));
  }

  async read(keys: string[]): Promise<StoreItem> {
    if (!keys || keys.length === 0) throw new RangeError('Give at least one key to read.');
    const found: StoreItem = {};
    await Promise.all(
      keys.map(async (key) => {
        const item = await this.readOne(key);
        if (item) found[key] = item;
      }),
    );
    return found;
  }

  // One download gives the body and the eTag of the same version.
  private async readOne(key: string): Promise<StoreItem | undefined> {
    try {
      const answer = await this.blobOf(key).download();
      const chunks: Buffer[] = [];
      for await (const chunk of answer.readableStreamBody ?? []) chunks.push(Buffer.from(chunk as Buffer));
      return { ...(JSON.parse(Buffer.concat(chunks).toString('utf8')) as object), eTag: answer.etag };
    } catch (error) {
      if (statusOf(error) === 404) return undefined;
      throw error;
    }
  }

  private async upload(key: string, item: StoreItem, conditions: { ifMatch?: string; ifNoneMatch?: string }) {
    const text = JSON.stringify(withoutETag(item));
    try {
      const answer = await this.blobOf(key).upload(text, Buffer.byteLength(text), {
        conditions,
        blobHTTPHeaders: { blobContentType: 'application/json' },
      });
      return answer.etag ?? '';
    } catch (error) {
      const status = statusOf(error);
      if (status === 412 || status === 409) throw new StorageConflictError(key);
      throw error;
    }
  }

  async create(key: string, item: StoreItem): Promise<string> {
    return this.upload(key, item, { ifNoneMatch: '*' });
  }

  async write(changes: StoreItem): Promise<void> {
    const entries = Object.entries(changes ?? {});
    if (entries.length === 0) throw new RangeError('Give at least one item to write.');
    for (const [key, item] of entries) {
      const eTag = (item as StoreItem).eTag;
      await this.upload(key, item as StoreItem, eTag === undefined || eTag === '*' ? {} : { ifMatch: String(eTag) });
    }
  }

  async delete(keys: string[]): Promise<void> {
    await Promise.all(keys.map((key) => this.blobOf(key).deleteIfExists()));
  }
}

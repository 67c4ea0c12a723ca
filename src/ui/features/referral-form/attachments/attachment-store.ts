// The bytes of attachments stay in memory beside the draft (the draft holds only their metadata); filing reads them.
import type { HostAttachment } from '../../../host-context';

export type AttachmentSource =
  | { readonly kind: 'file'; readonly file: Blob & { readonly name?: string } }
  | { readonly kind: 'host'; readonly attachment: HostAttachment };

export type AttachmentStore = {
  put(id: string, source: AttachmentSource): void;
  get(id: string): AttachmentSource | undefined;
  has(id: string): boolean;
  remove(id: string): void;
  /** Reads the bytes to file them; undefined when the file is gone (the card was reopened). */
  read(id: string): Promise<Uint8Array | undefined>;
};

export function createAttachmentStore(): AttachmentStore {
  const sources = new Map<string, AttachmentSource>();
  return {
    put: (id, source) => void sources.set(id, source),
    get: (id) => sources.get(id),
    has: (id) => sources.has(id),
    remove: (id) => void sources.delete(id),
    async read(id) {
      const source = sources.get(id);
      if (!source) return undefined;
      if (source.kind === 'host') return source.attachment.read();
      return new Uint8Array(await source.file.arrayBuffer());
    },
  };
}

/** 1.2 MB, 340 KB, 12 bytes. */
export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

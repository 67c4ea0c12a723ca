// The fallback when IndexedDB cannot be used (private browsing, a blocked or hung database): drafts live in this page
// only. One map per database name per page, so reopening the pane's React tree or clearing a filed draft still works.
import type { Draft } from '../../state/draft';
import { parseDraftRecord } from './draft-record.schema';
import { DraftStoreError } from './draft-store-errors';
import { summarise } from './draft-summary';
import { isNewer, newestFirst } from './draft-store.types';
import type { DraftStore } from './draft-store.types';

const pages = new Map<string, Map<string, string>>();

export function memoryDraftStore(name: string, notice: DraftStoreError): DraftStore {
  let records = pages.get(name);
  if (!records) pages.set(name, (records = new Map()));
  const drafts = records;
  // Stored as JSON so later edits to the caller's objects cannot reach into the store (as with IndexedDB's clone).
  const read = (id: string): Draft | undefined => {
    const json = drafts.get(id);
    return json === undefined ? undefined : (JSON.parse(json) as Draft);
  };
  return {
    kind: 'memory',
    notice,
    list: async () =>
      [...drafts.keys()]
        .map((id) => read(id) as Draft)
        .sort(newestFirst)
        .map(summarise),
    get: async (id) => read(id),
    put: async (draft) => {
      const valid = parseDraftRecord(draft);
      if (!valid) throw new DraftStoreError('invalid-draft', typeof draft?.id === 'string' ? draft.id : undefined);
      const stored = read(valid.id);
      if (stored && isNewer(stored, valid)) return;
      drafts.set(valid.id, JSON.stringify(valid));
    },
    remove: async (id) => {
      drafts.delete(id);
    },
    close: () => undefined,
  };
}

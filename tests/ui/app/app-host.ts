// Test support (not a test): a fake HostContext over fake-indexeddb and a stub token source.
import { deserialize, serialize } from 'node:v8';
// fake-indexeddb: its IDBFactory, one fresh database server per test so no test restores another's draft.
import 'fake-indexeddb/auto';
import type { Catalogue } from '../../../src/domain';
import type { HostContext, ThemeName } from '../../../src/ui/host-context';

// jsdom lacks structuredClone, which fake-indexeddb copies records with.
globalThis.structuredClone ??= ((value: unknown) => deserialize(serialize(value))) as typeof structuredClone;

export const NOW = new Date('2026-11-23T10:42:00Z');

export type FakeHost = HostContext & { setTheme(theme: ThemeName): void };

export function fakeHost(catalogue: Catalogue, extra: Partial<HostContext> = {}): FakeHost {
  const listeners = new Set<(t: ThemeName) => void>();
  let ids = 0;
  return {
    host: 'browser',
    catalogue,
    tokenSource: {
      user: async () => ({ name: 'Sam Worker', email: 'sam@council.gov.uk' }),
      getToken: async () => 'token',
    },
    now: () => NOW,
    theme: 'light',
    onThemeChange: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    indexedDB: new IDBFactory(),
    newId: () => `00000000-0000-4000-8000-${String((ids += 1)).padStart(12, '0')}`,
    setTheme: (t) => listeners.forEach((l) => l(t)),
    ...extra,
  };
}

// Test support (not a test): IndexedDB in jsdom. jsdom lacks structuredClone, which fake-indexeddb copies records with.
import { deserialize, serialize } from 'node:v8';
import 'fake-indexeddb/auto';
import { act } from '@testing-library/react';
import type * as Timers from 'node:timers';

globalThis.structuredClone ??= ((value: unknown) => deserialize(serialize(value))) as typeof structuredClone;

// fake-indexeddb runs on Node's real setImmediate, which fake timers leave alone: waiting on it lets the database
// work without moving the fake clock, so "saved within 1 s" is asserted at a fixed fake time.
const realImmediate = jest.requireActual<typeof Timers>('timers').setImmediate;
export const tick = () => act(() => new Promise<void>((resolve) => realImmediate(resolve)));

/** Retries `check` while the database and React settle, without advancing fake time. */
export async function eventually(check: () => unknown, tries = 100): Promise<void> {
  for (let i = 0; ; i += 1) {
    await tick();
    try {
      await check();
      return;
    } catch (e) {
      if (i >= tries) throw e;
    }
  }
}

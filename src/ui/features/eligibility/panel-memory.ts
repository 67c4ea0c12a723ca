// What the services panel remembers on this device between referrals: its filters and which provider groups are open.
// Kept in the browser's local storage; a missing, old or damaged entry means the defaults, never an error.
import { z } from 'zod';

export const PANEL_MEMORY_KEY = 'referral-card.services-panel';

const memorySchema = z.object({
  eligibleOnly: z.boolean().catch(false),
  providerId: z.string().max(200).catch(''),
  showOtherAreas: z.boolean().catch(false),
  open: z.array(z.string().max(200)).max(500).catch([]),
});

export type PanelMemory = z.infer<typeof memorySchema>;

export const NO_MEMORY: PanelMemory = { eligibleOnly: false, providerId: '', showOtherAreas: false, open: [] };

/** The browser's local storage, or nothing where it is refused (some embedded views, private modes). */
export function deviceStorage(): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.localStorage;
  } catch {
    return undefined;
  }
}

export function readPanelMemory(storage: Storage | undefined = deviceStorage()): PanelMemory {
  try {
    const raw = storage?.getItem(PANEL_MEMORY_KEY);
    if (!raw) return NO_MEMORY;
    const parsed = memorySchema.safeParse({ ...NO_MEMORY, ...(JSON.parse(raw) as object) });
    return parsed.success ? parsed.data : NO_MEMORY;
  } catch {
    return NO_MEMORY;
  }
}

/** Merges `change` into what is remembered; a full or refused storage only means it is not remembered. */
export function writePanelMemory(change: Partial<PanelMemory>, storage: Storage | undefined = deviceStorage()): void {
  try {
    storage?.setItem(PANEL_MEMORY_KEY, JSON.stringify({ ...readPanelMemory(storage), ...change }));
  } catch {
    // Not remembered this time; the panel works the same.
  }
}

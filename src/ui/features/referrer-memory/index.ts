// The remembered referrer's public face: the form uses the hook; the details' shape is for tests and the hosts' docs.
export { useReferrerMemory } from './use-referrer-memory';
export type { MemoryView } from './referrer-memory';
export { REMEMBER_DELAY_MS } from './referrer-memory';
export { REMEMBERED_FIELDS, REMEMBERED_REFERRER_KEY, parseRemembered } from './remembered-referrer';
export type { RememberedReferrer } from './remembered-referrer';

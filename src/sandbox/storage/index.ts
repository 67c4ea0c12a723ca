// Sandbox storage: one interface, an in-memory and a crash-safe on-disk implementation (DESIGN.md §5).
export { type Store, type StoreErrorCode, StoreError, isBlobId } from './store';
export { openMemoryStore } from './memory-store';
export { type DiskStore, type RecoveryReport, openDiskStore } from './disk-store';

// Sandbox storage: one interface, an in-memory and a crash-safe on-disk implementation.
export { type Store, type StoreChange, type StoreErrorCode, StoreError, isBlobId } from './store';
export { openMemoryStore } from './memory-store';
export { type DiskStore, type RecoveryReport, describeRecovery, openDiskStore } from './disk-store';

// The filing feature's public face for other features: the browser's job store (sign-out clears a user's jobs). The
// app shell composes the rest of filing from its own files.
export { FILING_DB_NAME, openIndexedDbJobStore } from './indexeddb-job-store';

// Two windows of the card (Outlook and a browser tab) must not file the same referral at once: each would find
// nothing in Sent Items and send. The Web Locks API serialises them where the browser has it.
import type { JobLock } from '../../../filing';

type Locks = {
  request<T>(name: string, options: { ifAvailable: boolean }, body: (lock: unknown) => Promise<T>): Promise<T>;
};

/** The job lock over Web Locks; without them (an older browser), it just runs. */
export function webLocksJobLock(locks: Locks | undefined = browserLocks()): JobLock {
  return async (referralId, body) => {
    if (!locks) return body();
    return locks.request(`referral-card-filing:${referralId}`, { ifAvailable: true }, async (lock) =>
      lock ? body() : undefined,
    );
  };
}

function browserLocks(): Locks | undefined {
  return typeof navigator !== 'undefined' ? (navigator as { locks?: Locks }).locks : undefined;
}

// Two windows of the card (Outlook and a browser tab) must not file the same referral at once: each would find
// nothing in Sent Items and send. The Web Locks API serialises them where the browser has it.
type Locks = {
  request<T>(name: string, options: { ifAvailable: boolean }, body: (lock: unknown) => Promise<T>): Promise<T>;
};

/** Runs `body` holding the referral's lock; undefined when another window holds it. Without Web Locks, just runs. */
export async function withJobLock<T>(
  referralId: string,
  body: () => Promise<T>,
  locks: Locks | undefined = browserLocks(),
): Promise<T | undefined> {
  if (!locks) return body();
  return locks.request(`referral-card-filing:${referralId}`, { ifAvailable: true }, async (lock) =>
    lock ? body() : undefined,
  );
}

function browserLocks(): Locks | undefined {
  return typeof navigator !== 'undefined' ? (navigator as { locks?: Locks }).locks : undefined;
}

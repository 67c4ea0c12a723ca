// The filing jobs one person left on this device, for signing out of a shared computer. A job is theirs when the
// referral's referrer email is their sign-in's (the card fills it in from the sign-in).
import type { FilingJob } from './filing-job.schema';
import type { JobStore } from './ports';

const sameEmail = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

export const isJobOf = (job: FilingJob, email: string): boolean => sameEmail(job.referral.referrer.email, email);

/** The names of the services a job has still to reach; none for a job cancelled before anything was filed. */
export function servicesStillToFile(job: FilingJob): string[] {
  if (job.cancelled) return [];
  return job.mailboxes.filter((m) => m.state !== 'filed').flatMap((m) => m.serviceNames);
}

/** Every job kept for `email`, oldest first; rejects with a JobStoreError. */
export async function jobsOf(store: JobStore, email: string): Promise<FilingJob[]> {
  const all = await store.list();
  return all.filter((job) => isJobOf(job, email)).sort((a, b) => a.filedAt.localeCompare(b.filedAt));
}

/** Deletes every job kept for `email`; resolves with how many went. */
export async function removeJobsOf(store: JobStore, email: string): Promise<number> {
  const mine = await jobsOf(store, email);
  for (const job of mine) await store.remove(job.id);
  return mine.length;
}

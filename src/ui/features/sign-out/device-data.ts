// What "Sign out" clears from this device for the person signing out: their drafts, their filing jobs and their
// remembered details. Other people's drafts and jobs on a shared computer are left alone.
import { jobsOf, removeJobsOf, servicesStillToFile } from '../../../filing';
import type { UserSettings } from '../../host-context';
import { draftsOf, removeDraftsOf } from '../drafts';
import type { DraftSummary } from '../drafts';
import { openIndexedDbJobStore } from '../filing';

/** A referral whose filing started and did not reach every service: signing out means it is not sent to them. */
export type UnfinishedFiling = { readonly filedAt: string; readonly services: readonly string[] };

export type DeviceData = {
  readonly drafts: readonly DraftSummary[];
  readonly filings: readonly UnfinishedFiling[];
};

export type DeviceHost = {
  readonly indexedDB: IDBFactory;
  readonly userSettings?: UserSettings;
};

const messageOf = (e: unknown, fallback: string) => (e instanceof Error && e.message ? e.message : fallback);

async function filingsOf(indexedDB: IDBFactory, email: string): Promise<UnfinishedFiling[]> {
  const store = await openIndexedDbJobStore(indexedDB);
  try {
    return (await jobsOf(store, email)).flatMap((job) => {
      const services = servicesStillToFile(job);
      return services.length ? [{ filedAt: job.filedAt, services }] : [];
    });
  } finally {
    store.close();
  }
}

/** What is kept here for `email` (no email: nobody is known, so nothing is theirs); rejects with words. */
export async function surveyDevice(host: DeviceHost, email: string | undefined): Promise<DeviceData> {
  if (!email) return { drafts: [], filings: [] };
  const [drafts, filings] = await Promise.all([draftsOf(host.indexedDB, email), filingsOf(host.indexedDB, email)]);
  return { drafts, filings };
}

/** Clears the drafts, the filing jobs and the remembered details of `email`; rejects with words for what failed. */
export async function clearDevice(host: DeviceHost, email: string | undefined): Promise<void> {
  const problems: string[] = [];
  if (email) {
    await removeDraftsOf(host.indexedDB, email).catch((e: unknown) =>
      problems.push(`Your drafts: ${messageOf(e, 'they could not be deleted.')}`),
    );
    const jobs = await openIndexedDbJobStore(host.indexedDB);
    await removeJobsOf(jobs, email)
      .catch((e: unknown) => problems.push(`Unfinished filings: ${messageOf(e, 'they could not be deleted.')}`))
      .finally(() => jobs.close());
  }
  await host.userSettings
    ?.clear()
    .catch((e: unknown) => problems.push(`Your remembered details: ${messageOf(e, 'they could not be removed.')}`));
  if (problems.length) throw new Error(problems.join(' '));
}

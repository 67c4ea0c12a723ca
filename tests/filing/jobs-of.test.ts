import { jobsOf, removeJobsOf, servicesStillToFile } from '../../src/filing';
import type { FilingJob, MailboxJob } from '../../src/filing';
import type { Referral } from '../../src/domain';
import example from '../../docs/examples/referral.json';
import { fakeJobStore } from './fakes';

const mailbox = (serviceNames: string[], state: MailboxJob['state']): MailboxJob => ({
  address: `${serviceNames[0]!.toLowerCase().replace(/\W/g, '')}@council.gov.uk`,
  serviceIds: serviceNames.map((n) => n.toLowerCase()),
  serviceNames,
  kind: 'referral',
  state,
  attempts: 1,
});

const jobBy = (id: string, email: string, over: Partial<FilingJob> = {}): FilingJob => ({
  id,
  draftId: id,
  referral: { ...(example as unknown as Referral), id, referrer: { ...example.referrer, email } },
  filedAt: '2026-11-23T10:00:00.000Z',
  mailboxes: [mailbox(['NVR'], 'pending')],
  attachments: [],
  ...over,
});

const SAM = '11111111-1111-4111-8111-111111111111';
const SAM_LATER = '22222222-2222-4222-8222-222222222222';
const ALEX = '33333333-3333-4333-8333-333333333333';

describe("one person's filing jobs on a shared computer", () => {
  test('are the jobs whose referrer email is theirs, whatever its case, oldest first', async () => {
    const { store } = fakeJobStore();
    await store.put(jobBy(SAM_LATER, 'sam@council.gov.uk', { filedAt: '2026-11-24T09:00:00.000Z' }));
    await store.put(jobBy(SAM, 'Sam@Council.gov.uk'));
    await store.put(jobBy(ALEX, 'alex@nhs.net'));
    expect((await jobsOf(store, ' SAM@council.gov.uk')).map((j) => j.id)).toEqual([SAM, SAM_LATER]);
  });

  test('removing them leaves everybody else’s', async () => {
    const { store, jobs } = fakeJobStore();
    await store.put(jobBy(SAM, 'sam@council.gov.uk'));
    await store.put(jobBy(ALEX, 'alex@nhs.net'));
    await expect(removeJobsOf(store, 'sam@council.gov.uk')).resolves.toBe(1);
    expect([...jobs.keys()]).toEqual([ALEX]);
    await expect(removeJobsOf(store, 'nobody@council.gov.uk')).resolves.toBe(0);
  });

  test('a store that cannot be read rejects, so nothing is said to be cleared that was not', async () => {
    const { store } = fakeJobStore();
    store.list = async () => Promise.reject(new Error('read-failed'));
    await expect(removeJobsOf(store, 'sam@council.gov.uk')).rejects.toThrow('read-failed');
  });
});

describe('the services a job has still to reach', () => {
  test('are those of the mailboxes not yet filed', () => {
    const job = jobBy(SAM, 'sam@council.gov.uk', {
      mailboxes: [mailbox(['NVR', 'Parenting'], 'pending'), mailbox(['MARAC'], 'filed'), mailbox(['IDVA'], 'pending')],
    });
    expect(servicesStillToFile(job)).toEqual(['NVR', 'Parenting', 'IDVA']);
  });

  test('are none once every mailbox is filed, or when the referrer went back before anything was filed', () => {
    expect(servicesStillToFile(jobBy(SAM, 's@c.uk', { mailboxes: [mailbox(['NVR'], 'filed')] }))).toEqual([]);
    expect(servicesStillToFile(jobBy(SAM, 's@c.uk', { cancelled: true }))).toEqual([]);
  });
});

/** @jest-environment jsdom */
// "Sign out" on a shared computer: it asks first, saying what will be cleared (an unfinished filing first of all), then
// clears this person's drafts, filing jobs and remembered details, and only theirs, and signs out.
import { eventually } from '../drafts/jsdom-idb';
import '../../../auth/jsdom-support';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import type { Referral } from '../../../../src/domain';
import type { FilingJob } from '../../../../src/filing';
import { DRAFTS_DB_NAME, openDraftStore } from '../../../../src/ui/features/drafts';
import { openIndexedDbJobStore } from '../../../../src/ui/features/filing';
import { SignOutButton } from '../../../../src/ui/features/sign-out';
import { HostProvider } from '../../../../src/ui/host-context';
import type { HostInput, UserSettings } from '../../../../src/ui/host-context';
import { newDraft } from '../../../../src/ui/state/draft';
import example from '../../../../docs/examples/referral.json';

const sam = { name: 'Sam Worker', email: 'sam@council.gov.uk' };
const alex = { name: 'Alex Nurse', email: 'alex@nhs.net' };
const t0 = new Date('2026-11-23T10:42:00Z');

const draftOf = (id: string, user: typeof sam, child: string) => {
  const d = newDraft(id, t0, user);
  return { ...d, referral: { ...d.referral, people: [{ id: 'c1', kind: 'child' as const, name: child }] } };
};

const jobOf = (id: string, email: string, state: 'pending' | 'filed' = 'pending'): FilingJob => ({
  id,
  draftId: id,
  referral: { ...(example as unknown as Referral), id, referrer: { ...example.referrer, email } },
  filedAt: '2026-11-03T10:00:00.000Z',
  mailboxes: [
    {
      address: 'nvr@lewisham.gov.uk',
      serviceIds: ['lewisham.nvr'],
      serviceNames: ['Lewisham NVR'],
      kind: 'referral',
      state,
      attempts: 1,
    },
  ],
  attachments: [],
});

async function seed(factory: IDBFactory, jobs: FilingJob[], drafts = [draftOf('d-sam', sam, 'Jo Example')]) {
  const store = await openDraftStore(factory, DRAFTS_DB_NAME);
  for (const d of [...drafts, draftOf('d-alex', alex, 'Kit Example')]) await store.put(d);
  store.close();
  const jobStore = await openIndexedDbJobStore(factory);
  for (const j of jobs) await jobStore.put(j);
  jobStore.close();
}

async function stored(factory: IDBFactory) {
  const drafts = await openDraftStore(factory, DRAFTS_DB_NAME);
  const jobs = await openIndexedDbJobStore(factory);
  const out = { drafts: (await drafts.list()).map((d) => d.id).sort(), jobs: (await jobs.list()).map((j) => j.id) };
  drafts.close();
  jobs.close();
  return out;
}

function setUp(over: Partial<HostInput> = {}) {
  const indexedDB = new IDBFactory();
  const settings: UserSettings & { clear: jest.Mock } = {
    read: async () => undefined,
    write: async () => undefined,
    clear: jest.fn(async () => undefined),
  };
  const resume = jest.fn();
  const stopSaving = jest.fn(() => resume);
  const host = {
    host: 'browser',
    catalogue: async () => ({}),
    tokenSource: { user: async () => sam, getToken: async () => 'token' },
    now: () => t0,
    theme: 'light',
    indexedDB,
    newId: () => 'id',
    userSettings: settings,
    signOut: jest.fn(async () => undefined),
    ...over,
  } as unknown as HostInput & { signOut: jest.Mock };
  const view = () =>
    render(
      <FluentProvider theme={webLightTheme}>
        <HostProvider value={host}>
          <SignOutButton stopSaving={stopSaving} />
        </HostProvider>
      </FluentProvider>,
    );
  return { indexedDB, settings, host, stopSaving, resume, view };
}

const SAM_JOB = '11111111-1111-4111-8111-111111111111';
const ALEX_JOB = '33333333-3333-4333-8333-333333333333';

async function openDialog() {
  fireEvent.click(screen.getByRole('button', { name: 'Sign out' }));
  const dialog = await screen.findByRole('alertdialog', { name: 'Sign out of Referral Card?' });
  await eventually(() => expect(dialog.getAttribute('aria-busy')).not.toBe('true'));
  await eventually(() => expect(within(dialog).queryByText(/Checking/)).toBeNull());
  return dialog;
}

afterEach(async () => {
  cleanup();
  await act(async () => undefined);
});

describe('Sign out', () => {
  test('asks first, naming the unfinished filing, the drafts and the remembered details it clears', async () => {
    const t = setUp();
    await seed(t.indexedDB, [jobOf(SAM_JOB, sam.email), jobOf(ALEX_JOB, alex.email)]);
    t.view();
    const dialog = await openDialog();
    const text = dialog.textContent ?? '';
    expect(text).toContain(
      'The referral you filed on 3 November 2026 has not reached Lewisham NVR yet. If you sign out now, it will not be sent to them.',
    );
    expect(text).toContain('Your 1 draft not filed: Referral for Jo, started 23/11/2026 10:42.');
    expect(text).toContain('Your 1 unfinished filing.');
    expect(text).toContain('The details remembered for you: your role, organisation, team and phone number.');
    expect(text).toContain('Other people’s drafts on this device are kept.');
    expect(text).not.toContain('Kit');
    expect(within(dialog).getByRole('button', { name: 'Sign out without sending' })).toBeTruthy();
    expect(t.settings.clear).not.toHaveBeenCalled();
  });

  test('"Stay signed in" keeps everything and gives focus back to the button', async () => {
    const t = setUp();
    await seed(t.indexedDB, [jobOf(SAM_JOB, sam.email)]);
    t.view();
    const dialog = await openDialog();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Stay signed in' }));
    await eventually(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Sign out' }));
    expect(t.stopSaving).not.toHaveBeenCalled();
    expect(t.host.signOut).not.toHaveBeenCalled();
    await expect(stored(t.indexedDB)).resolves.toEqual({ drafts: ['d-alex', 'd-sam'], jobs: [SAM_JOB] });
  });

  test('Escape closes it too, keeping everything', async () => {
    const t = setUp();
    t.view();
    const dialog = await openDialog();
    fireEvent.keyDown(dialog, { key: 'Escape' });
    await eventually(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(t.host.signOut).not.toHaveBeenCalled();
  });

  test('confirmed, it clears only this person’s drafts, jobs and details, then signs out', async () => {
    const t = setUp();
    await seed(t.indexedDB, [jobOf(SAM_JOB, sam.email), jobOf(ALEX_JOB, alex.email)]);
    t.view();
    const dialog = await openDialog();
    await act(async () => fireEvent.click(within(dialog).getByRole('button', { name: 'Sign out without sending' })));
    await eventually(() => expect(t.host.signOut).toHaveBeenCalledTimes(1));
    expect(t.stopSaving).toHaveBeenCalledTimes(1);
    expect(t.resume).not.toHaveBeenCalled();
    expect(t.settings.clear).toHaveBeenCalledTimes(1);
    await expect(stored(t.indexedDB)).resolves.toEqual({ drafts: ['d-alex'], jobs: [ALEX_JOB] });
  });

  test('with nothing unfinished it just says what goes, and signs out', async () => {
    const t = setUp();
    await seed(t.indexedDB, [jobOf(SAM_JOB, sam.email, 'filed')], []);
    t.view();
    const dialog = await openDialog();
    expect(dialog.textContent).toContain('You have no drafts kept on this device.');
    expect(dialog.textContent).not.toMatch(/has not reached|unfinished/);
    await act(async () => fireEvent.click(within(dialog).getByRole('button', { name: 'Sign out' })));
    await eventually(() => expect(t.host.signOut).toHaveBeenCalledTimes(1));
    await expect(stored(t.indexedDB)).resolves.toEqual({ drafts: ['d-alex'], jobs: [] });
  });

  test('a failure to clear is said in words; the person stays signed in and their work is saved again', async () => {
    const t = setUp();
    t.settings.clear.mockRejectedValue(new Error('Outlook would not remove them.'));
    await seed(t.indexedDB, []);
    t.view();
    const dialog = await openDialog();
    await act(async () => fireEvent.click(within(dialog).getByRole('button', { name: 'Sign out' })));
    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toBe(
      'Not everything could be cleared, so you are still signed in. Your remembered details: Outlook would not remove them.',
    );
    expect(t.host.signOut).not.toHaveBeenCalled();
    expect(t.resume).toHaveBeenCalledTimes(1);
  });

  test('when who is signed in is not known, nothing on the device is taken for theirs', async () => {
    const t = setUp({ tokenSource: { user: async () => undefined, getToken: async () => 'token' } });
    await seed(t.indexedDB, [jobOf(SAM_JOB, sam.email)]);
    t.view();
    const dialog = await openDialog();
    expect(dialog.textContent).toContain('You have no drafts kept on this device.');
    await act(async () => fireEvent.click(within(dialog).getByRole('button', { name: 'Sign out' })));
    await eventually(() => expect(t.host.signOut).toHaveBeenCalledTimes(1));
    await expect(stored(t.indexedDB)).resolves.toEqual({ drafts: ['d-alex', 'd-sam'], jobs: [SAM_JOB] });
  });

  test('a host that cannot sign out shows no button', () => {
    const t = setUp({ signOut: undefined });
    t.view();
    expect(screen.queryByRole('button', { name: 'Sign out' })).toBeNull();
  });
});

/** @jest-environment jsdom */
import { act, cleanup, configure, fireEvent, render, screen, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { MyReferrals } from '../../../../src/ui/features/my-referrals/my-referrals';
import type { FiledMessage } from '../../../../src/ui/features/my-referrals/my-referrals.types';
import { groupReferrals } from '../../../../src/ui/features/my-referrals/group-referrals';
import { statusWords } from '../../../../src/ui/features/my-referrals/status-words';
import { TRIAGE_STATES } from '../../../../src/domain';
import { catalogue } from '../../../../src/catalogues';
import type { MyReferralsSource } from '../../../../src/ui/features/my-referrals/my-referrals-source';

configure({ asyncUtilTimeout: 10_000 });
afterEach(async () => {
  cleanup();
  await act(async () => undefined);
});

const older: FiledMessage = {
  referralId: '11111111-1111-4111-8111-111111111111',
  reference: 'RC-11111111',
  kind: 'referral',
  mailbox: 'Family.Hub.Referrals@lewisham.gov.uk',
  sentAt: '2026-11-20T09:15:00Z',
  services: [{ serviceId: 'lewisham.nvr', name: 'NVR', status: { state: 'allocated', at: '2026-11-21T14:00:00Z' } }],
};
const newerA: FiledMessage = {
  referralId: '22222222-2222-4222-8222-222222222222',
  reference: 'RC-22222222',
  kind: 'referral',
  mailbox: 'Family.Hub.Referrals@lewisham.gov.uk',
  sentAt: '2026-11-23T10:42:00Z',
  services: [{ serviceId: 'lewisham.coda', name: 'CODA <script>alert(1)</script>' }],
};
const newerB: FiledMessage = {
  ...newerA,
  kind: 'advice',
  mailbox: 'parenting.courses@nottsc.gov.uk',
  sentAt: '2026-11-23T10:43:00Z',
  services: [
    {
      serviceId: 'notts.solihull',
      name: 'Solihull Parenting',
      status: { state: 'declined', at: '2026-11-24T08:00:00Z' },
    },
  ],
};

/** A source whose list is `load` and whose messages carry no details (the list as before labels). */
function mount(load: () => Promise<readonly FiledMessage[]>) {
  const onBack = jest.fn();
  const source: MyReferralsSource = {
    catalogue,
    list: load,
    details: async () => new Map(),
    files: async () => [],
    readFile: async () => new Uint8Array(),
    answer: async () => undefined,
    withdraw: async () => undefined,
  };
  render(
    <FluentProvider theme={webLightTheme}>
      <MyReferrals connect={async () => source} onBack={onBack} />
    </FluentProvider>,
  );
  return { onBack };
}

const item = (reference: string) =>
  screen.getByRole('list', { name: 'Referrals I filed' }).querySelector(`li[aria-label="${reference}"]`) as HTMLElement;

describe('My referrals', () => {
  test('lists what I filed, newest first, each service with the status it reported, in words', async () => {
    let answer!: (v: readonly FiledMessage[]) => void;
    const { onBack } = mount(() => new Promise((r) => (answer = r)));
    expect(screen.getByText('Loading your referrals…')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'My referrals' }));
    await act(async () => undefined); // the source opens, then the list is asked for
    await act(async () => answer([older, newerA, newerB]));
    await screen.findByText('2 referrals, newest first.');
    const list = screen.getByRole('list', { name: 'Referrals I filed' });
    expect(
      within(list)
        .getAllByRole('heading')
        .map((h) => h.textContent),
    ).toEqual(['RC-22222222', 'RC-11111111']);
    const newest = item('RC-22222222');
    expect(within(newest).getByText('Referral and advice request, sent 23 Nov 2026, 10:42')).toBeTruthy();
    // Free text is shown as text, never as markup.
    expect(within(newest).getByText('CODA <script>alert(1)</script>:')).toBeTruthy();
    expect(newest.querySelector('script')).toBeNull();
    expect(within(newest).getByText('Sent; no decision reported yet')).toBeTruthy();
    expect(within(newest).getByText('Solihull Parenting (advice request):')).toBeTruthy();
    expect(within(newest).getByText('Declined')).toBeTruthy();
    expect(within(item('RC-11111111')).getByText('Accepted and allocated to a worker')).toBeTruthy();
    expect(within(item('RC-11111111')).getByText('(21 Nov 2026, 14:00)')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Back to the referral' }));
    expect(onBack).toHaveBeenCalled();
  });

  test('empty: says so', async () => {
    mount(async () => []);
    await screen.findByText('You have not filed any referrals yet.');
    expect(screen.queryByRole('list', { name: 'Referrals I filed' })).toBeNull();
  });

  test('an error in words with the request id; Refresh tries again and shows the list', async () => {
    const load = jest
      .fn<Promise<readonly FiledMessage[]>, []>()
      .mockRejectedValueOnce({ kind: 'server', details: { requestId: 'req-500-xyz' } })
      .mockResolvedValueOnce([older]);
    mount(load);
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Your referrals could not be read just now.')).toBeTruthy();
    expect(within(alert).getByText('req-500-xyz')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Refresh' }));
    await screen.findByText('1 referral, newest first.');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(load).toHaveBeenCalledTimes(2);
  });

  test('offline and signed-out failures say what to do', async () => {
    mount(() => Promise.reject({ kind: 'offline', details: {} }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/You are offline.*Refresh when you are back online/);
    cleanup();
    mount(() => Promise.reject(new Error('raw')));
    expect((await screen.findByRole('alert')).textContent).not.toMatch(/raw/);
  });

  test('Refresh waits for the answer already asked for, then keeps the list shown while it reloads', async () => {
    const answers: ((v: readonly FiledMessage[]) => void)[] = [];
    mount(() => new Promise((r) => answers.push(r)));
    const refresh = screen.getByRole('button', { name: 'Refresh' });
    expect(refresh.getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(refresh);
    await act(async () => undefined);
    expect(answers).toHaveLength(1);
    await act(async () => answers[0]?.([older]));
    await screen.findByText('1 referral, newest first.');
    fireEvent.click(refresh);
    await act(async () => undefined);
    expect(answers).toHaveLength(2);
    expect(screen.getByText('Loading your referrals…')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'RC-11111111' })).toBeTruthy();
    await act(async () => answers[1]?.([newerA, older]));
    await screen.findByText('2 referrals, newest first.');
  });
});

describe('status words', () => {
  test('every triage state has words; an unknown one is said to be unknown, not shown raw', () => {
    for (const state of TRIAGE_STATES) expect(statusWords({ state })).not.toMatch(/unknown|-/);
    expect(statusWords({ state: '<b>hacked</b>' })).toBe(
      'The service reported a status this version of the card does not know',
    );
    expect(statusWords(undefined)).toBe('Sent; no decision reported yet');
  });

  test('messages of one referral fold into one entry', () => {
    const grouped = groupReferrals([newerB, older, newerA]);
    expect(grouped.map((g) => [g.reference, g.sentAt, g.services.map((s) => s.serviceId)])).toEqual([
      ['RC-22222222', '2026-11-23T10:42:00Z', ['notts.solihull', 'lewisham.coda']],
      ['RC-11111111', '2026-11-20T09:15:00Z', ['lewisham.nvr']],
    ]);
  });
});

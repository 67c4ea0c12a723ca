/** @jest-environment jsdom */
// Beside an allocation notice in Outlook the card shows that referral's plan form, sending to the mailbox the notice
// came from; beside any other email, or when the check fails, the card is left as it is.
import { act, cleanup, configure, fireEvent, render, screen } from '@testing-library/react';
import '../../../auth/jsdom-support';
import { catalogue } from '../../../../src/catalogues';
import { GraphFailure } from '../../../../src/graph/errors/graph-failure';
import type { ExtensionMessage } from '../../../../src/graph/extension';
import type { AllocationNotice } from '../../../../src/graph/triage/allocation-notice';
import { PlanFromNotice, type NoticePorts } from '../../../../src/ui/features/extension-request';
import { HostProvider, type CurrentItem, type HostContext } from '../../../../src/ui/host-context';
import { fakeHost } from '../../app/app-host';

configure({ asyncUtilTimeout: 10_000 });
afterEach(async () => {
  cleanup();
  await act(async () => undefined);
});

const NOTICE: AllocationNotice = {
  referralId: '5b1d3c1e-2f7a-4c55-9a0e-6a1f6d1b2c3d',
  reference: 'RC-5B1D3C1E',
  serviceIds: ['lewisham.nvr'],
  mailbox: 'Family.Hub.Referrals@lewisham.gov.uk',
};

const item = (restId?: string): CurrentItem => ({
  subject: 'OFFICIAL-SENSITIVE: Referral RC-5B1D3C1E is allocated to you',
  ...(restId ? { restId } : {}),
  attachments: async () => [],
});

function portsWith(notice: AllocationNotice | undefined | Error) {
  return {
    readNotice: jest.fn(async (_id: string) => {
      if (notice instanceof Error) throw notice;
      return notice;
    }),
    send: jest.fn(async (_n: AllocationNotice, _m: ExtensionMessage) => undefined),
  } satisfies NoticePorts;
}

function show(ports: NoticePorts, extra: Partial<HostContext>) {
  const connect = jest.fn(async () => ports);
  render(
    <HostProvider
      value={fakeHost(catalogue, { host: 'outlook', now: () => new Date('2026-12-07T10:00:00Z'), ...extra })}
    >
      <PlanFromNotice fallback={<p>The referral card</p>} connect={connect} />
    </HostProvider>,
  );
  return connect;
}

const type = (label: RegExp, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

test('beside a notice: the plan form for its referral, sent to the mailbox the notice came from', async () => {
  const ports = portsWith(NOTICE);
  show(ports, { currentItem: item('AAMkAD-rest-id') });
  // The card first, at once; the form once the email is known to be a notice.
  expect(screen.getByText('The referral card')).toBeTruthy();
  await screen.findByRole('heading', { level: 1, name: 'Referral RC-5B1D3C1E is allocated to you' });
  expect(ports.readNotice).toHaveBeenCalledWith('AAMkAD-rest-id');
  expect(screen.queryByText('The referral card')).toBeNull();
  // A worker cannot read the service mailbox: no words about a plan the pane cannot see.
  expect(screen.queryByText(/could not be read/)).toBeNull();
  type(/Date the plan started/, '28/09/2026');
  fireEvent.click(screen.getByRole('checkbox', { name: 'Ask for an extension beyond 12 weeks' }));
  fireEvent.click(screen.getByRole('button', { name: 'Record the start' }));
  await screen.findByText(/^Sent\. The plan’s start will be recorded on the referral shortly\./);
  expect(ports.send).toHaveBeenCalledWith(NOTICE, { referralId: NOTICE.referralId, planStartDate: '2026-09-28' });
});

test('a failed send says why, in words; the worker can still go back to a new referral', async () => {
  const ports = portsWith(NOTICE);
  ports.send.mockRejectedValueOnce(new GraphFailure('offline'));
  show(ports, { currentItem: item('AAMkAD-rest-id') });
  await screen.findByRole('heading', { level: 1 });
  type(/Date the plan started/, '28/09/2026');
  fireEvent.click(screen.getByRole('checkbox', { name: 'Ask for an extension beyond 12 weeks' }));
  fireEvent.click(screen.getByRole('button', { name: 'Record the start' }));
  await screen.findByText(/^It could not be sent, so nothing was recorded\. You are offline\./);
  fireEvent.click(screen.getByRole('button', { name: 'Start a new referral instead' }));
  expect(screen.getByText('The referral card')).toBeTruthy();
});

test('any other email, a failed check, or no email at all leaves the card as it is', async () => {
  const other = portsWith(undefined);
  show(other, { currentItem: item('AAMkAD-other') });
  await act(async () => undefined);
  expect(other.readNotice).toHaveBeenCalledWith('AAMkAD-other');
  expect(screen.getByText('The referral card')).toBeTruthy();
  cleanup();

  const failing = portsWith(new GraphFailure('no-permission'));
  show(failing, { currentItem: item('AAMkAD-x') });
  await act(async () => undefined);
  expect(failing.readNotice).toHaveBeenCalled();
  expect(screen.getByText('The referral card')).toBeTruthy();
  expect(screen.queryByRole('heading', { level: 1 })).toBeNull();
  cleanup();

  // Compose mode, or a browser: no message id, so Graph is not asked at all.
  const none = portsWith(NOTICE);
  const connect = show(none, { currentItem: item() });
  await act(async () => undefined);
  expect(connect).not.toHaveBeenCalled();
  expect(none.readNotice).not.toHaveBeenCalled();
  expect(screen.getByText('The referral card')).toBeTruthy();
});

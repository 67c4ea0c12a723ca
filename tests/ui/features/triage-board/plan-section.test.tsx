/** @jest-environment jsdom */
// The plan section of an allocated referral on the board: it sends the worker's message through the board's port,
// refuses what is incomplete with words, waits for a pending request, and says why a send failed.
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, cleanup, configure, fireEvent, render, screen } from '@testing-library/react';
import '../../../auth/jsdom-support';
import type { TriageMailboxConfig } from '../../../../src/auth/auth-config.schema';
import type { InterventionPlan } from '../../../../src/domain';
import { GraphFailure } from '../../../../src/graph/errors/graph-failure';
import type { ExtensionMessage } from '../../../../src/graph/extension';
import type { BoardRow } from '../../../../src/ui/features/triage-board';
import { TriageBoard } from '../../../../src/ui/features/triage-board/triage-board';
import { catalogue, fakePorts, makeRow, NOW } from './board-fixtures';

configure({ asyncUtilTimeout: 10_000 });
beforeAll(() => {
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 800 });
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 1024 });
});
afterAll(() => {
  delete (HTMLElement.prototype as { clientHeight?: number }).clientHeight;
  delete (HTMLElement.prototype as { clientWidth?: number }).clientWidth;
});
afterEach(async () => {
  cleanup();
  await act(async () => undefined);
});

const MAILBOX: TriageMailboxConfig = {
  mailbox: 'Family.Hub.Referrals@lewisham.gov.uk',
  displayName: 'Lewisham Family Hub referrals',
  teamId: '11111111-2222-4333-8444-555555555555',
  channelId: '19:abc@thread.tacv2',
  deciderRole: 'team-manager',
};

const allocated = () =>
  makeRow({ serviceIds: ['lewisham.nvr'], triage: { state: 'allocated', version: 2, allocatedTo: 'worker-1' } });

function planPorts(row: BoardRow, plan?: InterventionPlan) {
  const ports = fakePorts([row]);
  return Object.assign(ports, {
    readPlan: jest.fn(async (_id: string): Promise<InterventionPlan | undefined> => plan),
    sendPlanMessage: jest.fn(async (_m: ExtensionMessage, _s: readonly string[]) => undefined),
  });
}

async function openReferral(ports: ReturnType<typeof planPorts>, row: BoardRow) {
  render(
    <FluentProvider theme={webLightTheme}>
      <TriageBoard mailbox={MAILBOX} ports={ports} catalogue={catalogue} now={() => NOW} saveFile={jest.fn()} />
    </FluentProvider>,
  );
  fireEvent.click(await screen.findByRole('button', { name: row.reference }));
  await screen.findByRole('heading', { name: `Referral ${row.reference}` });
}

const type = (label: RegExp, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

function fillRequest(start = '28/09/2026') {
  type(/Date the plan started/, start);
  type(/New end date/, '18/01/2027');
  type(/Why the plan needs longer/, 'Two sessions lost to illness.');
  type(/Progress so far/, 'Routines in place.');
  type(/Lead professional who agreed/, 'Social worker, Team B');
  type(/Date they agreed/, '04/12/2026');
}

const planOf = (over: Partial<InterventionPlan> = {}): InterventionPlan => ({
  planId: '9d5f1a2b-3c4d-4e5f-8a6b-7c8d9e0f1a2b',
  startDate: '2026-09-07',
  version: 3,
  extensions: [],
  ...over,
});

test('an allocated referral with no plan yet sends the worker’s request from the board, with the row’s services', async () => {
  const row = allocated();
  const ports = planPorts(row);
  await openReferral(ports, row);
  await screen.findByText('No plan start is recorded yet.');
  expect(ports.readPlan).toHaveBeenCalledWith(row.messageId);
  fillRequest();
  fireEvent.click(screen.getByRole('button', { name: 'Send the request' }));
  await screen.findByText(/^Sent\. A team manager will see the request/);
  expect(ports.sendPlanMessage).toHaveBeenCalledTimes(1);
  const [message, serviceIds] = ports.sendPlanMessage.mock.calls[0]!;
  expect(serviceIds).toEqual(['lewisham.nvr']);
  expect(message).toMatchObject({
    referralId: row.referralId,
    planStartDate: '2026-09-28',
    request: {
      currentEndDate: '2026-12-21',
      proposedEndDate: '2027-01-18',
      reason: 'Two sessions lost to illness.',
      progress: 'Routines in place.',
      leadProfessionalAgreement: { leadProfessional: 'Social worker, Team B', agreedOn: '2026-12-04' },
    },
  });
  // The result is announced: it sits in the form's live region.
  expect(screen.getByText(/^Sent\./).getAttribute('role')).toBe('status');
});

test('the recorded plan fills the start and the current end, an approved extension included', async () => {
  const row = allocated();
  const approved = {
    requestId: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
    requestedBy: { id: 'worker-1', role: 'worker' as const },
    requestedAt: '2026-11-20T10:00:00Z',
    proposedEndDate: '2027-01-11',
    reason: 'More time.',
    status: 'approved' as const,
  };
  const ports = planPorts(row, planOf({ extensions: [approved] }));
  await openReferral(ports, row);
  await screen.findByText('The plan started on 7 September 2026 and runs to 11 January 2027 now.');
  expect((screen.getByLabelText(/Date the plan started/) as HTMLInputElement).value).toBe('07/09/2026');
  type(/New end date/, '11/01/2027');
  fireEvent.click(screen.getByRole('button', { name: 'Send the request' }));
  // Not past the date it already runs to: refused with words, nothing sent.
  expect(await screen.findAllByText('The new end date must be after the date the plan runs to now.')).not.toHaveLength(
    0,
  );
  fillRequest('07/09/2026');
  type(/New end date/, '08/02/2027');
  fireEvent.click(screen.getByRole('button', { name: 'Send the request' }));
  await screen.findByText(/^Sent\./);
  expect(ports.sendPlanMessage.mock.calls[0]![0].request).toMatchObject({
    currentEndDate: '2027-01-11',
    proposedEndDate: '2027-02-08',
  });
});

test('an incomplete request is refused with what is missing, and nothing is sent', async () => {
  const row = allocated();
  const ports = planPorts(row);
  await openReferral(ports, row);
  await screen.findByText('No plan start is recorded yet.');
  type(/Date the plan started/, '28/09/2026');
  type(/New end date/, '18/01/2027');
  fireEvent.click(screen.getByRole('button', { name: 'Send the request' }));
  await screen.findByRole('heading', { name: 'There is a problem' });
  for (const words of [
    'Enter who agreed: the lead professional’s name or role.',
    'Enter the date the lead professional agreed.',
  ])
    expect(screen.getAllByText(words).length).toBeGreaterThan(0);
  expect(ports.sendPlanMessage).not.toHaveBeenCalled();
});

test('a request already waiting for a team manager is shown, and no second one can be sent', async () => {
  const row = allocated();
  const pending = {
    requestId: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
    requestedBy: { id: 'worker-1', role: 'worker' as const },
    requestedAt: '2026-12-01T10:00:00Z',
    proposedEndDate: '2027-02-01',
    reason: 'More time.',
    status: 'pending' as const,
  };
  const ports = planPorts(row, planOf({ extensions: [pending] }));
  await openReferral(ports, row);
  await screen.findByText(/A request to extend it to 1 February 2027 is waiting for a team manager\./);
  expect(screen.queryByRole('button', { name: 'Send the request' })).toBeNull();
});

test('a send that fails says why and what to do, with the request id; the form stays filled to try again', async () => {
  const row = allocated();
  const ports = planPorts(row);
  ports.sendPlanMessage.mockRejectedValueOnce(new GraphFailure('no-permission', { requestId: 'req-42' }));
  await openReferral(ports, row);
  await screen.findByText('No plan start is recorded yet.');
  fillRequest();
  fireEvent.click(screen.getByRole('button', { name: 'Send the request' }));
  const failed = await screen.findByText(/^It could not be sent, so nothing was recorded\./);
  expect(failed.textContent).toContain('Your account is not allowed to send email from Referral Card.');
  expect(failed.textContent).toContain('Request id: req-42.');
  expect(failed.getAttribute('role')).toBe('status');
  fireEvent.click(screen.getByRole('button', { name: 'Send the request' }));
  await screen.findByText(/^Sent\./);
  // The same request id both times, so the bot records it once even if the first did go.
  const ids = ports.sendPlanMessage.mock.calls.map(([m]) => m.request?.requestId);
  expect(ids[0]).toBe(ids[1]);
});

test('a plan that cannot be read still leaves the form; a referral not yet allocated has no plan section', async () => {
  const row = allocated();
  const ports = planPorts(row);
  ports.readPlan.mockRejectedValueOnce(new GraphFailure('throttled'));
  await openReferral(ports, row);
  await screen.findByText(/The plan recorded so far could not be read just now/);
  expect(screen.getByRole('button', { name: 'Send the request' })).toBeTruthy();
  cleanup();

  const screening = makeRow({ triage: { state: 'screening', version: 1 } });
  const other = planPorts(screening);
  await openReferral(other, screening);
  expect(screen.queryByRole('heading', { name: 'Plan and extension' })).toBeNull();
  expect(other.readPlan).not.toHaveBeenCalled();
});

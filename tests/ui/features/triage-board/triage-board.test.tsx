/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, cleanup, configure, fireEvent, render, screen, within } from '@testing-library/react';
import '../../../auth/jsdom-support';
import { TriageBoard } from '../../../../src/ui/features/triage-board/triage-board';
import type { TriageMailboxConfig } from '../../../../src/auth/auth-config.schema';
import { catalogue, fakePorts, makeRow, NOW } from './board-fixtures';

configure({ asyncUtilTimeout: 10_000 });
// jsdom lays nothing out: the list's scroller reports a screen's height so the virtual list draws its rows.
beforeAll(() => {
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 800 });
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 1024 });
});
afterAll(() => {
  delete (HTMLElement.prototype as { clientHeight?: number }).clientHeight;
  delete (HTMLElement.prototype as { clientWidth?: number }).clientWidth;
});
const blobText = (blob: Blob) =>
  new Promise<string>((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.readAsText(blob);
  });
afterEach(async () => {
  cleanup();
  await act(async () => undefined);
});

const MAILBOX: TriageMailboxConfig = {
  mailbox: 'parenting.courses@nottsc.gov.uk',
  displayName: 'Nottinghamshire parenting courses',
  teamId: '11111111-2222-4333-8444-555555555555',
  channelId: '19:abc@thread.tacv2',
  deciderRole: 'parenting-coordinator',
};
const now = () => NOW;

function renderBoard(ports: ReturnType<typeof fakePorts>, saveFile = jest.fn()) {
  render(
    <FluentProvider theme={webLightTheme}>
      <TriageBoard mailbox={MAILBOX} ports={ports} catalogue={catalogue} now={now} saveFile={saveFile} />
    </FluentProvider>,
  );
  return saveFile;
}

const table = () => screen.getByRole('table', { name: 'Referrals' });
const openButton = (reference: string) => within(table()).getByRole('button', { name: reference });

describe('the triage board', () => {
  test('lists the open referrals with their deadline state, and filters by words', async () => {
    const overdue = makeRow({
      received: '2026-11-27T09:00:00Z',
      referrer: { name: 'Pat Visitor', address: 'p@x.test' },
    });
    const fresh = makeRow({ received: '2026-12-04T09:00:00Z' });
    const closed = makeRow({ triage: { state: 'closed', version: 1 } });
    renderBoard(fakePorts([overdue, fresh, closed]));
    await screen.findByText(/Showing 2 of 3 referrals\. Up to date/);
    const rows = within(table()).getAllByRole('row');
    // The header, then the overdue referral first.
    expect(within(rows[1]!).getByText(/^Overdue/)).toBeTruthy();
    expect(within(rows[2]!).getByText(/^On time/)).toBeTruthy();
    fireEvent.change(screen.getByRole('searchbox', { name: 'Find' }), { target: { value: 'pat visitor' } });
    await screen.findByText(/Showing 1 of 3 referrals/);
    expect(openButton(overdue.reference)).toBeTruthy();
  });

  test('a column header sorts, and says which way', async () => {
    const a = makeRow({ received: '2026-12-01T09:00:00Z' });
    const b = makeRow({ received: '2026-12-03T09:00:00Z' });
    renderBoard(fakePorts([a, b]));
    await screen.findByText(/Up to date/);
    fireEvent.click(screen.getByRole('button', { name: 'Received' }));
    const header = screen.getByRole('columnheader', { name: /Received/ });
    expect(header.getAttribute('aria-sort')).toBe('ascending');
    fireEvent.click(screen.getByRole('button', { name: /Received/ }));
    expect(header.getAttribute('aria-sort')).toBe('descending');
    const first = within(table()).getAllByRole('row')[1]!;
    expect(within(first).getByRole('button', { name: b.reference })).toBeTruthy();
  });

  test('the arrow keys move between referrals', async () => {
    const a = makeRow({ received: '2026-12-01T09:00:00Z' });
    const b = makeRow({ received: '2026-12-03T09:00:00Z' });
    renderBoard(fakePorts([a, b]));
    await screen.findByText(/Up to date/);
    const first = within(table()).getAllByRole('row')[1]!;
    const button = within(first).getAllByRole('button')[0]!;
    button.focus();
    fireEvent.keyDown(button, { key: 'ArrowDown' });
    await act(async () => new Promise((r) => setTimeout(r, 50)));
    const second = within(table()).getAllByRole('row')[2]!;
    expect(document.activeElement).toBe(within(second).getAllByRole('button')[0]);
  });

  test('opens a referral: its facts, files and summary; back returns to the board', async () => {
    const row = makeRow();
    const ports = fakePorts([row]);
    renderBoard(ports);
    fireEvent.click(await screen.findByRole('button', { name: row.reference }));
    const heading = await screen.findByRole('heading', { name: `Referral ${row.reference}` });
    expect(document.activeElement).toBe(heading);
    expect((await screen.findAllByText('referral.pdf')).length).toBeGreaterThan(0);
    expect(screen.getByRole('heading', { name: 'Files sent' })).toBeTruthy();
    expect(ports.openReferral).toHaveBeenCalledWith(row.messageId);
    fireEvent.click(screen.getByRole('button', { name: 'Back to the board' }));
    await screen.findByRole('table', { name: 'Referrals' });
  });

  test('a quarantined referral file is shown with its reason, and its files can still be downloaded', async () => {
    const row = makeRow();
    const ports = fakePorts([row], {
      [row.messageId]: {
        document: { ok: false, reason: 'not-json', message: 'The referral details file is damaged.' },
        attachments: [{ id: 'x', name: 'referral.json' }],
      },
    });
    renderBoard(ports);
    fireEvent.click(await screen.findByRole('button', { name: row.reference }));
    expect(await screen.findByText(/The referral details file is damaged\./)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Download referral.json' }));
    expect(ports.download).toHaveBeenCalledWith(row.messageId, { id: 'x', name: 'referral.json' });
  });

  test('a decision is recorded with the version seen; the outcome is said in words', async () => {
    const row = makeRow();
    const ports = fakePorts([row]);
    const moved = { ...row, triage: { ...row.triage, state: 'screening' as const, version: 1 } };
    ports.decide.mockResolvedValueOnce({ ok: true, row: moved, statusMessageSent: true });
    renderBoard(ports);
    fireEvent.click(await screen.findByRole('button', { name: row.reference }));
    fireEvent.click(await screen.findByRole('radio', { name: 'Start screening' }));
    fireEvent.click(screen.getByRole('button', { name: 'Record decision' }));
    expect(await screen.findByText(/Saved: the referral is now screening\. The referrer has been sent/)).toBeTruthy();
    expect(ports.decide).toHaveBeenCalledWith(row.messageId, { to: 'screening', expectedVersion: 0 }, NOW);
  });

  test('allocation lists the team; a refusal and a conflict are told in words, naming who changed it', async () => {
    const row = makeRow({ triage: { state: 'screening', version: 1 } });
    const ports = fakePorts([row]);
    ports.decide.mockResolvedValueOnce({
      ok: false,
      code: 'worker-required',
      message: 'Choose the worker to allocate.',
    });
    const theirs = {
      ...row,
      triage: {
        ...row.triage,
        state: 'declined' as const,
        version: 2,
        history: [
          {
            from: 'screening' as const,
            to: 'declined' as const,
            at: '2026-12-07T09:42:00.000Z',
            by: { id: 'manager-1', role: 'team-manager' as const },
            version: 2,
            reason: 'Out of area',
          },
        ],
      },
    };
    ports.decide.mockResolvedValueOnce({
      ok: false,
      code: 'conflict',
      message: 'x',
      current: theirs,
      changedBy: { id: 'manager-1', role: 'team-manager' },
    });
    renderBoard(ports);
    fireEvent.click(await screen.findByRole('button', { name: row.reference }));
    fireEvent.click(await screen.findByRole('radio', { name: 'Accept and allocate to a worker' }));
    const worker = screen.getByRole('combobox', { name: /Worker/ });
    await screen.findByRole('option', { name: 'Wren Worker' });
    fireEvent.click(screen.getByRole('button', { name: 'Record decision' }));
    expect(await screen.findByText('Choose the worker to allocate.')).toBeTruthy();
    fireEvent.change(worker, { target: { value: 'worker-1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Record decision' }));
    expect(
      await screen.findByText(/^Alex Morgan changed this referral at 09:42 on 7 December 2026: it is now declined\./),
    ).toBeTruthy();
    expect(ports.decide.mock.calls[1]![1]).toMatchObject({ to: 'allocated', workerId: 'worker-1', expectedVersion: 1 });
    // The board shows the referral as it now is: declined, with no decision open to the coordinator but closing.
    expect(screen.getByRole('radio', { name: 'Close' })).toBeTruthy();
  });

  test('a Graph failure while deciding is told with what to do', async () => {
    const row = makeRow();
    const ports = fakePorts([row]);
    ports.decide.mockRejectedValueOnce(Object.assign(new Error('x'), { kind: 'offline', detail: {} }));
    renderBoard(ports);
    fireEvent.click(await screen.findByRole('button', { name: row.reference }));
    fireEvent.click(await screen.findByRole('radio', { name: 'Start screening' }));
    fireEvent.click(screen.getByRole('button', { name: 'Record decision' }));
    expect(await screen.findByText(/You are offline/)).toBeTruthy();
  });

  test('exports the current view as CSV', async () => {
    const saveFile = renderBoard(fakePorts([makeRow(), makeRow()]));
    await screen.findByText(/Up to date/);
    fireEvent.click(screen.getByRole('button', { name: 'Export this view (CSV)' }));
    expect(saveFile).toHaveBeenCalledTimes(1);
    const [name, blob] = saveFile.mock.calls[0] as [string, Blob];
    expect(name).toBe('referrals-2026-12-07.csv');
    expect(blob.type).toMatch(/^text\/csv/);
    const text = await blobText(blob);
    expect(text.split('\r\n').filter((l) => l.startsWith('Referral,'))).toHaveLength(2);
  });

  test('a mailbox the person cannot open says so, in words', async () => {
    const ports = fakePorts([]);
    ports.sync.mockRejectedValue(
      Object.assign(new Error('x'), { kind: 'no-permission', detail: { requestId: 'r-9' } }),
    );
    renderBoard(ports);
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /not allowed to open this service’s referral mailbox.*r-9/,
    );
  });
});

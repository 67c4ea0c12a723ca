/** @jest-environment jsdom */
// The filing flow at the adapter seam: a fake FilingService, a real queue in fake-indexeddb.
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { openIndexedDbJobStore } from '../../../../src/ui/features/filing/indexeddb-job-store';
import type { FilingJob } from '../../../../src/filing';
import {
  FILE_BYTES,
  LEWISHAM,
  NOTTS,
  NOTTS_NVR,
  NVR,
  REFERENCE,
  REFERRAL_ID,
  fail,
  fakeService,
  fileNormally,
  fileRequest,
  gate,
  host,
  mountHost,
  referral,
} from './filing-fixtures';

afterEach(async () => {
  cleanup();
  await act(async () => undefined);
});

const message = (name: string) =>
  screen.getByRole('list', { name: 'Messages' }).querySelector(`li[aria-label="${name}"]`) as HTMLElement;
const announced = () => screen.getByTestId('announcer').textContent ?? '';
const jobs = async (idb: IDBFactory): Promise<FilingJob[]> => {
  const q = await openIndexedDbJobStore(idb);
  try {
    return await q.list();
  } finally {
    q.close();
  }
};

describe('filing a referral', () => {
  test('one message per mailbox, progress per attachment, then the confirmation; the draft is cleared and the job forgotten', async () => {
    const h = host();
    const fake = fakeService();
    const lewisham = gate();
    fake.service.fileMailbox = ((original) => async (request, progress) => {
      if (request.mailbox === LEWISHAM) {
        progress({ type: 'step', step: 'attaching' });
        progress({ type: 'attachment', name: 'referral.json', sentBytes: 1000, totalBytes: 1000 });
        progress({ type: 'attachment', name: 'assessment.pdf', sentBytes: 2, totalBytes: 5 });
        await lewisham.opened;
      }
      return original(request, progress);
    })(fake.service.fileMailbox.bind(fake.service));
    const m = mountHost(h, { loadService: fake.load });
    m.file(fileRequest());

    // Mid-upload: the step in words and each attachment's bar with an accessible name and its bytes.
    await screen.findByRole('heading', { name: 'Filing the referral' });
    await waitFor(() => expect(within(message(NVR)).getByText('Attaching the files')).toBeTruthy());
    const bar = within(message(NVR)).getByRole('progressbar', { name: 'assessment.pdf' });
    expect(bar.getAttribute('aria-valuenow')).toBe('0.4');
    expect(bar.getAttribute('aria-valuetext')).toBe('2 bytes of 5 bytes sent');
    expect(within(message(NVR)).getByRole('progressbar', { name: 'referral.json' }).getAttribute('aria-valuenow')).toBe(
      '1',
    );
    // referral.json is listed before the referrer's file (the filing contract's order).
    expect(
      within(message(NVR))
        .getAllByRole('progressbar')
        .map(
          (b) =>
            b.getAttribute('aria-labelledby') &&
            document.getElementById(b.getAttribute('aria-labelledby')!)?.textContent,
        ),
    ).toEqual(['referral.json', 'assessment.pdf']);
    expect(within(message(NOTTS_NVR)).getByText('Waiting to start')).toBeTruthy();
    expect(within(message(NOTTS_NVR)).getByText(`To ${NOTTS}`)).toBeTruthy();
    // The job, with the file's bytes, was on the device before the first request.
    const [kept] = await jobs(h.indexedDB);
    expect(kept?.id).toBe(REFERRAL_ID);
    expect([...(kept?.attachments[0]?.bytes ?? [])]).toEqual([...FILE_BYTES]);
    expect(kept?.mailboxes.map((x) => [x.address, x.state, x.attempts])).toEqual([
      [LEWISHAM, 'pending', 1],
      [NOTTS, 'pending', 0],
    ]);
    expect(m.props.onFiled).not.toHaveBeenCalled();

    lewisham.open();
    const done = await screen.findByRole('heading', { name: 'Referral filed' });
    expect(document.activeElement).toBe(done);
    expect(screen.getByTestId('filing-reference').textContent).toBe(REFERENCE);
    const next = screen.getByRole('list', { name: 'What happens next' });
    expect(within(next).getByText(/within 5 working days/)).toBeTruthy(); // Nottinghamshire's screening standard
    expect(within(next).getAllByText('Its decision shows in My referrals once the service reports back.')).toHaveLength(
      2,
    );
    expect(announced()).toContain(`Filed. Your reference is ${REFERENCE}.`);

    // Each mailbox once, with its own services and kind; the referral as validated; the file's bytes.
    expect(fake.calls.map((c) => [c.mailbox, c.serviceIds, c.kind, c.resume])).toEqual([
      [LEWISHAM, ['lewisham.nvr'], 'referral', false],
      [NOTTS, ['notts.nvr-group'], 'referral', false],
    ]);
    expect(fake.calls[0]?.attachments.map((a) => [a.name, [...a.bytes]])).toEqual([
      ['assessment.pdf', [...FILE_BYTES]],
    ]);
    expect(fake.calls[0]?.filedAt.toISOString()).toBe('2026-11-23T10:42:00.000Z');
    expect(m.props.onFiled).toHaveBeenCalledWith(REFERRAL_ID);
    await waitFor(async () => expect(await jobs(h.indexedDB)).toEqual([]));

    fireEvent.click(screen.getByRole('button', { name: 'See My referrals' }));
    expect(m.props.onOpenMyReferrals).toHaveBeenCalled();
    expect(m.props.onClose).toHaveBeenCalled();
  });

  test('one mailbox fails in words with the request id while the other is filed; Try again files only what is left, resuming', async () => {
    const h = host();
    const fake = fakeService({
      [LEWISHAM.toLowerCase()]: async (request, progress, call) => {
        if (call === 1) return fail('no-permission', { requestId: 'req-403-abc' })(request, progress, call);
        return fileNormally(request, progress);
      },
    });
    const m = mountHost(h, { loadService: fake.load });
    m.file(fileRequest());

    const heading = await screen.findByRole('heading', { name: 'Not everything was filed' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    const nvr = message(NVR);
    expect(within(nvr).getByText('Not sent')).toBeTruthy();
    expect(within(nvr).getByText('Your account is not allowed to send this referral from your mailbox.')).toBeTruthy();
    expect(within(nvr).getByText(/Ask your IT service desk/)).toBeTruthy();
    expect(within(nvr).getByText('req-403-abc')).toBeTruthy();
    expect(within(message(NOTTS_NVR)).getByText('Sent')).toBeTruthy();
    expect(screen.getByText(/What was sent stays sent/)).toBeTruthy();
    expect(announced()).toMatch(/Not everything was filed/);
    expect(m.props.onFiled).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await screen.findByRole('heading', { name: 'Referral filed' });
    // Nottinghamshire was not filed again; Lewisham was resumed (Sent Items checked first).
    expect(fake.calls.map((c) => [c.mailbox, c.resume])).toEqual([
      [LEWISHAM, false],
      [NOTTS, false],
      [LEWISHAM, true],
    ]);
    expect(m.props.onFiled).toHaveBeenCalledTimes(1);
  });

  test('a send the card cannot confirm is shown as such, never as not sent', async () => {
    const h = host();
    const fake = fakeService({ [LEWISHAM.toLowerCase()]: fail('unconfirmed') });
    const m = mountHost(h, { loadService: fake.load });
    m.file(fileRequest());

    await screen.findByRole('heading', { name: 'Not everything was filed' });
    const nvr = message(NVR);
    expect(within(nvr).getByText('May have been sent: not confirmed yet')).toBeTruthy();
    expect(within(nvr).queryByText('Not sent')).toBeNull();
    expect(within(nvr).getByText(new RegExp(`The message to ${LEWISHAM} may already have been sent`))).toBeTruthy();
    expect(within(nvr).getByText(/will not send it again by itself/)).toBeTruthy();
  });

  test('a wait Microsoft 365 asks for is shown and announced, and filing carries on', async () => {
    const h = host();
    const held = gate();
    const second = gate();
    const fake = fakeService({
      [LEWISHAM.toLowerCase()]: async (request, progress) => {
        progress({ type: 'wait', seconds: 30, reason: 'throttled' });
        await second.opened;
        progress({ type: 'wait', seconds: 30, reason: 'throttled' });
        await held.opened;
        await fileNormally(request, progress);
      },
    });
    mountHost(h, { loadService: fake.load }).file(fileRequest());
    await waitFor(() =>
      expect(within(message(NVR)).getByText(/Microsoft 365 asked us to wait 30 seconds/)).toBeTruthy(),
    );
    await waitFor(() => expect(announced()).toContain('Microsoft 365 asked us to wait 30 seconds.'));
    // A second wait of the same length is announced again (the live region's text changes, so it is read).
    const first = screen.getByTestId('announcer').textContent;
    second.open();
    await waitFor(() => expect(screen.getByTestId('announcer').textContent).not.toBe(first));
    expect(announced().trim()).toBe('Microsoft 365 asked us to wait 30 seconds.');
    held.open();
    await screen.findByRole('heading', { name: 'Referral filed' });
  });

  test('offline: the job is queued, "Filed when you are back online", and filed on the online event', async () => {
    const h = host();
    const fake = fakeService();
    let online = false;
    const m = mountHost(h, { loadService: fake.load });
    // The host reads navigator.onLine; jsdom's can be overridden per test.
    const spy = jest.spyOn(window.navigator, 'onLine', 'get').mockImplementation(() => online);
    try {
      m.file(fileRequest());
      await screen.findByRole('heading', { name: 'Waiting to file: you are offline' });
      expect(screen.getByText('Filed when you are back online.')).toBeTruthy();
      expect(fake.calls).toHaveLength(0);
      expect((await jobs(h.indexedDB)).map((j) => j.id)).toEqual([REFERRAL_ID]);
      online = true;
      act(() => void window.dispatchEvent(new Event('online')));
      await screen.findByRole('heading', { name: 'Referral filed' });
      expect(fake.calls).toHaveLength(2);
    } finally {
      spy.mockRestore();
    }
  });

  test('losing the connection mid-filing queues what is left; back online it resumes that mailbox', async () => {
    const h = host();
    const fake = fakeService({
      [NOTTS]: async (request, progress, call) =>
        call === 1 ? fail('offline')(request, progress, call) : fileNormally(request, progress),
    });
    mountHost(h, { loadService: fake.load }).file(fileRequest());
    await screen.findByRole('heading', { name: 'Waiting to file: you are offline' });
    expect(within(message(NVR)).getByText('Sent')).toBeTruthy();
    expect(within(message(NOTTS_NVR)).getByText('Waiting for the connection')).toBeTruthy();
    act(() => void window.dispatchEvent(new Event('online')));
    await screen.findByRole('heading', { name: 'Referral filed' });
    expect(fake.calls.map((c) => [c.mailbox, c.resume])).toEqual([
      [LEWISHAM, false],
      [NOTTS, false],
      [NOTTS, true],
    ]);
  });

  test('a filing cut short by closing the pane resumes on the next open, with resume, and finishes', async () => {
    const h = host();
    const never = fakeService({ [LEWISHAM.toLowerCase()]: () => new Promise(() => undefined) });
    const first = mountHost(h, { loadService: never.load });
    first.file(fileRequest());
    await waitFor(() => expect(never.calls).toHaveLength(1));
    first.unmount(); // the pane closes mid-request

    const fake = fakeService();
    const again = mountHost(h, { loadService: fake.load });
    await screen.findByRole('heading', { name: 'Referral filed' });
    expect(again.props.onOpen).toHaveBeenCalled();
    expect(fake.calls.map((c) => [c.mailbox, c.resume])).toEqual([
      [LEWISHAM, true],
      [NOTTS, false],
    ]);
    // The same filing time, so the documents are the same as the first attempt's.
    expect(fake.calls[0]?.filedAt.toISOString()).toBe(never.calls[0]?.filedAt.toISOString());
    expect([...(fake.calls[0]?.attachments[0]?.bytes ?? [])]).toEqual([...FILE_BYTES]);
    expect(again.props.onFiled).toHaveBeenCalledWith(REFERRAL_ID);
  });

  test('without IndexedDB the job is kept in memory only, and the referrer is told to keep the card open', async () => {
    const blocked = {
      open: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
    } as unknown as IDBFactory;
    const held = gate();
    const fake = fakeService({
      [LEWISHAM.toLowerCase()]: async (request, progress) => {
        await held.opened;
        await fileNormally(request, progress);
      },
    });
    mountHost(host(blocked), { loadService: fake.load }).file(fileRequest());
    await screen.findByText(
      'This browser will not let Referral Card keep the referral on this device. Keep the card open until filing finishes.',
    );
    held.open();
    await screen.findByRole('heading', { name: 'Referral filed' });
    expect(fake.calls).toHaveLength(2);
  });

  test('a job already filed when the pane closed clears its draft on the next open, without sending anything', async () => {
    const h = host();
    const q = await openIndexedDbJobStore(h.indexedDB);
    const r = referral();
    await q.put({
      id: REFERRAL_ID,
      draftId: REFERRAL_ID,
      referral: r,
      filedAt: '2026-11-23T10:00:00.000Z',
      attachments: [],
      mailboxes: [
        {
          address: LEWISHAM,
          serviceIds: ['lewisham.nvr'],
          serviceNames: [NVR],
          kind: 'referral',
          state: 'filed',
          attempts: 1,
        },
      ],
    });
    q.close();
    const fake = fakeService();
    const m = mountHost(h, { loadService: fake.load });
    await waitFor(() => expect(m.props.onFiled).toHaveBeenCalledWith(REFERRAL_ID));
    await waitFor(async () => expect(await jobs(h.indexedDB)).toEqual([]));
    expect(fake.calls).toHaveLength(0);
    expect(m.props.onOpen).not.toHaveBeenCalled();
  });
});

describe('filing refused before anything is sent', () => {
  test('a service without a referral mailbox is refused with its contact; the others can still be filed', async () => {
    const h = host();
    const fake = fakeService();
    const m = mountHost(h, { loadService: fake.load });
    m.file(
      fileRequest(
        referral({
          services: [
            { serviceId: 'lewisham.nvr', personIds: [] },
            { serviceId: 'lbbd.reset', personIds: [] },
          ],
        }),
      ),
    );
    const heading = await screen.findByRole('heading', { name: 'One service cannot be filed from here' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    const refused = screen.getByRole('list', { name: 'Services to contact directly' });
    expect(within(refused).getByRole('heading', { name: 'RESET' })).toBeTruthy();
    expect(within(refused).getByText(/^Contact .*Professionals Referral Form.* to refer\.$/)).toBeTruthy();
    expect(
      screen.getByText('Nothing has been sent yet. These services have no referral mailbox: refer to them directly.'),
    ).toBeTruthy();
    expect(fake.load).not.toHaveBeenCalled();
    expect(await jobs(h.indexedDB)).toEqual([]);

    fireEvent.click(screen.getByRole('button', { name: `File to ${NVR}` }));
    await screen.findByRole('heading', { name: 'Referral filed' });
    expect(fake.calls.map((c) => [c.mailbox, c.serviceIds])).toEqual([[LEWISHAM, ['lewisham.nvr']]]);
    expect(m.props.onFiled).toHaveBeenCalled();
  });

  test('only services without a mailbox: nothing to file, back to the referral', async () => {
    const fake = fakeService();
    const m = mountHost(host(), { loadService: fake.load });
    m.file(fileRequest(referral({ services: [{ serviceId: 'lbbd.reset', personIds: [] }] })));
    await screen.findByRole('heading', { name: 'One service cannot be filed from here' });
    expect(screen.queryByRole('button', { name: /^File to/ })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Back to the referral' }));
    expect(m.props.onClose).toHaveBeenCalled();
    expect(fake.calls).toHaveLength(0);
  });

  test('an invalid referral is not filed: the referrer is sent back to check it', async () => {
    const fake = fakeService();
    mountHost(host(), { loadService: fake.load }).file(
      fileRequest({ ...referral(), referrer: { name: '<script>alert(1)</script>' } }),
    );
    await screen.findByRole('heading', { name: 'The referral was not filed' });
    expect(screen.getByText('The referral has answers that need checking before it can be filed.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
    expect(fake.load).not.toHaveBeenCalled();
  });

  test('a file whose bytes are gone (attached before a reopen) must be added again; nothing is kept or sent', async () => {
    const h = host();
    const fake = fakeService();
    mountHost(h, { loadService: fake.load }).file(fileRequest(referral(), {}));
    await screen.findByRole('heading', { name: 'The referral was not filed' });
    expect(
      screen.getByText('assessment.pdf is no longer available: files are kept only while the card is open.'),
    ).toBeTruthy();
    expect(screen.getByText('Go back to the referral and add the file again, then file.')).toBeTruthy();
    expect(fake.calls).toHaveLength(0);
    expect(await jobs(h.indexedDB)).toEqual([]);
  });

  test('going back before anything is filed keeps which mailboxes were attempted, and the uploads they opened, so filing again resumes them', async () => {
    const h = host();
    const session = (requestId: string) =>
      `https://outlook.office.com/api/gv1.0/AttachmentSessions('${requestId}')?authtoken=t`;
    const firstFails =
      (requestId: string) =>
      async (...args: Parameters<ReturnType<typeof fail>>) => {
        if (args[2] !== 1) return fileNormally(args[0], args[1]);
        await args[3]?.(session(requestId));
        return fail('server', { requestId })(...args);
      };
    const fake = fakeService({ [LEWISHAM.toLowerCase()]: firstFails('req-503'), [NOTTS]: firstFails('req-504') });
    const m = mountHost(h, { loadService: fake.load });
    m.file(fileRequest());
    await screen.findByRole('heading', { name: 'Not everything was filed' });
    expect(screen.getByText('req-503')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Back to the referral' }));
    expect(m.props.onClose).toHaveBeenCalled();
    await waitFor(async () => expect((await jobs(h.indexedDB))[0]?.cancelled).toBe(true));
    const [kept] = await jobs(h.indexedDB);
    expect(kept?.attachments).toEqual([]); // the bytes are not kept for a referral that went back to the form

    m.file(fileRequest());
    await screen.findByRole('heading', { name: 'Referral filed' });
    expect(fake.calls.slice(2).map((c) => [c.mailbox, c.resume, c.abandonedUploads])).toEqual([
      [LEWISHAM, true, [session('req-503')]],
      [NOTTS, true, [session('req-504')]],
    ]);
  });
});

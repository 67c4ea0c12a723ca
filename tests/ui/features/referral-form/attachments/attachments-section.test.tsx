/** @jest-environment jsdom */
import { act, fireEvent, screen, within } from '@testing-library/react';
import type { CurrentItem, HostAttachment } from '../../../../../src/ui/host-context';
import { getIn, newDraft } from '../../../../../src/ui/state/draft';
import { formCatalogue } from '../form-catalogue';
import { renderForm } from '../form-harness';

// jsdom's Blob has no arrayBuffer(); browsers do. Read it the old way here.
if (!Blob.prototype.arrayBuffer) {
  Blob.prototype.arrayBuffer = function arrayBuffer(this: Blob) {
    return new Promise<ArrayBuffer>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as ArrayBuffer);
      reader.readAsArrayBuffer(this);
    });
  };
}

const region = () => screen.getByRole('region', { name: 'Attachments' });
const fileOf = (name: string, size: number, type = 'application/pdf') => {
  const f = new File(['x'], name, { type });
  Object.defineProperty(f, 'size', { value: size });
  return f;
};
const hostItem = (list: HostAttachment[] | Error): CurrentItem => ({
  subject: 'Concern about Jo',
  attachments: async () => {
    if (list instanceof Error) throw list;
    return list;
  },
});
const email: HostAttachment = {
  id: 'AAMk-long-outlook-id',
  name: 'Concern about Jo.eml',
  contentType: 'message/rfc822',
  size: 2048,
  source: 'current-email',
  read: async () => new Uint8Array([1]),
};

describe('attachments', () => {
  test('files from the device: metadata into the draft, bytes kept in memory; oversize files are refused in words', async () => {
    const { out } = renderForm({ catalogue: formCatalogue });
    const input = within(region()).getByLabelText('Add files from this device');
    fireEvent.change(input, {
      target: { files: [fileOf('plan.pdf', 1200), fileOf('huge.mov', 151 * 1024 * 1024, 'video/quicktime')] },
    });
    const list = getIn(out.draft.referral, ['attachments']) as { id: string }[];
    expect(list).toEqual([
      { id: expect.any(String), name: 'plan.pdf', contentType: 'application/pdf', size: 1200, source: 'upload' },
    ]);
    expect(out.store.has(list[0]!.id)).toBe(true);
    expect(await out.store.read(list[0]!.id)).toEqual(new Uint8Array([120]));
    expect(
      within(region()).getByText('huge.mov is larger than 150 MB, the most an email attachment can be'),
    ).toBeTruthy();
    fireEvent.click(within(region()).getByRole('button', { name: 'Remove plan.pdf' }));
    expect(getIn(out.draft.referral, ['attachments'])).toEqual([]);
    expect(out.store.has(list[0]!.id)).toBe(false);
  });

  test('"attach this email": the open email is offered and attached once', async () => {
    const { out } = renderForm({ catalogue: formCatalogue, currentItem: hostItem([email]) });
    await act(async () => undefined);
    expect(within(region()).getByText('Concern about Jo')).toBeTruthy();
    fireEvent.click(within(region()).getByRole('button', { name: 'Attach this email' }));
    expect(getIn(out.draft.referral, ['attachments'])).toEqual([
      {
        id: expect.any(String),
        name: 'Concern about Jo.eml',
        contentType: 'message/rfc822',
        size: 2048,
        source: 'current-email',
      },
    ]);
    expect(within(region()).queryByRole('button', { name: 'Attach this email' })).toBeNull();
    const id = getIn(out.draft.referral, ['attachments', 0, 'id']) as string;
    expect(await out.store.read(id)).toEqual(new Uint8Array([1]));
  });

  test('after a reopen, the email is found again; a device file that is gone is flagged', async () => {
    const d = newDraft('00000000-0000-4000-8000-00000000cccc', new Date());
    const initial = {
      ...d,
      referral: {
        ...d.referral,
        attachments: [
          {
            id: 'm1',
            name: 'Concern about Jo.eml',
            contentType: 'message/rfc822',
            size: 2048,
            source: 'current-email' as const,
          },
          { id: 'm2', name: 'plan.pdf', contentType: 'application/pdf', size: 10, source: 'upload' as const },
        ],
      },
    };
    const { out } = renderForm({ catalogue: formCatalogue, currentItem: hostItem([email]), initial });
    await act(async () => undefined);
    expect(out.store.has('m1')).toBe(true);
    expect(
      within(region()).getAllByText('Add this file again: files are kept only while the card is open.'),
    ).toHaveLength(1);
  });

  test('a host that cannot list the email’s attachments says so, and device files still work', async () => {
    renderForm({ catalogue: formCatalogue, currentItem: hostItem(new Error('Mailbox 1.14 not supported')) });
    await act(async () => undefined);
    expect(within(region()).getByText(/attachments could not be read/)).toBeTruthy();
    expect(within(region()).getByLabelText('Add files from this device')).toBeTruthy();
  });
});

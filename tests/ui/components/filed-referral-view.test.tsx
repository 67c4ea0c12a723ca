/** @jest-environment jsdom */
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import axe from 'axe-core';
import { catalogue } from '../../../src/catalogues';
import { FiledReferralView } from '../../../src/ui/components/filed-referral-view';
import type { FiledAttachment } from '../../../src/ui/components/filed-referral-view';
import { filedExample } from '../support/filed-documents';

const FILES: FiledAttachment[] = [
  { id: 'a1', name: 'referral.pdf', contentType: 'application/pdf', size: 48_000 },
  { id: 'a2', name: 'referral.json', contentType: 'application/json', size: 6_000 },
  { id: 'a3', name: 'school letter.docx', size: 2_000_000 },
];

const wrap = (ui: JSX.Element) => render(<FluentProvider theme={webLightTheme}>{ui}</FluentProvider>);

async function axeViolations(container: HTMLElement): Promise<string[]> {
  let found: string[] = [];
  await act(async () => {
    const results = await axe.run(container, {
      rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
    });
    found = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
  return found;
}

describe('FiledReferralView', () => {
  test('shows the summary the services read: title, sections, field rows, lists and tables', () => {
    const { container } = wrap(<FiledReferralView document={filedExample()} catalogue={catalogue} />);
    const doc = filedExample();
    expect(screen.getByRole('heading', { level: 3, name: `Referral ${doc.reference}` })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 4, name: 'The referrer' })).toBeTruthy();
    expect(container.querySelector('dl dt')).not.toBeNull();
    expect(container.querySelectorAll('table caption').length).toBeGreaterThan(0);
    expect(screen.getByRole('heading', { level: 5, name: 'Sam Example' })).toBeTruthy();
    // No files section unless the caller lists the message's files.
    expect(screen.queryByRole('heading', { name: 'Files sent' })).toBeNull();
  });

  test('heading levels follow the page: the summary title at the level given, never past h6', () => {
    wrap(<FiledReferralView document={filedExample()} catalogue={catalogue} headingLevel={4} />);
    expect(screen.getByRole('heading', { level: 4, name: /^Referral RC-/ })).toBeTruthy();
    expect(document.querySelector('h1, h2, h3')).toBeNull();
  });

  test('text from the referral is shown as text, isolated, never as markup', () => {
    const doc = filedExample((r) => {
      r.notes = '<img src=x onerror="window.hacked=1">';
    });
    const { container } = wrap(<FiledReferralView document={doc} catalogue={catalogue} />);
    expect(container.querySelector('img')).toBeNull();
    const note = screen.getByText('<img src=x onerror="window.hacked=1">');
    expect(note.tagName).toBe('BDI');
    expect(note.getAttribute('dir')).toBe('auto');
  });

  test('lists the files with plain descriptions and downloads the one asked for', async () => {
    const onDownload = jest.fn(() => Promise.resolve());
    wrap(
      <FiledReferralView document={filedExample()} catalogue={catalogue} attachments={FILES} onDownload={onDownload} />,
    );
    expect(screen.getByRole('heading', { name: 'Files sent' })).toBeTruthy();
    expect(screen.getByText(/the summary, for the case record/)).toBeTruthy();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Download school letter.docx' }));
    });
    expect(onDownload).toHaveBeenCalledWith(FILES[2]);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  test('a failed download says so beside that file, and a retry that works clears it', async () => {
    const onDownload = jest.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValueOnce(undefined);
    wrap(
      <FiledReferralView document={filedExample()} catalogue={catalogue} attachments={FILES} onDownload={onDownload} />,
    );
    const button = () => screen.getByRole('button', { name: 'Download referral.pdf' });
    await act(async () => {
      fireEvent.click(button());
    });
    const item = button().closest('li')!;
    expect(within(item).getByRole('alert').textContent).toBe(
      'referral.pdf could not be downloaded. Check your connection and try again.',
    );
    await act(async () => {
      fireEvent.click(button());
    });
    expect(screen.queryByRole('alert')).toBeNull();
    expect(onDownload).toHaveBeenCalledTimes(2);
  });

  test('a second download waits until the first has finished', async () => {
    let finish: () => void = () => undefined;
    const onDownload = jest.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    wrap(
      <FiledReferralView document={filedExample()} catalogue={catalogue} attachments={FILES} onDownload={onDownload} />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Download referral.pdf' }));
    expect(screen.getByText('Downloading…')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Download referral.json' }));
    expect(onDownload).toHaveBeenCalledTimes(1);
    await act(async () => finish());
    expect(screen.queryByText('Downloading…')).toBeNull();
  });

  test('no buttons without onDownload; an empty list says so', () => {
    wrap(<FiledReferralView document={filedExample()} catalogue={catalogue} attachments={[]} />);
    expect(screen.getByText('No files are listed for this message.')).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
  });

  test('has no axe violations, with the files and the whole summary', async () => {
    const { container } = wrap(
      <FiledReferralView document={filedExample()} catalogue={catalogue} attachments={FILES} onDownload={jest.fn()} />,
    );
    expect(await axeViolations(container)).toEqual([]);
  });
});

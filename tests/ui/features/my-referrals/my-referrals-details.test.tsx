/** @jest-environment jsdom */
// My referrals with what was sent: labels from each message's referral.json (only for the entries shown), a
// quarantined file said so without breaking the list, search by initials, and an entry opened to its summary.
import { act, cleanup, configure, fireEvent, render, screen, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import axe from 'axe-core';
import { catalogue } from '../../../../src/catalogues';
import type { DetailsResult, FiledFile } from '../../../../src/graph';
import { MyReferrals, PAGE_SIZE } from '../../../../src/ui/features/my-referrals/my-referrals';
import type { MyReferralsSource } from '../../../../src/ui/features/my-referrals/my-referrals-source';
import type { FiledMessage } from '../../../../src/ui/features/my-referrals/my-referrals.types';
import { filedExample } from '../../support/filed-documents';

configure({ asyncUtilTimeout: 10_000 });
afterEach(async () => {
  cleanup();
  await act(async () => undefined);
});

const NOW = new Date('2026-12-07T09:00:00Z');
const hex = (n: number) => n.toString(16).padStart(8, '0');
const idOf = (n: number) => `${hex(n)}-1111-4111-8111-111111111111`;
const refOf = (n: number) => `RC-${hex(n).toUpperCase()}`;

const message = (n: number, state?: string): FiledMessage => ({
  messageId: `msg-${n}`,
  referralId: idOf(n),
  reference: refOf(n),
  kind: 'referral',
  mailbox: 'Family.Hub.Referrals@lewisham.gov.uk',
  sentAt: new Date(Date.parse('2026-11-01T09:00:00Z') + n * 60_000).toISOString(),
  services: [
    { serviceId: 'lewisham.nvr', name: 'NVR', ...(state ? { status: { state, at: '2026-11-05T09:00:00Z' } } : {}) },
  ],
});

/** The Hassan family (Amira, 4) for referral 1; the Example family (Sam 12, Alex 6) for the others. */
function detailsOf(n: number): DetailsResult {
  if (n === 2)
    return {
      ok: false,
      reason: 'not-json',
      message: 'The referral details file is damaged: it is not in the expected format.',
    };
  const document = filedExample((r) => {
    r.id = idOf(n);
    if (n === 1) {
      r.people = [
        {
          id: 'p1',
          kind: 'adult',
          name: 'Leila Hassan',
          role: 'parent',
          relationship: 'mother',
          livesInHousehold: 'yes',
        },
        { id: 'c1', kind: 'child', name: 'Amira Hassan', dateOfBirth: '2022-03-01' },
      ] as typeof r.people;
      r.services = [{ serviceId: 'lewisham.nvr', personIds: ['p1', 'c1'] }];
    }
  });
  return { ok: true, document };
}

const FILES: FiledFile[] = [
  { id: 'f1', name: 'referral.pdf', contentType: 'application/pdf', size: 40_000 },
  { id: 'f2', name: 'referral.json', contentType: 'application/json', size: 6_000 },
];

function fakeSource(count: number) {
  const asked: string[] = [];
  const source: MyReferralsSource & { asked: string[] } = {
    asked,
    catalogue,
    list: async () => Array.from({ length: count }, (_, i) => message(i + 1, i === 0 ? 'screening' : undefined)),
    details: async (ids, onRead) => {
      asked.push(...ids);
      const all = new Map(ids.map((id) => [id, detailsOf(Number(id.slice(4)))] as const));
      for (const [id, r] of all) onRead?.(id, r);
      return all;
    },
    files: jest.fn(async () => FILES),
    readFile: jest.fn(async () => new Uint8Array([37, 80, 68, 70])),
    answer: jest.fn(async () => undefined),
    withdraw: jest.fn(async () => undefined),
  };
  return source;
}

async function mount(source: MyReferralsSource) {
  const result = render(
    <FluentProvider theme={webLightTheme}>
      <MyReferrals connect={async () => source} onBack={jest.fn()} now={() => NOW} />
    </FluentProvider>,
  );
  await screen.findByRole('list', { name: 'Referrals I filed' });
  await act(async () => undefined);
  return result;
}

const entry = (reference: string) =>
  screen.getByRole('list', { name: 'Referrals I filed' }).querySelector(`li[aria-label="${reference}"]`) as HTMLElement;

async function noAxeViolations(container: HTMLElement) {
  let found: string[] = [];
  await act(async () => {
    const results = await axe.run(container, {
      rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
    });
    found = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
  expect(found).toEqual([]);
}

test('each entry shows the children’s initials and ages, never their names', async () => {
  const { container } = await mount(fakeSource(3));
  expect(await within(entry(refOf(1))).findByText('A H, age 4')).toBeTruthy();
  expect(entry(refOf(1)).textContent).toContain('Children: A H, age 4');
  expect(within(entry(refOf(3))).getByText('S E, age 12; A E, age 6')).toBeTruthy();
  expect(container.textContent).not.toMatch(/Amira|Hassan|Sam Example/);
  await noAxeViolations(container);
});

test('a quarantined file says the details could not be read, and why; the rest of the list is unharmed', async () => {
  await mount(fakeSource(3));
  const bad = entry(refOf(2));
  expect(within(bad).getByText('Details could not be read.')).toBeTruthy();
  expect(bad.textContent).toContain('The referral details file is damaged: it is not in the expected format.');
  expect(within(bad).getByText('NVR:')).toBeTruthy();
  expect(within(entry(refOf(3))).getByText('S E, age 12; A E, age 6')).toBeTruthy();
});

test('only the entries shown are read; “Show more” reads the next ones', async () => {
  const source = fakeSource(PAGE_SIZE + 5);
  await mount(source);
  expect(source.asked).toHaveLength(PAGE_SIZE);
  // Newest first: the five oldest are not shown, so not read.
  expect(source.asked).not.toContain('msg-1');
  fireEvent.click(screen.getByRole('button', { name: 'Show 5 more' }));
  await act(async () => undefined);
  expect(new Set(source.asked).size).toBe(PAGE_SIZE + 5);
  expect(source.asked).toHaveLength(PAGE_SIZE + 5); // nothing read twice
});

test('search by initials reads the entries not yet shown, and finds the one filed', async () => {
  const source = fakeSource(PAGE_SIZE + 5);
  await mount(source);
  fireEvent.change(screen.getByRole('searchbox', { name: /Search/ }), { target: { value: 'a.h.' } });
  await act(async () => undefined);
  await screen.findByText('1 referral matches.');
  const list = screen.getByRole('list', { name: 'Referrals I filed' });
  expect(
    within(list)
      .getAllByRole('heading')
      .map((h) => h.textContent),
  ).toEqual([refOf(1)]);
  fireEvent.change(screen.getByRole('searchbox', { name: /Search/ }), { target: { value: 'zz' } });
  await screen.findByText('No referrals match.');
});

test('filters by status and service', async () => {
  await mount(fakeSource(3));
  fireEvent.change(screen.getByRole('combobox', { name: 'Status' }), { target: { value: 'screening' } });
  await screen.findByText('1 referral matches.');
  expect(entry(refOf(1))).toBeTruthy();
  fireEvent.change(screen.getByRole('combobox', { name: 'Status' }), { target: { value: 'none' } });
  await screen.findByText('2 referrals match.');
  fireEvent.change(screen.getByRole('combobox', { name: 'Service' }), { target: { value: 'lewisham.coda' } });
  await screen.findByText('No referrals match.');
});

test('an entry opens to the summary the service read and its files; Back returns to the entry', async () => {
  const source = fakeSource(3);
  const { container } = await mount(source);
  fireEvent.click(within(entry(refOf(3))).getByRole('button', { name: `Open what was sent in ${refOf(3)}` }));
  const title = await screen.findByRole('heading', { name: `What was sent in ${refOf(3)}` });
  expect(document.activeElement).toBe(title);
  expect(screen.getByRole('heading', { name: `Referral ${refOf(3)}` })).toBeTruthy();
  expect(screen.getByRole('heading', { name: 'The family' })).toBeTruthy();
  await screen.findByRole('button', { name: 'Download referral.pdf' });
  expect(source.files).toHaveBeenCalledWith('msg-3');
  URL.createObjectURL = jest.fn(() => 'blob:x');
  URL.revokeObjectURL = jest.fn();
  const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
  await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Download referral.pdf' })));
  expect(source.readFile).toHaveBeenCalledWith('msg-3', 'f1');
  expect(click).toHaveBeenCalledTimes(1);
  await noAxeViolations(container);
  fireEvent.click(screen.getByRole('button', { name: 'Back to My referrals' }));
  const open = await screen.findByRole('button', { name: `Open what was sent in ${refOf(3)}` });
  expect(document.activeElement).toBe(open);
});

test('an entry whose file was quarantined opens to the reason, not a blank page', async () => {
  await mount(fakeSource(3));
  fireEvent.click(within(entry(refOf(2))).getByRole('button', { name: /Open what was sent/ }));
  const alert = await screen.findByRole('alert');
  expect(alert.textContent).toContain('Details could not be read.');
  expect(alert.textContent).toContain('not in the expected format');
});

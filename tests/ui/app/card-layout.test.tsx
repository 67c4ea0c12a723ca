/** @jest-environment jsdom */
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import axe from 'axe-core';
import { App } from '../../../src/ui/app/app';
import { HostProvider } from '../../../src/ui/host-context';
import { formCatalogue } from '../features/referral-form/form-catalogue';
import { rememberAllGroupsOpen } from '../features/eligibility/panel-fixture';
import { fakeHost } from './app-host';

// Every provider group open, as a referrer who opened them would see it (the panel remembers which are open).
beforeEach(() => rememberAllGroupsOpen(formCatalogue));

// axe over the whole card (form, panel, filing) takes seconds in jsdom, more when the machine is busy.
const AXE_TIMEOUT_MS = 120_000;

function setWidth(wide: boolean) {
  window.matchMedia = ((query: string) => ({
    matches: wide,
    media: query,
    onchange: null,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    addListener: () => undefined,
    removeListener: () => undefined,
    dispatchEvent: () => false,
  })) as unknown as typeof window.matchMedia;
}

async function mount() {
  const view = render(
    <HostProvider value={fakeHost(formCatalogue)}>
      <App />
    </HostProvider>,
  );
  await screen.findByDisplayValue('Sam Worker', {}, { timeout: 5000 });
  await waitFor(() => expect(screen.queryByText('Loading drafts…')).toBeNull(), { timeout: 10_000 });
  return view;
}

async function axeViolations(container: Element) {
  // jsdom cannot compute colours; the browser tests (tests/e2e) check contrast.
  const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

afterEach(async () => {
  cleanup();
  await act(async () => undefined);
});

describe('the App layout', () => {
  test('narrow (task pane): sections behind tabs, every panel kept mounted; the DASH tab appears when opened', async () => {
    setWidth(false);
    await mount();
    const tabs = screen.getByRole('tablist', { name: 'Referral sections' });
    expect(within(tabs).getAllByRole('tab')).toHaveLength(2);
    expect(within(tabs).getByRole('tab', { name: 'Family details', selected: true })).toBeTruthy();
    expect(within(tabs).queryByRole('tab', { name: 'DASH' })).toBeNull();
    const servicesPanel = document.getElementById('panel-services')!;
    expect(servicesPanel.hidden).toBe(true);
    expect(getComputedStyle(servicesPanel).display).toBe('none');
    fireEvent.change(screen.getByRole('textbox', { name: /^Your role/ }), { target: { value: 'IDVA' } });
    fireEvent.click(within(tabs).getByRole('tab', { name: 'Services' }));
    expect(servicesPanel.hidden).toBe(false);
    expect(document.getElementById('panel-form')!.hidden).toBe(true);
    expect(getComputedStyle(document.getElementById('panel-form')!).display).toBe('none');
    fireEvent.click(within(servicesPanel).getAllByRole('checkbox', { name: /Add to referral/ })[0]!);
    expect(within(tabs).getByRole('tab', { name: 'Services (1)' })).toBeTruthy();
    fireEvent.click(within(tabs).getByRole('tab', { name: 'Family details' }));
    expect(screen.getByRole('textbox', { name: /^Your role/ })).toHaveProperty('value', 'IDVA');

    fireEvent.click(screen.getByRole('button', { name: 'Complete the DASH risk checklist' }));
    expect(within(tabs).getByRole('tab', { name: 'DASH', selected: true })).toBeTruthy();
    expect(document.activeElement).toBe(document.getElementById('dash-checklist'));
    // The checklist is loaded on demand; answering writes under risks.dash and keeps the tab.
    const dash = document.getElementById('panel-dash')!;
    const first = await within(dash).findAllByRole('radio', { name: 'Yes' }, { timeout: 10_000 });
    fireEvent.click(first[0]!);
    expect(within(dash).getAllByRole('radio', { name: 'Yes' })[0]).toHaveProperty('checked', true);
    expect(within(tabs).getByRole('tab', { name: 'DASH', selected: true })).toBeTruthy();
  });

  test(
    'wide: form and services side by side, no tabs; axe finds nothing, before and after "Check referral"',
    async () => {
      setWidth(true);
      const { container } = await mount();
      expect(screen.queryByRole('tablist')).toBeNull();
      expect(document.getElementById('services-panel')!.closest('[hidden]')).toBeNull();
      expect(await axeViolations(container)).toEqual([]);
      fireEvent.click(screen.getByRole('button', { name: 'Check referral' }));
      expect(await axeViolations(container)).toEqual([]);
    },
    AXE_TIMEOUT_MS,
  );

  test(
    'narrow: axe finds nothing',
    async () => {
      setWidth(false);
      const { container } = await mount();
      expect(await axeViolations(container)).toEqual([]);
    },
    AXE_TIMEOUT_MS,
  );

  test('wide: the action bar follows the form, before the services; the DASH checklist opens in a tab beside them', async () => {
    setWidth(true);
    await mount();
    const form = screen.getByRole('form', { name: 'Referral' });
    const bar = screen.getByRole('region', { name: 'File the referral' });
    const services = document.getElementById('services-panel')!;
    // Tab order: the form's last field, then the bar's buttons, then the services.
    expect(form.compareDocumentPosition(bar) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(bar.compareDocumentPosition(services) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(within(bar).getByRole('heading', { name: 'Not ready to file yet' })).toBeTruthy();
    // The first thing that stops filing, and how many more there are below the form.
    const details = screen.getByRole('region', { name: 'Before you file' });
    const problems = within(within(details).getByRole('list', { name: 'What stops filing' })).getAllByRole('listitem');
    expect(
      within(bar).getByText(problems.length > 1 ? /listed below the form\.$/ : problems[0]!.textContent!),
    ).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Complete the DASH risk checklist' }));
    const tabs = screen.getByRole('tablist', { name: 'Services and DASH' });
    expect(within(tabs).getByRole('tab', { name: 'DASH', selected: true })).toBeTruthy();
    expect(document.getElementById('panel-services')!.hidden).toBe(true);
    // The form stays in view beside it: it is never a tab when wide.
    expect(form.closest('[hidden]')).toBeNull();
    fireEvent.click(within(tabs).getByRole('tab', { name: 'Services' }));
    expect(document.getElementById('panel-services')!.hidden).toBe(false);
  });

  test('narrow: the action bar comes after every tab panel, outside them, so it shows on each', async () => {
    setWidth(false);
    await mount();
    const bar = screen.getByRole('region', { name: 'File the referral' });
    expect(bar.closest('[role="tabpanel"]')).toBeNull();
    for (const id of ['panel-form', 'panel-services'])
      expect(document.getElementById(id)!.compareDocumentPosition(bar) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    // "Before you file" is part of the form's tab.
    expect(screen.getByRole('region', { name: 'Before you file' }).closest('#panel-form')).toBeTruthy();
  });
});

/** @jest-environment jsdom */
// The hosts hand the card a catalogue loader: the first screen comes first, then the verdicts, the questions and the
// services panel once it has loaded; a failed load says so, in words, with a way to try again.
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../../src/ui/app/app';
import type { Catalogue } from '../../../src/domain';
import { HostProvider } from '../../../src/ui/host-context';
import { formCatalogue } from '../features/referral-form/form-catalogue';
import { rememberAllGroupsOpen } from '../features/eligibility/panel-fixture';
import { fakeHost } from './app-host';

beforeEach(() => rememberAllGroupsOpen(formCatalogue));

afterEach(async () => {
  cleanup();
  await act(async () => undefined);
});

async function mount(catalogue: () => Promise<Catalogue>) {
  const view = render(
    <HostProvider value={fakeHost(formCatalogue, { catalogue } as never)}>
      <App />
    </HostProvider>,
  );
  await screen.findByDisplayValue('Sam Worker', {}, { timeout: 5000 });
  return view;
}

const panel = () => document.getElementById('services-panel')!;
// Asked only once a service is chosen, so never while the catalogue loads.
const noQuestions = () =>
  expect(screen.queryByRole('region', { name: /^What the chosen services still need to know/ })).toBeNull();

describe('the card with a catalogue still to load', () => {
  test('the form is there at once; the services, questions and filing follow the catalogue', async () => {
    let arrive!: (c: Catalogue) => void;
    await mount(() => new Promise((resolve) => (arrive = resolve)));
    expect(screen.getByRole('textbox', { name: /^Your role/ })).toBeTruthy();
    noQuestions();
    expect(within(panel()).getByRole('status').textContent).toMatch(/Loading the services/);
    expect(screen.queryByRole('button', { name: 'Check referral' })).toBeNull();
    await act(async () => arrive(formCatalogue));
    await waitFor(() => expect(screen.getAllByRole('article').length).toBe(formCatalogue.services.length));
    expect(within(panel()).queryByRole('status', { name: /Loading/ })).toBeNull();
    noQuestions();
    expect(screen.getByRole('button', { name: 'Check referral' })).toBeTruthy();
  });

  test('a catalogue that cannot be loaded is reported in words; Try again recovers', async () => {
    const load = jest
      .fn<Promise<Catalogue>, []>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch'))
      .mockResolvedValue(formCatalogue);
    await mount(load);
    const alert = await screen.findByRole('alert');
    expect(within(panel()).getByText(/could not be loaded/)).toBeTruthy();
    // The action bar, always in view, says it; the panel shows the same in its place, without a second alert.
    expect(alert.textContent).toMatch(/could not be checked: part of the card did not load\. Check your connection/);
    expect(screen.getAllByRole('alert')).toHaveLength(1); // said once, though two parts wait for it
    fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(screen.getAllByRole('article').length).toBe(formCatalogue.services.length));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(load).toHaveBeenCalledTimes(2);
  });
});

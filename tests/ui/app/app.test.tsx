/** @jest-environment jsdom */
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { App } from '../../../src/ui/app/app';
import { HostProvider } from '../../../src/ui/host-context';
import type { Draft } from '../../../src/ui/state/draft';
import { formCatalogue } from '../features/referral-form/form-catalogue';
import { rememberAllGroupsOpen } from '../features/eligibility/panel-fixture';
import { fakeHost } from './app-host';
import type { FakeHost } from './app-host';

// Every provider group open, as a referrer who opened them would see it (the panel remembers which are open).
beforeEach(() => rememberAllGroupsOpen(formCatalogue));

afterEach(async () => {
  cleanup();
  await act(async () => undefined);
});

async function mount(host: FakeHost, onFile?: (d: Draft) => void) {
  const view = render(
    <HostProvider value={host}>
      <App {...(onFile ? { onFile } : {})} />
    </HostProvider>,
  );
  // Prefilled from the token source: the card is up and the sign-in answered.
  await screen.findByDisplayValue('Sam Worker', {}, { timeout: 5000 });
  await waitFor(() => expect(screen.queryByText('Loading drafts…')).toBeNull(), { timeout: 10_000 });
  // The services panel's code loads after the first screen: its rows are there once it has.
  await screen.findAllByRole('article', {}, { timeout: 5000 });
  return view;
}

const row = (name: string) => screen.getAllByRole('article').find((a) => within(a).queryByRole('heading', { name }))!;
const filing = () => screen.getByRole('region', { name: 'File the referral' });
const details = () => screen.getByRole('region', { name: 'Before you file' });
const QUESTIONS = /^What the chosen services still need to know/;

/** The family's address, a phone number, whether each way of contacting them is safe, and the reason. */
function fillContactAndReason() {
  const contact = screen.getByRole('region', { name: 'Family contact' });
  const type = (name: RegExp, value: string) =>
    fireEvent.change(within(contact).getByRole('textbox', { name }), { target: { value } });
  type(/^Address line 1/, '10 Example Street');
  type(/^Postcode/, 'se64ru');
  fireEvent.blur(within(contact).getByRole('textbox', { name: /^Postcode/ }));
  fireEvent.click(within(contact).getByRole('button', { name: 'Add a phone number' }));
  type(/^Number/, '07700 900123');
  for (const way of ['call them', 'text them', 'email them', 'leave a message'])
    fireEvent.click(
      within(within(contact).getByRole('radiogroup', { name: `Is it safe to ${way}?` })).getByLabelText('Yes'),
    );
  fireEvent.change(screen.getByRole('textbox', { name: /^Reason for referral/ }), {
    target: { value: 'Jo hits his mother.' },
  });
}

describe('the App shell', () => {
  test('choosing a service in the panel changes the verdicts and asks what the service still needs', async () => {
    await mount(fakeHost(formCatalogue));
    expect(within(details()).getByText('Choose at least one service.')).toBeTruthy();
    // Nothing chosen: no questions yet, only the form's own sections.
    expect(screen.queryByRole('region', { name: QUESTIONS })).toBeNull();
    fireEvent.click(within(row('Alpha parenting group')).getByRole('checkbox', { name: /Add to referral/ }));
    expect(within(row('Alpha parenting group')).getByText('More information needed')).toBeTruthy();
    expect(within(details()).getByText(/Alpha parenting group: more information needed/)).toBeTruthy();

    const questions = await screen.findByRole('region', { name: QUESTIONS });
    expect(within(questions).queryByRole('textbox', { name: /School attendance/ })).toBeNull();
    fireEvent.click(
      within(within(questions).getByRole('radiogroup', { name: /wish to take part/ })).getByLabelText('Yes'),
    );
    fireEvent.click(within(questions).getByRole('button', { name: 'Add a child' }));
    fireEvent.change(screen.getByRole('textbox', { name: /Full name/ }), { target: { value: 'Jo' } });
    const about = await within(questions).findByRole('group', { name: 'About Jo' });
    // The child's card asks where the child lives: the question links there rather than asking it again.
    expect(within(about).queryByRole('radiogroup')).toBeNull();
    expect(within(about).getByText(/^Asked in Family, Jo\./)).toBeTruthy();
    fireEvent.click(within(about).getByRole('button', { name: /^Answer it there/ }));
    const borough = screen.getByRole('radiogroup', { name: 'Does the child live in the borough?' });
    expect(borough.contains(document.activeElement)).toBe(true);
    fireEvent.click(within(borough).getByLabelText('Yes'));

    // What follows from the whole referral catches up within a quarter second of the last change (useSettledValue).
    expect(await within(row('Alpha parenting group')).findByText('Eligible')).toBeTruthy();
    expect(within(details()).getByText(/Alpha parenting group: eligible/)).toBeTruthy();
    await waitFor(() =>
      expect(questions.querySelector('h2')?.textContent).toBe(
        `What the chosen services still need to know: nothing more`,
      ),
    );
    expect(within(questions).getByText('Nothing more: the chosen services have what they need.')).toBeTruthy();
  });

  test('"Check referral" moves focus to the error summary, whose links go to each field; a filable referral files', async () => {
    const onFile = jest.fn();
    // The family's council starts as the referrer's own, from configuration.
    await mount(fakeHost(formCatalogue, { council: 'E09000023' }), onFile);
    const file = within(filing()).getByRole('button', { name: 'File referral' });
    expect(file.getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(file);
    expect(onFile).not.toHaveBeenCalled();

    fireEvent.click(within(filing()).getByRole('button', { name: 'Check referral' }));
    const summary = screen.getByRole('region', { name: 'There is a problem' });
    expect(document.activeElement).toBe(summary);
    expect(screen.getByTestId('announcer').textContent).toMatch(/^There are \d+ problems to fix/);
    const links = within(summary)
      .getAllByRole('link')
      .map((l) => l.textContent);
    expect(links).toEqual(
      expect.arrayContaining([
        'Enter your role',
        'Enter your organisation',
        'Say whether the family has consented to this referral',
        'Add at least one person',
      ]),
    );
    fireEvent.click(within(summary).getByRole('link', { name: 'Enter your role' }));
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: /^Your role/ }));
    expect(document.activeElement!.getAttribute('aria-invalid')).toBe('true');
    fireEvent.click(within(summary).getByRole('link', { name: 'Add at least one person' }));
    const family = screen.getByRole('region', { name: 'Family' });
    expect(document.activeElement).toBe(within(family).getByRole('button', { name: 'Add a child' }));

    // Fill everything the schema and the chosen service need.
    fireEvent.change(screen.getByRole('textbox', { name: /^Your role/ }), { target: { value: 'Social worker' } });
    fireEvent.change(screen.getByRole('textbox', { name: /^Your organisation/ }), { target: { value: 'Council' } });
    fireEvent.click(screen.getByRole('radio', { name: 'No, referring without consent' }));
    fireEvent.change(screen.getByRole('combobox', { name: /^Lawful basis/ }), { target: { value: 'safeguarding' } });
    fireEvent.change(screen.getByRole('textbox', { name: /^Why consent/ }), { target: { value: 'Risk of harm' } });
    fireEvent.click(within(family).getByRole('button', { name: 'Add a child' }));
    fireEvent.change(within(family).getByRole('textbox', { name: /Full name/ }), { target: { value: 'Jo' } });
    fillContactAndReason();
    fireEvent.click(within(row('Alpha parenting group')).getByRole('checkbox', { name: /Add to referral/ }));
    expect(screen.queryByRole('region', { name: 'There is a problem' })).toBeNull();
    const questions = await screen.findByRole('region', { name: QUESTIONS });
    fireEvent.click(
      within(within(questions).getByRole('radiogroup', { name: /wish to take part/ })).getByLabelText('Yes'),
    );
    fireEvent.click(
      within(screen.getByRole('radiogroup', { name: 'Does the child live in the borough?' })).getByLabelText('Yes'),
    );

    expect(await within(filing()).findByRole('heading', { name: 'Ready to file' })).toBeTruthy();
    expect(file.getAttribute('aria-disabled')).toBeNull();
    fireEvent.click(file);
    expect(onFile).toHaveBeenCalledTimes(1);
    expect(onFile.mock.calls[0][0].referral).toMatchObject({
      reason: 'Jo hits his mother.',
      family: { councilCode: 'E09000023', address: { line1: '10 Example Street', postcode: 'SE6 4RU' } },
      services: [{ serviceId: 'alpha.group', personIds: [] }],
      answers: { 'alpha.wishes': 'yes' },
    });
  });

  test('leaving a field checks what was typed, even while the rest of the card is a change behind', async () => {
    await mount(fakeHost(formCatalogue));
    await within(filing()).findByRole('button', { name: 'Check referral' }); // the checks have loaded
    const role = screen.getByRole('textbox', { name: /^Your role/ });
    fireEvent.keyDown(role, { key: 'S' }); // typing: followed at most every quarter second
    fireEvent.change(role, { target: { value: 'Social worker' } }); // the first change after a pause: followed just after the keystroke
    fireEvent.change(role, { target: { value: '' } }); // within the quarter second: the card still holds "Social worker"
    fireEvent.blur(role);
    expect(role.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getAllByText('Enter your role').length).toBeGreaterThan(0);
    fireEvent.change(role, { target: { value: 'S' } });
    fireEvent.change(role, { target: { value: 'Social worker' } });
    fireEvent.blur(role); // fixed: no flash of the problem it had
    expect(role.getAttribute('aria-invalid')).toBeNull();
    // Only the announcer, which said it a moment ago, still holds the words.
    expect(
      screen.queryAllByText('Enter your role').filter((e) => e.getAttribute('data-testid') !== 'announcer'),
    ).toEqual([]);
  });

  test('a name shows in its field at once; the card heading and its Remove button follow as the card catches up', async () => {
    await mount(fakeHost(formCatalogue));
    const family = screen.getByRole('region', { name: 'Family' });
    fireEvent.click(within(family).getByRole('button', { name: 'Add a child' }));
    const name = within(family).getByRole('textbox', { name: /Full name/ });
    fireEvent.keyDown(name, { key: 'o' }); // typing
    fireEvent.change(name, { target: { value: 'Jo' } });
    expect(name).toHaveProperty('value', 'Jo');
    // Not in the keystroke's own render: a heading changing with every letter would lay the card out every time.
    expect(within(family).getByRole('heading', { name: /^Child 1/ })).toBeTruthy();
    expect(await within(family).findByRole('heading', { name: /^Jo/ })).toBeTruthy();
    expect(within(family).getByRole('button', { name: 'Remove Jo' })).toBeTruthy();
  });

  test('the theme follows the host live', async () => {
    const host = fakeHost(formCatalogue);
    await mount(host);
    const styles = () =>
      [...document.querySelectorAll('style')]
        .flatMap((tag) => [...(tag.sheet?.cssRules ?? [])].map((r) => r.cssText))
        .join('');
    expect(styles()).toContain(webLightTheme.colorNeutralBackground1);
    act(() => host.setTheme('dark'));
    expect(styles()).toContain(webDarkTheme.colorNeutralBackground1);
  });
});

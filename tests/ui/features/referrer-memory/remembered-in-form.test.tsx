/** @jest-environment jsdom */
// The referrer section with a host that remembers the referrer's details: a new referral arrives with them, and a
// failure to remember them is said beside the fields, with nothing typed lost.
import { act, fireEvent, screen, within } from '@testing-library/react';
import { REMEMBER_DELAY_MS } from '../../../../src/ui/features/referrer-memory';
import type { UserSettings } from '../../../../src/ui/host-context';
import { getIn } from '../../../../src/ui/state/draft';
import { formCatalogue } from '../referral-form/form-catalogue';
import { renderForm } from '../referral-form/form-harness';

const aboutYou = () => screen.getByRole('region', { name: 'About you' });
const field = (name: RegExp) => within(aboutYou()).getByRole('textbox', { name }) as HTMLInputElement;

afterEach(() => jest.useRealTimers());

test('a new referral is prefilled with the remembered role, organisation, team and phone', async () => {
  const settings: UserSettings = {
    read: async () => ({ v: 1, role: 'IDVA', organisation: 'Refuge', team: 'East', phone: '0115 000 0000' }),
    write: async () => undefined,
    clear: async () => undefined,
  };
  renderForm({ catalogue: formCatalogue, userSettings: settings });
  await act(async () => undefined);
  expect(field(/^Your role/).value).toBe('IDVA');
  expect(field(/^Your organisation/).value).toBe('Refuge');
  expect(field(/^Your team/).value).toBe('East');
  expect(field(/^Your phone number/).value).toBe('0115 000 0000');
});

test('a failure to remember them is said in the section, and what was typed stays', async () => {
  jest.useFakeTimers();
  const settings: UserSettings = {
    read: async () => undefined,
    write: async () => Promise.reject(new Error('This browser has no room left to keep them.')),
    clear: async () => undefined,
  };
  const { out } = renderForm({ catalogue: formCatalogue, userSettings: settings });
  await act(async () => undefined);
  fireEvent.change(field(/^Your role/), { target: { value: 'Social worker' } });
  await act(async () => void jest.advanceTimersByTime(REMEMBER_DELAY_MS));
  expect(within(aboutYou()).getByRole('status').textContent).toBe(
    'Your role, organisation, team and phone number could not be remembered for your next referral. This browser has no room left to keep them. This referral keeps what you typed.',
  );
  expect(getIn(out.draft.referral, ['referrer', 'role'])).toBe('Social worker');
});

test('without a host that remembers, the section shows no such message', () => {
  renderForm({ catalogue: formCatalogue });
  expect(within(aboutYou()).queryByRole('status')).toBeNull();
});

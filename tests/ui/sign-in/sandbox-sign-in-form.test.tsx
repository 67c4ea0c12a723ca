/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import '../../auth/jsdom-support';
import axe from 'axe-core';
import { SandboxSignIn } from '../../../src/ui/sign-in/sandbox-sign-in-form';
import type { SandboxPersona } from '../../../src/auth/sandbox-dto.schema';
import { TokenSourceError } from '../../../src/auth/token-source-error';

const PERSONAS: SandboxPersona[] = [
  { id: '1', upn: 'manager.lewisham@sandbox.test', displayName: 'Morgan Manager', roles: ['team-manager'] },
  { id: '2', upn: 'riley.referrer@sandbox.test', displayName: 'Riley Referrer', roles: ['referrer'] },
  { id: '3', upn: 'wren.worker@sandbox.test', displayName: 'Wren Worker', roles: ['worker'] },
];

afterEach(cleanup);

function mount(props: Partial<Parameters<typeof SandboxSignIn>[0]> = {}) {
  const onSignIn = jest.fn(async (_: SandboxPersona) => undefined);
  const loadPersonas = jest.fn(async () => PERSONAS);
  render(
    <FluentProvider theme={webLightTheme}>
      <SandboxSignIn loadPersonas={loadPersonas} onSignIn={onSignIn} {...props} />
    </FluentProvider>,
  );
  return { onSignIn, loadPersonas };
}

async function noAxeViolations() {
  // jsdom cannot compute colours; contrast is checked in the browser tests (tests/e2e).
  const results = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false } } });
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
}

describe('the sandbox sign-in', () => {
  test('lists the personas as a labelled radio group, the referrer chosen, and signs in as the choice', async () => {
    const { onSignIn } = mount();
    expect(screen.getByRole('status').textContent).toMatch(/Loading the people/);
    const group = await screen.findByRole('radiogroup', { name: /Sign in as/ });
    expect(group).toBeTruthy();
    expect((screen.getByRole('radio', { name: /Riley Referrer/ }) as HTMLInputElement).checked).toBe(true);
    expect(screen.getByRole('heading', { level: 1, name: 'Sign in to the local sandbox' })).toBeTruthy();
    await noAxeViolations();

    fireEvent.click(screen.getByRole('radio', { name: /Wren Worker/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Sign in as Wren Worker' }));
    await waitFor(() => expect(onSignIn).toHaveBeenCalledWith(PERSONAS[2]));
  });

  test('preselects the persona chosen last time', async () => {
    mount({ initialUpn: 'manager.lewisham@sandbox.test' });
    expect(((await screen.findByRole('radio', { name: /Morgan Manager/ })) as HTMLInputElement).checked).toBe(true);
    expect(screen.getByRole('button', { name: 'Sign in as Morgan Manager' })).toBeTruthy();
  });

  test('a refused sign-in is shown in words, tied to the choice, and focus returns to the button', async () => {
    const onSignIn = jest.fn(async () => {
      throw new TokenSourceError('sandbox-refused', 'The sandbox refused the sign-in: No persona has that UPN.');
    });
    mount({ onSignIn });
    const button = await screen.findByRole('button', { name: 'Sign in as Riley Referrer' });
    fireEvent.click(button);
    const message = await screen.findByText('The sandbox refused the sign-in: No persona has that UPN.');
    expect(message.closest('[aria-live="polite"]')).not.toBeNull();
    const described = screen.getByRole('radiogroup').getAttribute('aria-describedby') ?? '';
    expect(
      described.split(' ').some((id) => document.getElementById(id)?.textContent?.includes('No persona has that UPN')),
    ).toBe(true);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Sign in as Riley Referrer' }));
    await noAxeViolations();
  });

  test('an unexpected failure still reads as words, never a stack trace', async () => {
    mount({ onSignIn: jest.fn(async () => Promise.reject(new Error('TypeError at foo.js:1'))) });
    fireEvent.click(await screen.findByRole('button', { name: /Sign in as/ }));
    expect(await screen.findByText('Sign-in failed. Try again.')).toBeTruthy();
    expect(screen.queryByText(/foo\.js/)).toBeNull();
  });

  test('while signing in, a second press does nothing', async () => {
    let finish: () => void = () => undefined;
    const onSignIn = jest.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    mount({ onSignIn });
    fireEvent.click(await screen.findByRole('button', { name: /Sign in as/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Signing in…' }));
    expect(onSignIn).toHaveBeenCalledTimes(1);
    await act(async () => finish());
  });

  test('when the personas cannot load it says why and offers to try again', async () => {
    const loadPersonas = jest
      .fn<Promise<SandboxPersona[]>, []>()
      .mockRejectedValueOnce(
        new TokenSourceError(
          'sandbox-unreachable',
          'The local sandbox did not answer. Check that `npm start` is running, then try again.',
        ),
      )
      .mockResolvedValue(PERSONAS);
    mount({ loadPersonas });
    expect((await screen.findByRole('alert')).textContent).toMatch(/did not answer/);
    await noAxeViolations();
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('radiogroup')).toBeTruthy();
    expect(loadPersonas).toHaveBeenCalledTimes(2);
  });

  test('an empty persona list is an error, not an empty form', async () => {
    mount({ loadPersonas: jest.fn(async () => []) });
    expect((await screen.findByRole('alert')).textContent).toMatch(/no people to sign in as/);
    expect(screen.queryByRole('radiogroup')).toBeNull();
  });

  test('submitting the form (Enter in a browser) signs in as the current choice', async () => {
    const { onSignIn } = mount();
    fireEvent.click(await screen.findByRole('radio', { name: /Wren Worker/ }));
    fireEvent.submit(screen.getByRole('button', { name: 'Sign in as Wren Worker' }).closest('form')!);
    await waitFor(() => expect(onSignIn).toHaveBeenCalledWith(PERSONAS[2]));
  });
});

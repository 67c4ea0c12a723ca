/** @jest-environment jsdom */
// The referrer's side of triage: answer a request for more information; withdraw an open referral, with a reason,
// after a confirmation. Nothing is sent without text, and a failure keeps what was typed.
import { act, fireEvent, render, screen } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import axe from 'axe-core';
import type { MyReferral } from '../../../../src/ui/features/my-referrals/my-referrals.types';
import { ReferrerActions } from '../../../../src/ui/features/my-referrals/referrer-actions';

const LEWISHAM = 'Family.Hub.Referrals@lewisham.gov.uk';
const ID = '6b1f0d5e-2c3a-4e7b-9a41-8d2c5f7e9b10';

function item(states: (string | undefined)[], kind: 'referral' | 'advice' = 'referral'): MyReferral {
  return {
    referralId: ID,
    reference: 'RC-6B1F0D5E',
    sentAt: '2026-11-03T10:15:00Z',
    messages: [{ messageId: 'm1', mailbox: LEWISHAM }],
    services: states.map((state, i) => ({
      serviceId: `lewisham.s${i}`,
      name: `Service ${i}`,
      kind,
      mailbox: LEWISHAM,
      ...(state ? { status: { state, at: '2026-11-05T09:00:00Z' } } : {}),
    })),
  };
}

function mount(referral: MyReferral, over: Partial<{ answer: jest.Mock; withdraw: jest.Mock }> = {}) {
  const source = { answer: jest.fn(async () => undefined), withdraw: jest.fn(async () => undefined), ...over };
  const view = render(
    <FluentProvider theme={webLightTheme}>
      <ReferrerActions item={referral} mailbox={LEWISHAM} source={source} />
    </FluentProvider>,
  );
  return { ...view, source };
}

const type = (label: RegExp, text: string) =>
  fireEvent.change(screen.getByRole('textbox', { name: label }), { target: { value: text } });
const click = async (name: string) => act(async () => fireEvent.click(screen.getByRole('button', { name })));

test('a service asking for more information can be answered; the answer goes to that service only', async () => {
  const { source, container } = mount(item(['more-information-requested', 'screening']));
  await click('Answer the service');
  type(/Your answer/, '  Dana is free on Tuesdays.  ');
  let violations: string[] = [];
  await act(async () => {
    const r = await axe.run(container, { rules: { 'color-contrast': { enabled: false }, region: { enabled: false } } });
    violations = r.violations.map((v) => v.id);
  });
  expect(violations).toEqual([]);
  await click('Send answer');
  expect(source.answer).toHaveBeenCalledWith({
    mailbox: LEWISHAM,
    referralId: ID,
    serviceIds: ['lewisham.s0'],
    text: 'Dana is free on Tuesdays.',
  });
  expect(screen.getByRole('status').textContent).toBe(
    'Your answer was sent. The service will see it with the referral.',
  );
});

test('no Answer when nothing was asked; no actions at all once every service has decided', () => {
  mount(item(['screening', undefined]));
  expect(screen.queryByRole('button', { name: 'Answer the service' })).toBeNull();
  expect(screen.getByRole('button', { name: 'Withdraw' })).toBeTruthy();
  const { container } = mount(item(['closed', 'declined']));
  expect(container.querySelectorAll('button')).toHaveLength(0);
  // An advice request is not a referral to withdraw.
  const advice = mount(item([undefined], 'advice'));
  expect(advice.container.querySelectorAll('button')).toHaveLength(0);
});

test('withdrawing needs a reason and a confirmation; “No, keep it” sends nothing', async () => {
  const { source } = mount(item(['screening', 'declined']));
  await click('Withdraw');
  await click('Withdraw referral');
  expect(screen.getByText('Enter some text first.')).toBeTruthy();
  type(/Why you are withdrawing/, 'The family moved away.');
  await click('Withdraw referral');
  expect(screen.getByRole('alert').textContent).toMatch(/^Withdraw this referral\?/);
  await click('No, keep it');
  expect(source.withdraw).not.toHaveBeenCalled();
  await click('Withdraw');
  type(/Why you are withdrawing/, 'The family moved away.');
  await click('Withdraw referral');
  await click('Yes, withdraw it');
  // Only the open service: the one that declined has nothing to withdraw.
  expect(source.withdraw).toHaveBeenCalledWith({
    mailbox: LEWISHAM,
    referralId: ID,
    serviceIds: ['lewisham.s0'],
    reason: 'The family moved away.',
  });
  expect(screen.getByRole('status').textContent).toBe('The referral was withdrawn. The service will close it.');
});

test('a text over the limit is refused before sending', async () => {
  const { source } = mount(item(['more-information-requested']));
  await click('Answer the service');
  type(/Your answer/, 'x'.repeat(2001));
  await click('Send answer');
  expect(screen.getByText('Use at most 2000 characters.')).toBeTruthy();
  expect(source.answer).not.toHaveBeenCalled();
});

test('a failure to send says so and keeps what was typed, to try again', async () => {
  const answer = jest.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValueOnce(undefined);
  mount(item(['more-information-requested']), { answer });
  await click('Answer the service');
  type(/Your answer/, 'Tuesdays');
  await click('Send answer');
  expect(screen.getByRole('alert').textContent).toBe(
    'Your answer could not be sent just now. Check your connection and try again.',
  );
  expect((screen.getByRole('textbox', { name: /Your answer/ }) as HTMLTextAreaElement).value).toBe('Tuesdays');
  await click('Send answer');
  expect(answer).toHaveBeenCalledTimes(2);
  expect(screen.getByRole('status')).toBeTruthy();
});

/** @jest-environment jsdom */
import { act, fireEvent, screen, within } from '@testing-library/react';
import { getIn, newDraft } from '../../../../src/ui/state/draft';
import type { Draft } from '../../../../src/ui/state/draft';
import { formCatalogue } from './form-catalogue';
import { NOW, renderForm } from './form-harness';

const region = (name: string | RegExp) => screen.getByRole('region', { name });
// The polite announcer repeats the words; look for them at the field.
const atField = { ignore: 'script, style, [data-testid=announcer]' };

function draftWith(referral: Record<string, unknown>): Draft {
  const d = newDraft('00000000-0000-4000-8000-00000000bbbb', NOW);
  return { ...d, referral: { ...d.referral, ...referral } };
}

describe('the family contact section', () => {
  test('a postcode is written the standard way on leaving it; one that is not a postcode is said to be wrong', () => {
    const { out } = renderForm({ catalogue: formCatalogue });
    const contact = region('Family contact');
    const postcode = within(contact).getByRole('textbox', { name: /^Postcode/ });
    fireEvent.change(postcode, { target: { value: 'se64ru' } });
    fireEvent.blur(postcode);
    expect(getIn(out.draft.referral, ['family', 'address', 'postcode'])).toBe('SE6 4RU');
    expect(postcode).toHaveProperty('value', 'SE6 4RU');
    expect(postcode.getAttribute('aria-invalid')).toBeNull();

    fireEvent.change(postcode, { target: { value: 'SE6 4R' } });
    fireEvent.blur(postcode);
    expect(getIn(out.draft.referral, ['family', 'address', 'postcode'])).toBe('SE6 4R'); // kept as typed
    const message = within(contact).getByText('Enter a UK postcode, like SE6 4RU', atField);
    expect(postcode.getAttribute('aria-invalid')).toBe('true');
    expect(postcode.getAttribute('aria-describedby')).toContain(message.closest('[id]')!.id);
  });

  test('phone rows are added with focus on the number, and removed with focus back on the add button', () => {
    const { out } = renderForm({ catalogue: formCatalogue });
    const contact = region('Family contact');
    fireEvent.click(within(contact).getByRole('button', { name: 'Add a phone number' }));
    const number = within(contact).getByRole('textbox', { name: /^Number/ });
    expect(document.activeElement).toBe(number);
    fireEvent.change(number, { target: { value: '07700 900123' } });
    fireEvent.change(within(contact).getByRole('combobox', { name: /^Kind of phone/ }), {
      target: { value: 'mobile' },
    });
    expect(getIn(out.draft.referral, ['family', 'phones'])).toEqual([{ number: '07700 900123', kind: 'mobile' }]);
    fireEvent.click(within(contact).getByRole('button', { name: 'Remove phone number 1' }));
    expect(getIn(out.draft.referral, ['family'])).toBeUndefined();
    expect(document.activeElement).toBe(within(contact).getByRole('button', { name: 'Add a phone number' }));
  });

  test('the safe-to questions, the safe contact person and the language are written to the family', () => {
    const { out } = renderForm({ catalogue: formCatalogue });
    const contact = region('Family contact');
    const ask = (name: string, option: string) =>
      fireEvent.click(within(within(contact).getByRole('radiogroup', { name })).getByLabelText(option));
    ask('Is it safe to call them?', 'No');
    ask('Is it safe to leave a message?', 'Not known');
    ask('Is an interpreter needed?', 'Yes');
    fireEvent.change(within(contact).getByRole('textbox', { name: 'Their name' }), { target: { value: 'Aunt Jo' } });
    fireEvent.change(within(contact).getByRole('textbox', { name: /^Preferred language/ }), {
      target: { value: 'Polish' },
    });
    expect(out.draft.referral.family).toEqual({
      safeContact: { call: 'no', leaveMessage: 'not-known' },
      safeContactPerson: { name: 'Aunt Jo' },
      interpreterNeeded: 'yes',
      language: 'Polish',
    });
  });

  test('"Check referral" says what filing needs, in words, at each field', () => {
    const { out } = renderForm({ catalogue: formCatalogue });
    act(() => void out.validation!.showAll());
    const contact = region('Family contact');
    for (const words of [
      "Enter the first line of the family's address",
      "Enter the family's postcode",
      'Add a phone number for the family, or a safe contact person',
      'Say whether it is safe to call them',
      'Say whether it is safe to leave a message',
    ])
      expect(within(contact).getByText(words, atField)).toBeTruthy();
    expect(within(contact).getByRole('group', { name: 'Phone numbers' }).getAttribute('aria-describedby')).toBe(
      'f-family-phones-error',
    );
    const reason = within(region('Why you are referring')).getByRole('textbox', { name: /^Reason for referral/ });
    expect(reason.getAttribute('aria-invalid')).toBe('true');
    fireEvent.change(reason, { target: { value: 'Jo hits his mother.' } });
    expect(reason.getAttribute('aria-invalid')).toBeNull();
    expect(out.draft.referral.reason).toBe('Jo hits his mother.');
  });

  test('for MARAC the section says the details are the victim’s', () => {
    renderForm({ catalogue: formCatalogue, needs: { domesticAbuse: true, marac: true } });
    expect(region('Family contact (the victim’s contact details)')).toBeTruthy();
    expect(screen.getByText(/For MARAC these are the victim’s contact details/)).toBeTruthy();
  });
});

describe('statutory status', () => {
  test('several statuses at once; "No statutory involvement" and "Not known" each stand alone', () => {
    const { out } = renderForm({ catalogue: formCatalogue });
    const group = within(region('Case context')).getByRole('group', { name: 'Statutory status' });
    const tick = (name: string) => fireEvent.click(within(group).getByRole('checkbox', { name }));
    tick('Child protection plan');
    tick('Care proceedings');
    expect(getIn(out.draft.referral, ['context', 'statutoryStatus'])).toEqual([
      'child-protection-plan',
      'care-proceedings',
    ]);
    tick('No statutory involvement');
    expect(getIn(out.draft.referral, ['context', 'statutoryStatus'])).toEqual(['none']);
    expect(within(group).getByRole('checkbox', { name: 'Child protection plan' })).toHaveProperty('checked', false);
    tick('Not known');
    expect(getIn(out.draft.referral, ['context', 'statutoryStatus'])).toEqual(['not-known']);
    tick('Early help');
    expect(getIn(out.draft.referral, ['context', 'statutoryStatus'])).toEqual(['early-help']);
    tick('Early help');
    expect(getIn(out.draft.referral, ['context'])).not.toHaveProperty('statutoryStatus');
  });

  test('a status saved as one value by an older card shows ticked', () => {
    renderForm({ catalogue: formCatalogue, initial: draftWith({ context: { statutoryStatus: 'child-in-need' } }) });
    const group = within(region('Case context')).getByRole('group', { name: 'Statutory status' });
    expect(within(group).getByRole('checkbox', { name: 'Child in need plan' })).toHaveProperty('checked', true);
  });
});

/** @jest-environment jsdom */
import { act, fireEvent, screen } from '@testing-library/react';
import { formCatalogue } from '../form-catalogue';
import { renderForm } from '../form-harness';

// The polite announcer repeats the words; look for them at the field.
const atField = { ignore: 'script, style, [data-testid=announcer]' };

describe('field-level validation', () => {
  test('a problem shows when the field is left, linked by aria-describedby and announced; it goes when fixed', () => {
    renderForm({ catalogue: formCatalogue });
    const email = screen.getByRole('textbox', { name: /^Your email address/ });
    fireEvent.change(email, { target: { value: 'sam@' } });
    expect(screen.queryByText('Enter an email address like name@council.gov.uk', atField)).toBeNull();
    fireEvent.blur(email);
    const message = screen.getByText('Enter an email address like name@council.gov.uk', atField);
    expect(email.getAttribute('aria-describedby')).toContain(message.closest('[id]')!.id);
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByTestId('announcer').textContent?.trim()).toBe('Enter an email address like name@council.gov.uk');
    fireEvent.change(email, { target: { value: 'sam@council.gov.uk' } });
    expect(screen.queryByText('Enter an email address like name@council.gov.uk', atField)).toBeNull();
  });

  test('fields not yet visited show nothing until "show all", then every problem shows at its field', () => {
    const { out } = renderForm({ catalogue: formCatalogue });
    expect(screen.queryByText('Enter your role')).toBeNull();
    act(() => void out.validation!.showAll());
    expect(screen.getByText('Enter your role')).toBeTruthy();
    expect(screen.getByText('Say whether the family has consented to this referral')).toBeTruthy();
    expect(screen.getByText('Add at least one person')).toBeTruthy();
  });
});

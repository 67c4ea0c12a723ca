/** @jest-environment jsdom */
import { useState } from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { DateField } from '../../../src/ui/components/date-field';

function Harness({ initial, seen }: { initial?: string; seen: unknown[] }) {
  const [value, setValue] = useState<string | undefined>(initial);
  return (
    <FluentProvider theme={webLightTheme}>
      <DateField
        id="f-dob"
        label="Date of birth"
        value={value}
        onChange={(v) => {
          seen.push(v);
          setValue(v);
        }}
      />
      <button type="button" onClick={() => setValue('2020-01-02')}>
        restore
      </button>
    </FluentProvider>
  );
}

describe('DateField', () => {
  test('stores a typed UK date as YYYY-MM-DD and shows it back in UK order', () => {
    const seen: unknown[] = [];
    render(<Harness initial="2019-03-27" seen={seen} />);
    const input = screen.getByRole('textbox', { name: 'Date of birth' });
    expect(input).toHaveProperty('value', '27/03/2019');
    fireEvent.change(input, { target: { value: '1/4/2019' } });
    expect(seen.at(-1)).toBe('2019-04-01');
    expect(input).toHaveProperty('value', '1/4/2019');
  });

  test('an impossible date is kept as typed and explained after leaving the field, linked by aria-describedby', () => {
    const seen: unknown[] = [];
    render(<Harness seen={seen} />);
    const input = screen.getByRole('textbox', { name: 'Date of birth' });
    fireEvent.change(input, { target: { value: '30/02/2026' } });
    expect(seen.at(-1)).toBe('30/02/2026');
    expect(screen.queryByText(/February 2026 has 28 days/)).toBeNull();
    fireEvent.blur(input);
    const message = screen.getByText('February 2026 has 28 days: enter a real date');
    expect(input.getAttribute('aria-describedby')).toContain(message.closest('[id]')!.id);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    fireEvent.change(input, { target: { value: '28/02/2026' } });
    expect(seen.at(-1)).toBe('2026-02-28');
    expect(screen.queryByText(/has 28 days/)).toBeNull();
    expect(input.getAttribute('aria-invalid')).toBeNull();
  });

  test('clearing stores nothing; a value changed elsewhere (a restored draft) replaces the text', () => {
    const seen: unknown[] = [];
    render(<Harness initial="2019-03-27" seen={seen} />);
    const input = screen.getByRole('textbox', { name: 'Date of birth' });
    fireEvent.change(input, { target: { value: '' } });
    expect(seen.at(-1)).toBeUndefined();
    fireEvent.click(screen.getByRole('button', { name: 'restore' }));
    expect(input).toHaveProperty('value', '02/01/2020');
  });
});

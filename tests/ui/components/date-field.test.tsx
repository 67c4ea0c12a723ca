/** @jest-environment jsdom */
import { useState } from 'react';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { AnnouncerProvider } from '../../../src/ui/components/announcer';
import { DateField, READ_BACK_DELAY_MS } from '../../../src/ui/components/date-field';

const TODAY = '2026-11-23';

function Harness(props: { initial?: string; seen: unknown[]; kind?: 'birth' | 'other' }) {
  const [value, setValue] = useState<string | undefined>(props.initial);
  return (
    <FluentProvider theme={webLightTheme}>
      <AnnouncerProvider>
        <DateField
          id="f-dob"
          label="Date of birth"
          today={TODAY}
          {...(props.kind ? { kind: props.kind } : {})}
          value={value}
          onChange={(v) => {
            props.seen.push(v);
            setValue(v);
          }}
        />
        <button type="button" onClick={() => setValue('2020-01-02')}>
          restore
        </button>
      </AnnouncerProvider>
    </FluentProvider>
  );
}

function renderField(props: { initial?: string; kind?: 'birth' | 'other' } = {}) {
  const seen: unknown[] = [];
  render(<Harness {...props} seen={seen} />);
  const input = screen.getByRole('textbox', { name: 'Date of birth' });
  const type = (text: string) => fireEvent.change(input, { target: { value: text } });
  const described = () =>
    (input.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent)
      .join(' | ');
  return { seen, input, type, described };
}

const announced = () => screen.getByTestId('announcer').textContent?.trim();

describe('DateField', () => {
  test('stores a typed UK date as YYYY-MM-DD and shows it back in UK order', () => {
    const { seen, input, type } = renderField({ initial: '2019-03-27' });
    expect(input).toHaveProperty('value', '27/03/2019');
    type('1/4/2019');
    expect(seen.at(-1)).toBe('2019-04-01');
    expect(input).toHaveProperty('value', '1/4/2019');
  });

  test.each([
    ['2/6/14', 'birth'],
    ['02/06/2014', 'birth'],
    ['2 June 2014', 'birth'],
    ['2 jun 2014', 'other'],
    ['2014-06-02', 'other'],
  ] as const)('understands %s (%s) and shows "2 June 2014" under the field, linked to it', (typed, kind) => {
    const { seen, type, described } = renderField({ kind });
    type(typed);
    expect(seen.at(-1)).toBe('2014-06-02');
    expect(screen.getByText('Read as 2 June 2014.')).toBeTruthy();
    expect(described()).toContain('Read as 2 June 2014.');
  });

  test('lets month names be typed: the keyboard offered is for text', () => {
    const { input } = renderField();
    expect(input.getAttribute('inputmode')).toBe('text');
  });

  test('a two-digit year is the latest past year for a date of birth', () => {
    const { seen, type } = renderField({ kind: 'birth' });
    type('2/6/30');
    expect(seen.at(-1)).toBe('1930-06-02');
    expect(screen.getByText('Read as 2 June 1930.')).toBeTruthy();
  });

  test('a two-digit year is the nearest year for any other date (the default kind)', () => {
    const { seen, type } = renderField();
    type('2/6/30');
    expect(seen.at(-1)).toBe('2030-06-02');
    expect(screen.getByText('Read as 2 June 2030.')).toBeTruthy();
  });

  test('a date of birth after today is kept, and the year is called out to check', () => {
    const { seen, input, type } = renderField({ kind: 'birth' });
    type('02/06/2030');
    expect(seen.at(-1)).toBe('2030-06-02');
    fireEvent.blur(input);
    expect(screen.getByText('Read as 2 June 2030, which is after today: check the year.')).toBeTruthy();
    expect(input.getAttribute('aria-invalid')).toBeNull();
  });

  test('reads the date out once typing pauses, not at every key', () => {
    jest.useFakeTimers();
    try {
      const { type } = renderField({ kind: 'birth' });
      type('2/6/19');
      type('2/6/14');
      act(() => jest.advanceTimersByTime(READ_BACK_DELAY_MS - 10));
      expect(announced()).toBe('');
      act(() => jest.advanceTimersByTime(20));
      expect(announced()).toBe('Read as 2 June 2014.');
    } finally {
      jest.useRealTimers();
    }
  });

  test('a restored value is shown in words but not read out', () => {
    jest.useFakeTimers();
    try {
      renderField();
      fireEvent.click(screen.getByRole('button', { name: 'restore' }));
      expect(screen.getByText('Read as 2 January 2020.')).toBeTruthy();
      act(() => jest.advanceTimersByTime(READ_BACK_DELAY_MS * 2));
      expect(announced()).toBe('');
    } finally {
      jest.useRealTimers();
    }
  });

  test('an impossible date is kept as typed and explained in words after leaving the field', () => {
    const { seen, input, type, described } = renderField();
    type('30/02/2026');
    expect(seen.at(-1)).toBe('30/02/2026');
    expect(screen.queryByText('There is no 30 February')).toBeNull();
    expect(screen.queryByText(/^Read as/)).toBeNull();
    fireEvent.blur(input);
    expect(screen.getByText('There is no 30 February')).toBeTruthy();
    expect(described()).toContain('There is no 30 February');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    type('29/02/2025');
    expect(screen.getByText('There is no 29 February 2025')).toBeTruthy();
    type('28/02/2026');
    expect(seen.at(-1)).toBe('2026-02-28');
    expect(screen.queryByText(/There is no/)).toBeNull();
    expect(input.getAttribute('aria-invalid')).toBeNull();
  });

  test('text that is not a date, and a month that does not exist, are explained', () => {
    const { seen, input, type } = renderField();
    type('next tuesday');
    expect(seen.at(-1)).toBe('next tuesday');
    fireEvent.blur(input);
    expect(screen.getByText('Enter a date such as 2/6/2014')).toBeTruthy();
    type('2 Juno 2014');
    expect(screen.getByText('Enter a month such as June or Jun')).toBeTruthy();
  });

  test('clearing stores nothing; a value changed elsewhere (a restored draft) replaces the text', () => {
    const { seen, input, type } = renderField({ initial: '2019-03-27' });
    type('');
    expect(seen.at(-1)).toBeUndefined();
    fireEvent.click(screen.getByRole('button', { name: 'restore' }));
    expect(input).toHaveProperty('value', '02/01/2020');
  });
});

/** @jest-environment jsdom */
import { render, screen } from '@testing-library/react';
import { requiredContext } from '../../../src/ui/state/required-context';

const [NameProvider, useName] = requiredContext<string>('useName', 'NameProvider');

function Greeting() {
  return <p>Hello {useName()}</p>;
}

const greet = (name: string) =>
  render(
    <NameProvider value={name}>
      <Greeting />
    </NameProvider>,
  );

describe('a required context', () => {
  test('hands its value to a component inside its provider', () => {
    greet('Sam');
    expect(screen.getByText('Hello Sam')).toBeTruthy();
  });

  test('refuses to be read outside its provider, naming the hook and the provider', () => {
    const quiet = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      expect(() => render(<Greeting />)).toThrow('useName must be used inside <NameProvider>');
    } finally {
      quiet.mockRestore();
    }
  });

  test('treats an empty string as a value, not as missing', () => {
    greet('');
    expect(screen.getByText('Hello')).toBeTruthy();
  });
});

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

  test('can be read as optional: undefined outside its provider, the value inside', () => {
    const [AgeProvider, , useAgeIfAny] = requiredContext<number>('useAge', 'AgeProvider');
    const Age = () => <p>Age {useAgeIfAny() ?? 'not given'}</p>;
    render(<Age />);
    expect(screen.getByText('Age not given')).toBeTruthy();
    render(
      <AgeProvider value={7}>
        <Age />
      </AgeProvider>,
    );
    expect(screen.getByText('Age 7')).toBeTruthy();
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

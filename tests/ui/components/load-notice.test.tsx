/** @jest-environment jsdom */
import { fireEvent, render, screen } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { LoadNotice } from '../../../src/ui/components/load-notice';

const wrap = (ui: JSX.Element) => render(<FluentProvider theme={webLightTheme}>{ui}</FluentProvider>);

describe('LoadNotice', () => {
  test('while loading: a polite status in words, no button', () => {
    wrap(<LoadNotice loading="Loading the services…" onRetry={() => undefined} />);
    expect(screen.getByRole('status').textContent).toBe('Loading the services…');
    expect(screen.queryByRole('button')).toBeNull();
  });

  test('failed: an alert saying what happened and what to do, and Try again', () => {
    const retry = jest.fn();
    wrap(
      <LoadNotice
        loading="Loading…"
        failed="The list of services could not be loaded. Check your connection and try again."
        onRetry={retry}
      />,
    );
    expect(screen.getByRole('alert').textContent).toContain('could not be loaded');
    expect(screen.queryByRole('status')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(retry).toHaveBeenCalledTimes(1);
  });

  test('quiet: the failure in words and Try again, not announced a second time', () => {
    wrap(
      <LoadNotice
        loading="Loading…"
        failed="The list of services could not be loaded."
        onRetry={() => undefined}
        quiet
      />,
    );
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText('The list of services could not be loaded.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
  });

  test('failed without a way to retry: the words, no dead button', () => {
    wrap(<LoadNotice loading="Loading…" failed="Something did not load." />);
    expect(screen.getByRole('alert').textContent).toBe('Something did not load.');
    expect(screen.queryByRole('button')).toBeNull();
  });
});

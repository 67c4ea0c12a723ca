/** @jest-environment jsdom */
import { act, renderHook, waitFor } from '@testing-library/react';
import type { Catalogue } from '../../../src/domain';
import { useCatalogue, withCatalogue } from '../../../src/ui/state/use-catalogue';
import { formCatalogue } from '../features/referral-form/form-catalogue';
import { fakeHost } from '../app/app-host';

function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('useCatalogue', () => {
  test('a catalogue handed over as it is is there on the first render', () => {
    const { result } = renderHook(() => useCatalogue(formCatalogue));
    expect(result.current.catalogue).toBe(formCatalogue);
    expect(result.current.failed).toBe(false);
  });

  test('a loader: nothing on the first render, the catalogue once it has loaded, and at once for the next mount', async () => {
    const load = deferred<Catalogue>();
    const loader = jest.fn(() => load.promise);
    const first = renderHook(() => useCatalogue(loader));
    expect(first.result.current.catalogue).toBeUndefined();
    expect(loader).toHaveBeenCalledTimes(1); // after the first render, not before it
    await act(async () => load.resolve(formCatalogue));
    expect(first.result.current.catalogue).toBe(formCatalogue);
    const again = renderHook(() => useCatalogue(loader));
    expect(again.result.current.catalogue).toBe(formCatalogue);
    expect(loader).toHaveBeenCalledTimes(1);
  });

  test('a failed load says so; "try again" loads again and recovers', async () => {
    const loader = jest
      .fn<Promise<Catalogue>, []>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch'))
      .mockResolvedValueOnce(formCatalogue);
    const { result } = renderHook(() => useCatalogue(loader));
    await waitFor(() => expect(result.current.failed).toBe(true));
    expect(result.current.catalogue).toBeUndefined();
    act(() => result.current.retry());
    expect(result.current.failed).toBe(false);
    await waitFor(() => expect(result.current.catalogue).toBe(formCatalogue));
    expect(loader).toHaveBeenCalledTimes(2);
  });

  test('an unmounted card does not take the late catalogue (no update after unmount)', async () => {
    const load = deferred<Catalogue>();
    const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const { unmount } = renderHook(() => useCatalogue(() => load.promise));
    unmount();
    await act(async () => load.resolve(formCatalogue));
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
  });
});

describe('withCatalogue', () => {
  test('resolves the host with its catalogue loaded, however it was handed over', async () => {
    const host = fakeHost(formCatalogue);
    await expect(withCatalogue(host)).resolves.toMatchObject({ catalogue: formCatalogue, host: 'browser' });
    const lazy = { ...host, catalogue: jest.fn(async () => formCatalogue) };
    await expect(withCatalogue(lazy)).resolves.toMatchObject({ catalogue: formCatalogue });
    await withCatalogue(lazy);
    expect(lazy.catalogue).toHaveBeenCalledTimes(1); // kept once loaded
  });
});

/** @jest-environment jsdom */
import { act, renderHook, waitFor } from '@testing-library/react';
import type { Catalogue } from '../../../src/domain';
import type { CatalogueStatus } from '../../../src/ui/state/catalogue-status';
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

/** The catalogue of a status, if it is ready. */
const catalogueOf = (status: CatalogueStatus) => (status.state === 'ready' ? status.catalogue : undefined);
const failed = (status: CatalogueStatus) => status.state === 'failed';

describe('useCatalogue', () => {
  test('a catalogue handed over as it is is there on the first render', () => {
    const { result } = renderHook(() => useCatalogue(formCatalogue));
    expect(catalogueOf(result.current)).toBe(formCatalogue);
    expect(failed(result.current)).toBe(false);
  });

  test('a loader: nothing on the first render, the catalogue once it has loaded, and at once for the next mount', async () => {
    const load = deferred<Catalogue>();
    const loader = jest.fn(() => load.promise);
    const first = renderHook(() => useCatalogue(loader));
    expect(catalogueOf(first.result.current)).toBeUndefined();
    expect(loader).toHaveBeenCalledTimes(1); // after the first render, not before it
    await act(async () => load.resolve(formCatalogue));
    expect(catalogueOf(first.result.current)).toBe(formCatalogue);
    const again = renderHook(() => useCatalogue(loader));
    expect(catalogueOf(again.result.current)).toBe(formCatalogue);
    expect(loader).toHaveBeenCalledTimes(1);
  });

  test('a failed load says so; "try again" loads again and recovers', async () => {
    const loader = jest
      .fn<Promise<Catalogue>, []>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch'))
      .mockResolvedValueOnce(formCatalogue);
    const { result } = renderHook(() => useCatalogue(loader));
    await waitFor(() => expect(failed(result.current)).toBe(true));
    expect(catalogueOf(result.current)).toBeUndefined();
    const status = result.current;
    if (status.state !== 'failed') throw new Error('expected a failed load');
    act(() => status.retry());
    expect(result.current.state).toBe('loading');
    expect(failed(result.current)).toBe(false);
    await waitFor(() => expect(catalogueOf(result.current)).toBe(formCatalogue));
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

import type { Catalogue } from '../../../src/domain';
import {
  CATALOGUE_LOADING,
  catalogueStatusNow,
  followCatalogue,
  loadedCatalogue,
} from '../../../src/ui/state/catalogue-status';
import type { CatalogueStatus } from '../../../src/ui/state/catalogue-status';

const catalogue = { version: 'test', providers: [], services: [] } as unknown as Catalogue;
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the catalogue status', () => {
  test('a catalogue handed over as it is is ready at once, as the same status every time', () => {
    expect(catalogueStatusNow(catalogue)).toEqual({ state: 'ready', catalogue });
    expect(catalogueStatusNow(catalogue)).toBe(catalogueStatusNow(catalogue));
  });

  test('a loader: loading, then ready; the next card has it at once without loading again', async () => {
    const load = jest.fn(async () => catalogue);
    expect(catalogueStatusNow(load)).toBe(CATALOGUE_LOADING);
    const seen: CatalogueStatus[] = [];
    followCatalogue(load, (s) => seen.push(s));
    await settle();
    expect(seen).toEqual([{ state: 'ready', catalogue }]);
    expect(catalogueStatusNow(load)).toEqual({ state: 'ready', catalogue });
    await expect(loadedCatalogue(load)).resolves.toBe(catalogue);
    expect(load).toHaveBeenCalledTimes(1);
  });

  test('a failed load says so with a retry, which goes back to loading and can succeed', async () => {
    const load = jest.fn<Promise<Catalogue>, []>().mockRejectedValueOnce(new TypeError('Failed to fetch'));
    load.mockResolvedValueOnce(catalogue);
    const seen: CatalogueStatus[] = [];
    followCatalogue(load, (s) => seen.push(s));
    await settle();
    const failed = seen.at(-1);
    if (failed?.state !== 'failed') throw new Error(`expected a failure, got ${failed?.state}`);
    failed.retry();
    expect(seen.at(-1)).toBe(CATALOGUE_LOADING);
    await settle();
    expect(seen.at(-1)).toEqual({ state: 'ready', catalogue });
  });

  test('once stopped, a late result or failure is not told, and retry does nothing', async () => {
    const load = jest.fn<Promise<Catalogue>, []>().mockRejectedValue(new Error('offline'));
    const seen: CatalogueStatus[] = [];
    const stop = followCatalogue(load, (s) => seen.push(s));
    stop();
    await settle();
    expect(seen).toEqual([]);
  });

  test("loadedCatalogue passes a loader's failure on, and loads again next time", async () => {
    const load = jest.fn<Promise<Catalogue>, []>().mockRejectedValueOnce(new Error('offline'));
    load.mockResolvedValueOnce(catalogue);
    await expect(loadedCatalogue(load)).rejects.toThrow('offline');
    await expect(loadedCatalogue(load)).resolves.toBe(catalogue);
  });
});

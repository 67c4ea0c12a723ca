/** @jest-environment jsdom */
import { importWhenOnline } from '../../../../src/ui/features/filing/import-when-online';

describe('importWhenOnline', () => {
  test('a chunk that failed to load is asked for again when the connection returns, and never rejects', async () => {
    const load = jest
      .fn<Promise<string>, []>()
      .mockRejectedValueOnce(new Error('ChunkLoadError'))
      .mockResolvedValueOnce('module');
    const settled = jest.fn();
    const loading = importWhenOnline(load, 60_000)().then(settled);
    await Promise.resolve();
    await Promise.resolve();
    expect(load).toHaveBeenCalledTimes(1);
    expect(settled).not.toHaveBeenCalled();
    window.dispatchEvent(new Event('online'));
    await loading;
    expect(settled).toHaveBeenCalledWith('module');
    expect(load).toHaveBeenCalledTimes(2);
  });

  test('without an online event it tries again after a while', async () => {
    jest.useFakeTimers();
    try {
      const load = jest.fn<Promise<number>, []>().mockRejectedValueOnce(new Error('flaky')).mockResolvedValueOnce(42);
      const loading = importWhenOnline(load, 5000)();
      await jest.advanceTimersByTimeAsync(4999);
      expect(load).toHaveBeenCalledTimes(1);
      await jest.advanceTimersByTimeAsync(1);
      await expect(loading).resolves.toBe(42);
    } finally {
      jest.useRealTimers();
    }
  });
});

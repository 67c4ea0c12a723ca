/** @jest-environment jsdom */
import { renderHook } from '@testing-library/react';
import { catalogue } from '../../../src/catalogues';
import { evaluate } from '../../../src/domain';
import { setIn } from '../../../src/ui/state/draft';
import { useEvaluation } from '../../../src/ui/state/use-evaluation';

const NOW = new Date('2026-11-23T10:00:00Z');
const now = () => NOW;
const TODAY = '2026-11-23';
const BASE = {
  people: [{ id: 'c1', kind: 'child', name: '', dateOfBirth: '2014-03-01', livesInBorough: 'yes' }],
  services: [{ serviceId: 'lewisham.nvr', personIds: [] }],
  risks: { perpetratorInHome: 'no' },
};

describe('useEvaluation', () => {
  test('undefined until the catalogue is there', () => {
    const { result } = renderHook(() => useEvaluation(BASE, undefined, now, TODAY));
    expect(result.current).toBeUndefined();
  });

  test('the same evaluation object while only text the engine does not read changes; a new one when a fact does', () => {
    const { result, rerender } = renderHook(({ r }) => useEvaluation(r, catalogue, now, TODAY), {
      initialProps: { r: BASE as unknown },
    });
    const first = result.current;
    expect(first).toEqual(evaluate(BASE, catalogue, { now: NOW }));
    rerender({ r: setIn(BASE, ['reason'], 'More words about the family') });
    expect(result.current).toBe(first);
    // Reasons name the person who meets a service's rules: a new name is a new evaluation.
    const renamed = setIn(BASE, ['people', 0, 'name'], 'Jordan');
    rerender({ r: renamed });
    expect(result.current).not.toBe(first);
    expect(result.current).toEqual(evaluate(renamed, catalogue, { now: NOW }));
    const changed = setIn(BASE, ['risks', 'perpetratorInHome'], 'yes');
    rerender({ r: changed });
    expect(result.current).not.toBe(first);
    expect(result.current).toEqual(evaluate(changed, catalogue, { now: NOW }));
  });
});

/** @jest-environment jsdom */
// The field checks (zod) load after the first screen. Until they have: nothing is called valid, a field left is
// checked and its problem said once they arrive, and a failed load says so and can be tried again.
import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { AnnouncerProvider } from '../../../../../src/ui/components/announcer';
import * as checks from '../../../../../src/ui/features/referral-form/validation/validate-draft';
import { useFieldValidation } from '../../../../../src/ui/features/referral-form/validation/use-field-validation';
import { newDraft } from '../../../../../src/ui/state/draft';

type Checks = typeof checks;
const loader = {
  loaded: undefined as Checks | undefined,
  calls: 0,
  next: undefined as undefined | { resolve: () => void; reject: () => void },
};

jest.mock('../../../../../src/ui/features/referral-form/validation/load-validation', () => ({
  loadedFieldValidation: () => loader.loaded,
  loadFieldValidation: () => {
    loader.calls += 1;
    return new Promise((resolve, reject) => {
      loader.next = {
        resolve: () => {
          loader.loaded = checks;
          resolve(checks);
        },
        reject: () => reject(new TypeError('Failed to fetch')),
      };
    });
  },
}));

const referral = newDraft('00000000-0000-4000-8000-000000000001', new Date('2026-11-23T10:00:00Z')).referral;
const wrapper = ({ children }: { children: ReactNode }) => <AnnouncerProvider>{children}</AnnouncerProvider>;
const announced = () => document.querySelector('[data-testid="announcer"]')?.textContent?.trim();

beforeEach(() => {
  loader.loaded = undefined;
  loader.calls = 0;
  loader.next = undefined;
});

describe('useFieldValidation while the checks load', () => {
  test('not ready: no problems claimed, none shown; a field left is checked and said once they arrive', async () => {
    const { result } = renderHook(() => useFieldValidation(referral), { wrapper });
    expect(result.current.ready).toBe(false);
    expect(result.current.issues).toEqual([]);
    act(() => result.current.blur(['referrer', 'role']));
    expect(announced()).toBe('');
    expect(loader.calls).toBeGreaterThan(0);
    await act(async () => loader.next!.resolve());
    expect(result.current.ready).toBe(true);
    expect(result.current.visible.size).toBe(1);
    expect([...result.current.visible.values()]).toEqual(['Enter your role']);
    expect(announced()).toBe('Enter your role');
  });

  test('a failed load is reported, and retry loads again', async () => {
    const { result } = renderHook(() => useFieldValidation(referral), { wrapper });
    await act(async () => loader.next!.reject());
    expect(result.current.failed).toBe(true);
    expect(result.current.ready).toBe(false);
    const before = loader.calls;
    act(() => result.current.retry());
    expect(loader.calls).toBe(before + 1);
    await act(async () => loader.next!.resolve());
    expect(result.current.ready).toBe(true);
    expect(result.current.failed).toBe(false);
    expect(result.current.issues.map((i) => i.message)).toContain('Add at least one person');
  });

  test('the referral as typed is what leaving a field checks, though the shown problems may be a render behind', async () => {
    loader.loaded = checks;
    const typed = {
      ...referral,
      referrer: { name: 'Sam', role: 'Social worker', organisation: 'LA', email: 'sam@council.gov.uk' },
    };
    const { result } = renderHook(() => useFieldValidation(referral, () => typed), { wrapper });
    act(() => result.current.blur(['referrer', 'role']));
    expect(announced()).toBe(''); // typed: the role is there, so nothing to say
    let all: readonly { fieldId: string }[] = [];
    act(() => void (all = result.current.showAll()));
    expect(all.map((i) => i.fieldId)).not.toContain('f-referrer-role');
    expect(all.map((i) => i.fieldId)).toContain('f-consent-given');
  });
});

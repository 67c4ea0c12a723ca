/** @jest-environment jsdom */
// Before filing: a warning when the referrer's own recent referrals hold the same child to the same service.
import { act, render, screen } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import axe from 'axe-core';
import { earlierReferralOf } from '../../../../src/domain';
import type { EarlierReferral } from '../../../../src/domain';
import { PossibleDuplicates } from '../../../../src/ui/features/filing/possible-duplicates';
import { newDraft } from '../../../../src/ui/state/draft';
import type { Draft, DraftReferral } from '../../../../src/ui/state/draft';
import { createDraftStore } from '../../../../src/ui/state/draft-store';
import { DraftStoreProvider } from '../../../../src/ui/state/use-draft';
import { filedExample } from '../../support/filed-documents';

const NOW = new Date('2026-12-07T09:00:00Z');
const NAMES: Record<string, string> = { 'lewisham.nvr': 'NVR', 'lewisham.coda': 'CODA' };

/** Amira Hassan (born 1 March 2022) referred to NVR on 3 November 2026. */
const earlierAmira = (): EarlierReferral =>
  earlierReferralOf(
    filedExample((r) => {
      r.people = [
        {
          id: 'p1',
          kind: 'adult',
          name: 'Leila Hassan',
          role: 'parent',
          relationship: 'mother',
          livesInHousehold: 'yes',
        },
        { id: 'c1', kind: 'child', name: 'Amira Hassan', dateOfBirth: '2022-03-01' },
      ] as typeof r.people;
      r.services = [{ serviceId: 'lewisham.nvr', personIds: ['p1', 'c1'] }];
    }),
  );

function draftWith(referral: DraftReferral): Draft {
  return { ...newDraft('3f2504e0-4f89-41d3-9a0c-0305e82c3301', NOW), referral };
}

const amira = (
  child: Record<string, unknown> = { dateOfBirth: '2022-03-01' },
  serviceId = 'lewisham.nvr',
): DraftReferral => ({
  people: [{ id: 'k1', kind: 'child', name: 'Amira  Hassan', ...child }],
  services: [{ serviceId, personIds: ['k1'] }],
});

function mount(draft: Draft, loadEarlier: () => Promise<readonly EarlierReferral[]>) {
  const store = createDraftStore(draft, () => NOW);
  const view = render(
    <FluentProvider theme={webLightTheme}>
      <DraftStoreProvider value={store}>
        <PossibleDuplicates loadEarlier={loadEarlier} serviceName={(id) => NAMES[id]} now={() => NOW} />
      </DraftStoreProvider>
    </FluentProvider>,
  );
  return { ...view, store };
}

test('warns “You referred Amira Hassan to NVR on 3 November”, with the reference; filing is not blocked', async () => {
  const earlier = earlierAmira();
  const { container } = mount(draftWith(amira()), async () => [earlier]);
  const note = await screen.findByRole('note', { name: 'You may have referred this child already' });
  expect(note.textContent).toContain(`You referred Amira Hassan to NVR on 3 November (${earlier.reference}).`);
  expect(note.textContent).toContain('You can still file this referral.');
  let violations: string[] = [];
  await act(async () => {
    const results = await axe.run(container, {
      rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
    });
    violations = results.violations.map((v) => v.id);
  });
  expect(violations).toEqual([]);
});

test('copes with a date of birth not known: an approximate age within a year matches', async () => {
  mount(draftWith(amira({ dateOfBirthNotKnown: true, approximateAge: 4 })), async () => [earlierAmira()]);
  expect((await screen.findByRole('note')).textContent).toContain('You referred Amira Hassan to NVR');
});

test('no warning for another service, another child, or an age far apart', async () => {
  for (const referral of [
    amira(undefined, 'lewisham.coda'),
    { ...amira(), people: [{ id: 'k1', kind: 'child', name: 'Omar Hassan', dateOfBirth: '2022-03-01' }] },
    amira({ dateOfBirthNotKnown: true, approximateAge: 9 }),
  ] as DraftReferral[]) {
    const load = jest.fn(async () => [earlierAmira()]);
    const { unmount } = mount(draftWith(referral), load);
    await act(async () => undefined);
    expect(load).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('note')).toBeNull();
    unmount();
  }
});

test('nothing is read until a named child is referred to a service; then it is read once', async () => {
  const load = jest.fn(async () => [earlierAmira()]);
  const { store } = mount(draftWith({ people: [{ id: 'k1', kind: 'child', name: '' }], services: [] }), load);
  await act(async () => undefined);
  expect(load).not.toHaveBeenCalled();
  act(() => store.dispatch({ type: 'replace', draft: draftWith(amira()) }));
  await screen.findByRole('note');
  act(() =>
    store.dispatch({ type: 'replace', draft: draftWith(amira({ dateOfBirth: '2022-03-01', gender: 'female' })) }),
  );
  await act(async () => undefined);
  expect(load).toHaveBeenCalledTimes(1);
});

test('an advice request is not a referral: no warning', async () => {
  const referral = amira();
  referral.services = [{ serviceId: 'lewisham.nvr', personIds: ['k1'], advice: true }];
  const load = jest.fn(async () => [earlierAmira()]);
  mount(draftWith(referral), load);
  await act(async () => undefined);
  expect(screen.queryByRole('note')).toBeNull();
});

test('if the earlier referrals cannot be read, it says so quietly and does not stop filing', async () => {
  mount(draftWith(amira()), () => Promise.reject(new Error('offline')));
  expect(
    await screen.findByText('Your earlier referrals could not be checked for a possible duplicate just now.'),
  ).toBeTruthy();
  expect(screen.queryByRole('alert')).toBeNull();
});

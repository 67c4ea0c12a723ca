/** @jest-environment jsdom */
// The services panel in the task pane's other tab keeps what it last showed, and fills in once while hidden.
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, render, screen } from '@testing-library/react';
import { evaluate } from '../../../src/domain';
import { ServicesSlot } from '../../../src/ui/app/services-slot';
import type { ServicesSlotProps } from '../../../src/ui/app/services-slot';
import { newDraft } from '../../../src/ui/state/draft';
import { createDraftStore } from '../../../src/ui/state/draft-store';
import { DraftStoreProvider } from '../../../src/ui/state/use-draft';
import { formCatalogue } from '../features/referral-form/form-catalogue';
import { rememberAllGroupsOpen } from '../features/eligibility/panel-fixture';

// Every provider group open, as a referrer who opened them would see it (the panel remembers which are open).
beforeEach(() => rememberAllGroupsOpen(formCatalogue));

const NOW = new Date('2026-11-23T10:00:00Z');
const ready = { state: 'ready', catalogue: formCatalogue } as const;

function mount(props: ServicesSlotProps) {
  const store = createDraftStore(newDraft('d1', NOW), () => NOW);
  const tree = (p: ServicesSlotProps) => (
    <FluentProvider theme={webLightTheme}>
      <DraftStoreProvider value={store}>
        <ServicesSlot {...p} />
      </DraftStoreProvider>
    </FluentProvider>
  );
  const view = render(tree(props));
  return { rerender: (p: ServicesSlotProps) => view.rerender(tree(p)) };
}

const evaluation = (people: unknown[]) =>
  evaluate({ ...newDraft('d1', NOW).referral, people }, formCatalogue, { now: NOW });
const jo = { id: 'c1', kind: 'child', name: 'Jo' };
const panelPeople = [{ id: 'c1', kind: 'child' as const, name: 'Jo' }];

describe('the services slot', () => {
  test('says it is loading, then fills in once the catalogue is ready though hidden', async () => {
    const base = { shown: false, people: [], today: '2026-11-23' };
    const { rerender } = mount({ ...base, catalogue: { state: 'loading' } });
    expect(screen.getByRole('status').textContent).toMatch(/Loading the services/);
    rerender({ ...base, catalogue: ready, evaluation: evaluation([]) });
    expect((await screen.findAllByRole('article', {}, { timeout: 5000 })).length).toBe(formCatalogue.services.length);
  });

  test('hidden, it holds still; shown again, it catches up', async () => {
    const base = { catalogue: ready, today: '2026-11-23' };
    const { rerender } = mount({ ...base, shown: true, evaluation: evaluation([]), people: [] });
    await screen.findAllByRole('article', {}, { timeout: 5000 });
    const filter = () => screen.queryByRole('option', { name: /Jo/ });
    act(() => rerender({ ...base, shown: false, evaluation: evaluation([jo]), people: panelPeople }));
    expect(filter()).toBeNull(); // the hidden panel still shows the family as it was
    act(() => rerender({ ...base, shown: true, evaluation: evaluation([jo]), people: panelPeople }));
    expect(filter()).not.toBeNull();
  });

  test('a catalogue that failed offers to try again', () => {
    const retry = jest.fn();
    mount({ shown: true, people: [], today: '2026-11-23', catalogue: { state: 'failed', retry } });
    act(() => screen.getByRole('button', { name: 'Try again' }).click());
    expect(retry).toHaveBeenCalledTimes(1);
  });
});

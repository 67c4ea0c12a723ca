/** @jest-environment jsdom */
import { act, render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { newDraft } from '../../../src/ui/state/draft';
import { createDraftStore } from '../../../src/ui/state/draft-store';
import { DraftStoreProvider, useDraft, useDraftId, useDraftStore } from '../../../src/ui/state/use-draft';

const t0 = new Date('2026-11-23T10:00:00Z');

function Field({ label, renders, pick }: { label: string; renders: string[]; pick: 'role' | 'summary' }) {
  const value = useDraft((r) => (pick === 'role' ? r.referrer?.role : r.support?.attendingOtherParentingProgramme));
  renders.push(label);
  return <p data-testid={label}>{value ?? ''}</p>;
}

function Id() {
  return <p data-testid="id">{useDraftId()}</p>;
}

describe('reading the draft store from components', () => {
  test('a change re-renders the components that show what it changed, not the others', () => {
    const store = createDraftStore(newDraft('d1', t0), () => t0);
    const renders: string[] = [];
    render(
      <DraftStoreProvider value={store}>
        <Field label="role" pick="role" renders={renders} />
        <Field label="summary" pick="summary" renders={renders} />
        <Id />
      </DraftStoreProvider>,
    );
    renders.length = 0;
    act(() => store.dispatch({ type: 'edit-section', section: 'referrer', patch: { role: 'Nurse' } }));
    expect(screen.getByTestId('role').textContent).toBe('Nurse');
    expect(renders).toEqual(['role']);
    act(() => store.dispatch({ type: 'replace', draft: newDraft('d2', t0) }));
    expect(screen.getByTestId('id').textContent).toBe('d2');
    expect(screen.getByTestId('role').textContent).toBe('');
  });

  test('outside a card there is no store, and saying so beats a silent blank', () => {
    const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    function Lost(): ReactNode {
      useDraftStore();
      return null;
    }
    expect(() => render(<Lost />)).toThrow(/inside <DraftStoreProvider>/);
    errors.mockRestore();
  });
});

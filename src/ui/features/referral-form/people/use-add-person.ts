import { useCallback } from 'react';
import { fieldId } from '../../../components/field-id';
import { useFormActions } from '../form-context';

/** Adds a child or adult and moves focus to their name, the first thing to fill in. */
export function useAddPerson(peopleCount: number) {
  const { dispatch, newId, focusLater } = useFormActions();
  return useCallback(
    (kind: 'child' | 'adult') => {
      dispatch({ type: 'add-person', kind, id: newId() });
      focusLater(fieldId(['people', peopleCount, 'name']));
    },
    [dispatch, newId, focusLater, peopleCount],
  );
}

/** "Jo" or "Child 2": how the card names a person before and after they have a name. */
export function personTitle(person: unknown, index: number): string {
  const p = (person ?? {}) as { name?: unknown; kind?: unknown };
  const name = typeof p.name === 'string' ? p.name.trim() : '';
  return name || `${p.kind === 'adult' ? 'Adult' : 'Child'} ${index + 1}`;
}

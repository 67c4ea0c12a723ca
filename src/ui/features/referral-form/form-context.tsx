import { createContext, useContext } from 'react';
import type { Dispatch } from 'react';
import type { DraftAction, Path } from '../../state/draft';
import type { FieldPath } from '../../components/field-id';
import { fieldId, pathKey } from '../../components/field-id';

/** What every field needs to change the draft; the value never changes identity, so memoised sections stay put. */
export type FormActions = {
  readonly dispatch: Dispatch<DraftAction>;
  readonly set: (path: Path, value: unknown) => void;
  /** The referrer left a field: show its problem, if any, from now on. */
  readonly blur: (path: FieldPath) => void;
  readonly newId: () => string;
  /** Focus a field after the next render (a person just added, a question answered elsewhere). */
  readonly focusLater: (fieldId: string) => void;
  /** The change and blur handlers of the field at `path`: the same functions every render, so memoised fields stay put. */
  readonly handlers: (path: FieldPath) => FieldHandlers;
};

export type FieldHandlers = { readonly onBlur: () => void; readonly onChange: (value: unknown) => void };

/** Handlers per path, made once: a keystroke re-renders the field typed in, not its neighbours (issue #5). */
export function fieldHandlerCache(
  set: (path: FieldPath, value: unknown) => void,
  blur: (path: FieldPath) => void,
): (path: FieldPath) => FieldHandlers {
  const made = new Map<string, FieldHandlers>();
  return (path) => {
    const key = pathKey(path);
    let h = made.get(key);
    if (!h) {
      const at = [...path];
      h = { onBlur: () => blur(at), onChange: (value: unknown) => set(at, value) };
      made.set(key, h);
    }
    return h;
  };
}

const noop = () => undefined;
export const FormActionsContext = createContext<FormActions>({
  dispatch: noop,
  set: noop,
  blur: noop,
  newId: () => 'id',
  focusLater: noop,
  handlers: fieldHandlerCache(noop, noop),
});

/** Problems to show now, by path key; changes only when the set of visible problems changes. */
export const FieldErrorsContext = createContext<ReadonlyMap<string, string>>(new Map());

export const useFormActions = (): FormActions => useContext(FormActionsContext);

/** The id, problem and blur handler of the field that writes `path`. */
export function useFieldState(path: FieldPath, prefix = 'f') {
  const actions = useFormActions();
  const errors = useContext(FieldErrorsContext);
  const error = errors.get(pathKey(path));
  return { id: fieldId(path, prefix), ...(error ? { error } : {}), ...actions.handlers(path) };
}

export type FieldState = ReturnType<typeof useFieldState>;

/** useFieldState for several fields under one path, e.g. every field of one person. */
export function useFieldStates<K extends string>(
  base: FieldPath,
  keys: readonly K[],
  prefix = 'f',
): Record<K, FieldState> {
  const actions = useFormActions();
  const errors = useContext(FieldErrorsContext);
  const out = {} as Record<K, FieldState>;
  for (const key of keys) {
    const path = [...base, key];
    const error = errors.get(pathKey(path));
    out[key] = { id: fieldId(path, prefix), ...(error ? { error } : {}), ...actions.handlers(path) };
  }
  return out;
}

import { createContext, useContext } from 'react';
import type { DraftAction, FieldEdit } from '../../state/draft-actions';
import type { FieldPath } from '../../components/field-id';
import { fieldId, pathKey } from '../../components/field-id';

/** What turns a control's new value into a change to the draft. */
export type ValueEdit = (value: unknown) => DraftAction;

/** What every field needs to change the draft; the value never changes identity, so memoised sections stay put. */
export type FormActions = {
  readonly dispatch: (action: DraftAction) => void;
  /** The referrer left a field: show its problem, if any, from now on. */
  readonly blur: (path: FieldPath) => void;
  readonly newId: () => string;
  /** Focus a field after the next render (a person just added, a question answered elsewhere). */
  readonly focusLater: (fieldId: string) => void;
  /**
   * The change and blur handlers of the field at `path`: made once per path, so memoised fields stay put. The edit
   * given the first time is kept, so it must depend only on what the path names (a section, a person's index, a key).
   */
  readonly handlers: (path: FieldPath, edit: ValueEdit) => FieldHandlers;
};

export type FieldHandlers = {
  readonly onBlur: () => void;
  readonly onChange: (value: unknown) => void;
  /**
   * For a field that shows what is typed into it itself (typed-fields.tsx): the draft takes the text at once, the
   * rest of the card follows after the frame that shows the key.
   */
  readonly onType: (value: unknown) => void;
};

/** Handlers per path, made once: a keystroke re-renders the field typed in, not its neighbours. */
export function fieldHandlerCache(
  dispatch: (action: DraftAction) => void,
  blur: (path: FieldPath) => void,
  type: (action: DraftAction) => void = dispatch,
): FormActions['handlers'] {
  const made = new Map<string, FieldHandlers>();
  return (path, edit) => {
    const key = pathKey(path);
    let h = made.get(key);
    if (!h) {
      const at = [...path];
      h = {
        onBlur: () => blur(at),
        onChange: (value: unknown) => dispatch(edit(value)),
        onType: (value: unknown) => type(edit(value)),
      };
      made.set(key, h);
    }
    return h;
  };
}

const noop = () => undefined;
export const FormActionsContext = createContext<FormActions>({
  dispatch: noop,
  blur: noop,
  newId: () => 'id',
  focusLater: noop,
  handlers: fieldHandlerCache(noop, noop),
});

/** Problems to show now, by path key; changes only when the set of visible problems changes. */
export const FieldErrorsContext = createContext<ReadonlyMap<string, string>>(new Map());

export const useFormActions = (): FormActions => useContext(FormActionsContext);

/** The id, problem and handlers of the field that writes `path`, changing the draft through `edit`. */
export function useFieldState(path: FieldPath, edit: ValueEdit, prefix = 'f') {
  const actions = useFormActions();
  const errors = useContext(FieldErrorsContext);
  const error = errors.get(pathKey(path));
  return { id: fieldId(path, prefix), ...(error ? { error } : {}), ...actions.handlers(path, edit) };
}

export type FieldState = ReturnType<typeof useFieldState>;

/** useFieldState for several fields under one path, e.g. every field of one person, each changed by `edit`. */
export function useFieldStates<K extends string>(
  base: FieldPath,
  keys: readonly K[],
  edit: FieldEdit<K>,
  prefix = 'f',
): Record<K, FieldState> {
  const actions = useFormActions();
  const errors = useContext(FieldErrorsContext);
  const out = {} as Record<K, FieldState>;
  for (const key of keys) {
    const path = [...base, key];
    const error = errors.get(pathKey(path));
    out[key] = {
      id: fieldId(path, prefix),
      ...(error ? { error } : {}),
      ...actions.handlers(path, (value) => edit(key, value)),
    };
  }
  return out;
}

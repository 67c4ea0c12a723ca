import { useMemo, useRef } from 'react';
import type { FieldPath } from '../../components/field-id';
import type { DraftAction } from '../../state/draft-actions';
import type { FormActions } from './form-context';
import { fieldHandlerCache } from './form-context';
import { useFocusLater } from './use-focus-later';

/** The form's actions for every field: one value for the form's life while the store and the checks stay. */
export function useFormActionsValue(
  dispatch: (action: DraftAction) => void,
  blur: (path: FieldPath) => void,
  newId: () => string,
  type: (action: DraftAction) => void = dispatch,
): FormActions {
  const focusLater = useFocusLater();
  // The handlers are made once per path, so they call the latest blur through a ref.
  const latestBlur = useRef(blur);
  latestBlur.current = blur;
  const handlers = useMemo(
    () => fieldHandlerCache(dispatch, (path) => latestBlur.current(path), type),
    [dispatch, type],
  );
  return useMemo<FormActions>(
    () => ({ dispatch, blur, newId, focusLater, handlers }),
    [dispatch, blur, newId, focusLater, handlers],
  );
}

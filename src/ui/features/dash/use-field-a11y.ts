// A text field's accessibility in one place: label, hint and error ids, with the error linked by
// aria-describedby and read out from a polite live region that is always in the page.
import { useId } from 'react';

/** `id` is the control's id: pass fieldId(path) so an error summary can move focus to it. */
export function useFieldA11y(id: string, error: string | undefined, hasHint: boolean) {
  const inputId = id;
  const hintId = useId();
  const errorId = useId();
  const describedBy = [hasHint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;
  return {
    inputId,
    hintId,
    labelProps: { htmlFor: inputId },
    inputProps: { id: inputId, 'aria-describedby': describedBy, 'aria-invalid': error ? true : undefined },
    errorProps: { id: errorId, 'aria-live': 'polite' as const },
  };
}

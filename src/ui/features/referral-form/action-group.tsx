import { useContext } from 'react';
import type { ReactNode } from 'react';
import { fieldId, pathKey } from '../../components/field-id';
import type { FieldPath } from '../../components/field-id';
import { FieldErrorsContext } from './form-context';
import { useFormStyles } from './form.styles';

export type ActionGroupProps = {
  /** The draft path the buttons fill (the people, the phone numbers): its problem shows here, and links here. */
  readonly path: FieldPath;
  readonly label: string;
  readonly children: ReactNode;
};

/** Buttons that add to a list, with the list's problem above them ("Add at least one person"), described by it. */
export function ActionGroup({ path, label, children }: ActionGroupProps) {
  const s = useFormStyles();
  const error = useContext(FieldErrorsContext).get(pathKey(path));
  const id = fieldId(path);
  return (
    <>
      {error && (
        <p id={`${id}-error`} className={s.error}>
          {error}
        </p>
      )}
      <div
        id={id}
        className={s.actions}
        role="group"
        aria-label={label}
        {...(error ? { 'aria-describedby': `${id}-error` } : {})}
      >
        {children}
      </div>
    </>
  );
}

import { lazy, memo, Suspense } from 'react';
import type { DraftAction } from '../../../state/draft-actions';
import { useFieldState, useFormActions } from '../form-context';
import type { FamilyCouncil as Choice } from '../sections/family-council-field';

// Fluent's combobox (with its positioning code) loads after the first screen: the picker sits below the first fields.
const FamilyCouncilField = lazy(() =>
  import(/* webpackChunkName: "council-picker" */ '../sections/family-council-field').then((m) => ({
    default: m.FamilyCouncilField,
  })),
);

// The picker gives the code and the name together; its blur and problem are those of the code.
const editCouncil = (value: unknown): DraftAction => ({ type: 'edit-family', patch: value as Choice });

export type FamilyCouncilProps = {
  readonly councilCode: string | undefined;
  readonly councilName: string | undefined;
};

/** The family's council area, from the list (or another, by name): every service's area is checked against it. */
export const FamilyCouncil = memo(function FamilyCouncil({ councilCode, councilName }: FamilyCouncilProps) {
  const { dispatch } = useFormActions();
  const field = useFieldState(['family', 'councilCode'], editCouncil);
  return (
    <Suspense fallback={null}>
      <FamilyCouncilField
        id={field.id}
        councilCode={councilCode}
        councilName={councilName}
        onChange={(next) => dispatch(editCouncil(next))}
        onBlur={field.onBlur}
        {...(field.error ? { error: field.error } : {})}
      />
    </Suspense>
  );
});

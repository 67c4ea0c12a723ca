import { memo } from 'react';
import { STATUTORY_STATUSES } from '../../../../domain';
import { CheckboxesField } from '../../../components/checkboxes-field';
import { optionsFrom } from '../../../components/field-shell';
import type { FieldState } from '../form-context';
import { statusesAfterTick } from './statutory-status';

const STATUSES = optionsFrom(STATUTORY_STATUSES);

export type StatutoryStatusFieldProps = FieldState & { readonly value: unknown };

/** Every statutory status that applies, ticked together; "No statutory involvement" and "Not known" stand alone. */
export const StatutoryStatusField = memo(function StatutoryStatusField({ value, ...field }: StatutoryStatusFieldProps) {
  // A status saved by an older card is one value, not a list: read it as a list of one.
  const list = Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
  return (
    <CheckboxesField
      {...field}
      label="Statutory status"
      hint="Tick every one that applies."
      options={STATUSES}
      value={list}
      // Nothing ticked is no answer yet, not an answer of its own.
      onChange={(next) => {
        const statuses = statusesAfterTick(list, next);
        field.onChange(statuses.length ? statuses : undefined);
      }}
    />
  );
});

import { memo } from 'react';
import { Field, Select } from '@fluentui/react-components';
import type { FieldBase, Option } from './field-shell';
import { fieldShellProps } from './field-shell';
import { useSelectFieldStyles } from './select-field.styles';

export type SelectFieldProps = FieldBase & {
  readonly options: readonly Option[];
  /** The stored value; numbers (e.g. a P2P level) are matched by their text. */
  readonly value: unknown;
  /** The chosen option's value, or undefined for the empty choice. */
  readonly onChange: (value: string | undefined) => void;
  readonly placeholder?: string;
};

export const SelectField = memo(function SelectField(p: SelectFieldProps) {
  const s = useSelectFieldStyles();
  const value = typeof p.value === 'string' || typeof p.value === 'number' ? String(p.value) : '';
  return (
    <Field {...fieldShellProps(p)}>
      <Select
        className={s.root}
        select={{ className: s.select }}
        value={value}
        onChange={(_, d) => p.onChange(d.value === '' ? undefined : d.value)}
        onBlur={p.onBlur}
      >
        <option value="">{p.placeholder ?? 'Choose…'}</option>
        {p.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </Select>
    </Field>
  );
});

import { memo } from 'react';
import { Field, Textarea } from '@fluentui/react-components';
import type { FieldBase } from './field-shell';
import { fieldShellProps } from './field-shell';

export type TextAreaFieldProps = FieldBase & {
  readonly value: unknown;
  readonly onChange: (value: string | undefined) => void;
};

export const TextAreaField = memo(function TextAreaField(p: TextAreaFieldProps) {
  return (
    <Field {...fieldShellProps(p)}>
      <Textarea
        resize="vertical"
        value={typeof p.value === 'string' ? p.value : ''}
        onChange={(_, d) => p.onChange(d.value === '' ? undefined : d.value)}
        onBlur={p.onBlur}
      />
    </Field>
  );
});

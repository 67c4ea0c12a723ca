import { memo } from 'react';
import { Field, Input } from '@fluentui/react-components';
import type { FieldBase } from './field-shell';
import { fieldShellProps } from './field-shell';

export type TextFieldProps = FieldBase & {
  readonly value: unknown;
  /** An empty box stores nothing (undefined), so "not answered" stays distinguishable from text. */
  readonly onChange: (value: string | undefined) => void;
  readonly type?: 'text' | 'email' | 'tel';
  readonly autoComplete?: string;
};

export const TextField = memo(function TextField(p: TextFieldProps) {
  return (
    <Field {...fieldShellProps(p)}>
      <Input
        type={p.type ?? 'text'}
        value={typeof p.value === 'string' ? p.value : ''}
        onChange={(_, d) => p.onChange(d.value === '' ? undefined : d.value)}
        onBlur={p.onBlur}
        {...(p.autoComplete ? { autoComplete: p.autoComplete } : {})}
      />
    </Field>
  );
});

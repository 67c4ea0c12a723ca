import { memo, useEffect, useRef, useState } from 'react';
import { Field, Input } from '@fluentui/react-components';
import type { FieldBase } from './field-shell';
import { fieldShellProps } from './field-shell';

export type NumberFieldProps = FieldBase & {
  readonly value: unknown;
  /** A finite number, or undefined while the box is empty or not a number. */
  readonly onChange: (value: number | undefined) => void;
};

const NUMBER = /^-?\d+(\.\d+)?$/;
const show = (v: unknown) => (typeof v === 'number' ? String(v) : '');

export const NumberField = memo(function NumberField(p: NumberFieldProps) {
  const [text, setText] = useState(() => show(p.value));
  const [left, setLeft] = useState(false);
  const emitted = useRef<unknown>(p.value);
  useEffect(() => {
    if (p.value !== emitted.current) {
      emitted.current = p.value;
      setText(show(p.value));
    }
  }, [p.value]);
  const trimmed = text.trim();
  const bad = trimmed !== '' && !NUMBER.test(trimmed);
  const change = (typed: string) => {
    setText(typed);
    const t = typed.trim();
    const value = t !== '' && NUMBER.test(t) ? Number(t) : undefined;
    emitted.current = value;
    p.onChange(value);
  };
  const error = p.error ?? (left && bad ? 'Enter a number, like 12' : undefined);
  return (
    <Field {...fieldShellProps({ ...p, error })}>
      <Input
        value={text}
        inputMode="decimal"
        onChange={(_, d) => change(d.value)}
        onBlur={() => {
          setLeft(true);
          p.onBlur?.();
        }}
      />
    </Field>
  );
});

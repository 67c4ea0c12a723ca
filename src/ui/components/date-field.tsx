import { memo, useEffect, useRef, useState } from 'react';
import { Field, Input } from '@fluentui/react-components';
import type { FieldBase } from './field-shell';
import { fieldShellProps } from './field-shell';
import { dateProblem, formatUkDate, parseUkDate } from './uk-date';

export type DateFieldProps = FieldBase & {
  /** YYYY-MM-DD, or the text as typed when it is not (yet) a real date. */
  readonly value: unknown;
  readonly onChange: (value: string | undefined) => void;
};

/**
 * A date typed DD/MM/YYYY. A real date is stored as YYYY-MM-DD; anything else is stored as typed, so nothing typed
 * is lost (the engine reads it as missing, the schema refuses it) and the field says what is wrong after leaving it.
 */
export const DateField = memo(function DateField(p: DateFieldProps) {
  const [text, setText] = useState(() => formatUkDate(p.value));
  const [left, setLeft] = useState(false);
  const emitted = useRef<unknown>(p.value);
  useEffect(() => {
    // Someone else changed the value (a restored draft): show theirs.
    if (p.value !== emitted.current) {
      emitted.current = p.value;
      setText(formatUkDate(p.value));
    }
  }, [p.value]);
  const change = (typed: string) => {
    setText(typed);
    const parsed = parseUkDate(typed);
    const value = typed.trim() === '' ? undefined : parsed.ok ? parsed.iso : typed;
    emitted.current = value;
    p.onChange(value);
  };
  const error = p.error ?? (left ? dateProblem(p.value) : undefined);
  return (
    <Field {...fieldShellProps({ ...p, error, hint: p.hint ?? 'For example, 27/03/2019' })}>
      <Input
        value={text}
        inputMode="numeric"
        autoComplete="off"
        onChange={(_, d) => change(d.value)}
        onBlur={() => {
          setLeft(true);
          p.onBlur?.();
        }}
      />
    </Field>
  );
});

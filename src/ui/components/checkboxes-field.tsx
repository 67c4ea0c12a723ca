import { memo, useCallback, useRef } from 'react';
import { Checkbox } from '@fluentui/react-components';
import type { FieldBase, Option } from './field-shell';
import { useCheckboxesStyles } from './checkboxes-field.styles';

export type CheckboxesFieldProps = FieldBase & {
  readonly options: readonly Option[];
  /** The stored list; numbers (GFPO need categories) are matched by their text. */
  readonly value: unknown;
  /** The ticked values in option order; an empty list is a known "none". */
  readonly onChange: (values: string[]) => void;
};

// A fieldset, not Fluent's Field: Field gives its one generated id to every checkbox inside it.
export const CheckboxesField = memo(function CheckboxesField(p: CheckboxesFieldProps) {
  const s = useCheckboxesStyles();
  const ticked = new Set(Array.isArray(p.value) ? p.value.map(String) : []);
  const hintId = `${p.id}-hint`;
  const errorId = `${p.id}-error`;
  const describedBy = [p.error ? errorId : '', p.hint ? hintId : ''].filter(Boolean).join(' ') || undefined;
  const latest = useRef({ ticked, p });
  latest.current = { ticked, p };
  // One function for every box, so a box whose label and tick are unchanged does not re-render.
  const toggle = useCallback((value: string, on: boolean) => {
    const { ticked: now, p: props } = latest.current;
    const next = new Set(now);
    if (on) next.add(value);
    else next.delete(value);
    props.onChange(props.options.map((o) => o.value).filter((v) => next.has(v)));
  }, []);
  return (
    <fieldset
      id={p.id}
      className={s.fieldset}
      aria-describedby={describedBy}
      aria-invalid={p.error ? true : undefined}
      onBlur={p.onBlur}
    >
      <legend className={s.legend}>{p.label}</legend>
      {p.hint && (
        <div id={hintId} className={s.hint}>
          {p.hint}
        </div>
      )}
      {p.error && (
        <div id={errorId} className={s.error}>
          {p.error}
        </div>
      )}
      {p.options.map((o) => (
        <CheckboxOption key={o.value} value={o.value} label={o.label} checked={ticked.has(o.value)} onToggle={toggle} />
      ))}
    </fieldset>
  );
});

type CheckboxOptionProps = {
  readonly value: string;
  readonly label: string;
  readonly checked: boolean;
  readonly onToggle: (value: string, on: boolean) => void;
};

const CheckboxOption = memo(function CheckboxOption({ value, label, checked, onToggle }: CheckboxOptionProps) {
  return <Checkbox label={label} checked={checked} onChange={(_, d) => onToggle(value, d.checked === true)} />;
});

import { memo } from 'react';
import { Field, Radio, RadioGroup } from '@fluentui/react-components';
import type { FieldBase, Option } from './field-shell';
import { ANSWER_OPTIONS, fieldShellProps } from './field-shell';

export type RadioFieldProps = FieldBase & {
  readonly options: readonly Option[];
  readonly value: unknown;
  readonly onChange: (value: string) => void;
  readonly layout?: 'vertical' | 'horizontal';
};

export const RadioField = memo(function RadioField(p: RadioFieldProps) {
  const value = typeof p.value === 'string' || typeof p.value === 'number' ? String(p.value) : '';
  return (
    <Field {...fieldShellProps(p)}>
      <RadioGroup
        layout={p.layout ?? 'vertical'}
        value={value}
        onChange={(_, d) => p.onChange(d.value)}
        onBlur={p.onBlur}
      >
        {p.options.map((o) => (
          <Radio key={o.value} value={o.value} label={o.label} />
        ))}
      </RadioGroup>
    </Field>
  );
});

export type AnswerFieldProps = Omit<RadioFieldProps, 'options' | 'layout'> & { readonly options?: readonly Option[] };

/** A yes / no / not known question: "not known" is an answer, distinct from no answer. */
export const AnswerField = memo(function AnswerField(p: AnswerFieldProps) {
  return <RadioField {...p} options={p.options ?? ANSWER_OPTIONS} layout="horizontal" />;
});

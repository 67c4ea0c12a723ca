import type { FieldProps } from '@fluentui/react-components';

/** What every form field takes: its id (from its draft path), words, and its current problem. */
export type FieldBase = {
  readonly id: string;
  readonly label: string;
  readonly hint?: string;
  readonly error?: string;
  readonly required?: boolean;
  readonly onBlur?: () => void;
};

/**
 * Props for Fluent's Field: it links the message to the control with aria-describedby and sets aria-invalid.
 * The message drops Fluent's role="alert": problems are read out once by the polite announcer instead, so a
 * "Check referral" that shows ten problems does not interrupt ten times.
 */
export function fieldShellProps(p: FieldBase): FieldProps {
  return {
    id: p.id,
    label: p.label,
    required: p.required ?? false,
    validationState: p.error ? 'error' : 'none',
    ...(p.hint ? { hint: p.hint } : {}),
    ...(p.error ? { validationMessage: { children: p.error, role: undefined } } : {}),
  };
}

export type Option = { readonly value: string; readonly label: string };

/** Options from one of the domain's vocabularies (`{ key: label }`). */
export const optionsFrom = (vocabulary: Readonly<Record<string | number, string>>): Option[] =>
  Object.entries(vocabulary).map(([value, label]) => ({ value, label }));

export const ANSWER_OPTIONS: readonly Option[] = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
  { value: 'not-known', label: 'Not known' },
];

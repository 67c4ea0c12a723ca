import { memo, useEffect, useRef, useState } from 'react';
import { Field, Input } from '@fluentui/react-components';
import type { UkDateKind } from '../../domain';
import { londonDate } from '../../domain';
import { useAnnounce } from './announcer';
import type { FieldBase } from './field-shell';
import { fieldShellProps } from './field-shell';
import { dateProblem, formatUkDate, formatUkLongDate, readUkDate } from './uk-date';

export type DateFieldProps = FieldBase & {
  /** YYYY-MM-DD, or the text as typed when it is not (yet) a real date. */
  readonly value: unknown;
  readonly onChange: (value: string | undefined) => void;
  /** A date of birth reads a two-digit year as a past one; other dates as the year nearest today. */
  readonly kind?: UkDateKind;
  /** Europe/London, YYYY-MM-DD; the clock's today when absent. */
  readonly today?: string;
};

// Long enough to wait for a pause in typing, so the date read is said once, not at every key.
export const READ_BACK_DELAY_MS = 1000;

/** The date as read, in words, for the referrer to confirm; a date of birth after today is called out. */
export function readBack(value: unknown, kind: UkDateKind, today: string): string | undefined {
  const long = formatUkLongDate(value);
  if (long === undefined) return undefined;
  return kind === 'birth' && typeof value === 'string' && value > today
    ? `Read as ${long}, which is after today: check the year.`
    : `Read as ${long}.`;
}

/** Says the words once typing pauses, and only when they changed since last said. */
function useReadBackAnnouncement(words: string | undefined, keystrokes: number) {
  const announce = useAnnounce();
  const said = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (keystrokes === 0 || words === undefined || words === said.current) return undefined;
    const timer = setTimeout(() => {
      said.current = words;
      announce(words);
    }, READ_BACK_DELAY_MS);
    return () => clearTimeout(timer);
  }, [words, keystrokes, announce]);
}

/**
 * A date typed as people write it (2/6/14, 02/06/2014, 2 June 2014, 2014-06-02). A real date is stored as
 * YYYY-MM-DD and shown back in words under the field; anything else is stored as typed, so nothing typed is lost
 * (the engine reads it as missing, the schema refuses it) and the field says what is wrong after leaving it.
 */
export const DateField = memo(function DateField(p: DateFieldProps) {
  const kind = p.kind ?? 'other';
  const [text, setText] = useState(() => formatUkDate(p.value));
  const [left, setLeft] = useState(false);
  const [keystrokes, setTypedAt] = useState(0);
  const emitted = useRef<unknown>(p.value);
  useEffect(() => {
    // Someone else changed the value (a restored draft): show theirs.
    if (p.value !== emitted.current) {
      emitted.current = p.value;
      setText(formatUkDate(p.value));
    }
  }, [p.value]);
  const today = () => p.today ?? londonDate(new Date());
  const change = (typed: string) => {
    setText(typed);
    setTypedAt((n) => n + 1);
    const read = readUkDate(typed, kind, today());
    const value = typed.trim() === '' ? undefined : read.ok ? read.iso : typed;
    emitted.current = value;
    p.onChange(value);
  };
  const words = readBack(p.value, kind, today());
  useReadBackAnnouncement(words, keystrokes);
  const error = p.error ?? (left ? dateProblem(p.value, today()) : undefined);
  const hint = words ?? p.hint ?? 'For example, 27/03/2019 or 27 March 2019';
  return (
    <Field {...fieldShellProps({ ...p, error, hint })}>
      <Input
        value={text}
        inputMode="text"
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

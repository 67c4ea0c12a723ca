// The form's text boxes hold their own text, so a keystroke is the browser's work alone: React renders nothing for it.
// The draft takes the text at once (DraftStore.type); the section around the field, and what follows from the referral,
// hear of it after the frame that shows the key. Anything else that changes the draft (a draft opened, a remembered
// referrer filled in) is written into the box as soon as the field hears it.
import { forwardRef, memo, useEffect, useRef, useState } from 'react';
import type { ForwardedRef, RefObject } from 'react';
import {
  Field,
  renderInput_unstable,
  renderTextarea_unstable,
  useInputStyles_unstable,
  useInput_unstable,
  useIsomorphicLayoutEffect,
  useMergedRefs,
  useTextareaStyles_unstable,
  useTextarea_unstable,
} from '@fluentui/react-components';
import type { InputProps, TextareaProps } from '@fluentui/react-components';
import { fieldShellProps } from '../../components/field-shell';
import type { TextAreaFieldProps } from '../../components/text-area-field';
import type { TextFieldProps } from '../../components/text-field';

type Typed<P> = P & {
  /** Given by the form's field handlers: the change to the draft, heard by the rest of the card after the frame. */
  readonly onType?: (value: string | undefined) => void;
};

type TextBox = HTMLInputElement | HTMLTextAreaElement;

/** What a draft value looks like in a box: an empty box stores nothing (undefined). */
const shown = (value: unknown): string => (typeof value === 'string' ? value : '');

// What a keystroke in a box sends up the page: the box hears it itself (below) and nothing above it listens, so they
// stop at the box. React's own listeners for them would otherwise walk the whole card's tree on every key.
const KEYSTROKE_EVENTS = ['beforeinput', 'keypress', 'textInput', 'input', 'keyup'] as const;

/**
 * The box's own text, kept to the draft's value from outside: when the field is given a value it did not have before
 * and the box shows something else, the box takes it. What is typed reaches the draft from the box's own listener (an
 * input, or a change as when text is filled in), so the field's value then catches up with the box, and nothing is
 * written back.
 */
function useOwnText(value: unknown, onChange: (value: string | undefined) => void, onType?: Typed<object>['onType']) {
  const box = useRef<TextBox>(null);
  const [initial] = useState(() => shown(value));
  // The text the draft is known to hold for this box: a change event after the keys that typed it is not news.
  const known = useRef(initial);
  const tell = useRef(onType ?? onChange);
  tell.current = onType ?? onChange;
  useIsomorphicLayoutEffect(() => {
    const el = box.current;
    known.current = shown(value);
    if (el && el.value !== known.current) el.value = known.current;
  }, [value]);
  useEffect(() => {
    const el = box.current;
    if (!el) return undefined;
    const heard = (e: Event) => {
      if (e.type !== 'change') e.stopPropagation();
      if ((e.type !== 'input' && e.type !== 'change') || el.value === known.current) return;
      known.current = el.value;
      tell.current(el.value === '' ? undefined : el.value);
    };
    const types = [...KEYSTROKE_EVENTS, 'change'];
    for (const type of types) el.addEventListener(type, heard);
    return () => types.forEach((type) => el.removeEventListener(type, heard));
  }, []);
  return { box, initial };
}

type OwnTextProps<P> = Omit<P, 'value' | 'defaultValue' | 'onChange'> & {
  readonly initial: string;
  readonly box: RefObject<TextBox>;
};

/** A Fluent box's slot left to hold its own text: no value or change handler from React, the draft's text to start. */
function uncontrolled(slot: { value?: unknown; onChange?: unknown; defaultValue?: unknown }, initial: string) {
  delete slot.value;
  delete slot.onChange;
  slot.defaultValue = initial;
}

/**
 * Fluent's Input, its <input> uncontrolled and without React's change handler: Fluent would otherwise hold the text in
 * React state and render per key.
 */
const OwnTextInput = forwardRef(function OwnTextInput(
  { initial, box, ...props }: OwnTextProps<InputProps>,
  ref: ForwardedRef<HTMLInputElement>,
) {
  const state = useInput_unstable(props, useMergedRefs(ref, box as RefObject<HTMLInputElement>));
  uncontrolled(state.input, initial);
  useInputStyles_unstable(state);
  return renderInput_unstable(state);
});

/** Fluent's Textarea, its <textarea> uncontrolled, as OwnTextInput. */
const OwnTextArea = forwardRef(function OwnTextArea(
  { initial, box, ...props }: OwnTextProps<TextareaProps>,
  ref: ForwardedRef<HTMLTextAreaElement>,
) {
  const state = useTextarea_unstable(props, useMergedRefs(ref, box as RefObject<HTMLTextAreaElement>));
  uncontrolled(state.textarea, initial);
  useTextareaStyles_unstable(state);
  return renderTextarea_unstable(state);
});

export const TextField = memo(function TextField({ onType, ...p }: Typed<TextFieldProps>) {
  const own = useOwnText(p.value, p.onChange, onType);
  return (
    <Field {...fieldShellProps(p)}>
      <OwnTextInput
        {...own}
        type={p.type ?? 'text'}
        onBlur={p.onBlur}
        {...(p.autoComplete ? { autoComplete: p.autoComplete } : {})}
      />
    </Field>
  );
});

export const TextAreaField = memo(function TextAreaField({ onType, ...p }: Typed<TextAreaFieldProps>) {
  const own = useOwnText(p.value, p.onChange, onType);
  return (
    <Field {...fieldShellProps(p)}>
      <OwnTextArea {...own} resize="vertical" onBlur={p.onBlur} />
    </Field>
  );
});

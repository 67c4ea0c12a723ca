// The form's text boxes: each shows what is typed into it itself, so a keystroke renders that field and nothing else.
// The draft takes the text at once; the section around the field, and what follows from the referral, re-render after
// the frame that shows the key (DraftStore.type). Anything else that changes the draft (a draft opened, a remembered
// referrer filled in) shows in the box as soon as it is heard.
import { memo, useCallback, useState } from 'react';
import { TextAreaField as PlainTextAreaField } from '../../components/text-area-field';
import type { TextAreaFieldProps } from '../../components/text-area-field';
import { TextField as PlainTextField } from '../../components/text-field';
import type { TextFieldProps } from '../../components/text-field';

type Typed<P> = P & {
  /** Given by the form's field handlers: the change to the draft, heard by the rest of the card after the frame. */
  readonly onType?: (value: string | undefined) => void;
};

/** What the box shows: the text typed over the draft's value, until the draft holds something else. */
type Shown = { readonly text: string | undefined; readonly over: unknown };

function useTypedValue(
  value: unknown,
  onChange: (value: string | undefined) => void,
  onType?: Typed<object>['onType'],
) {
  const [typed, setTyped] = useState<Shown>();
  const change = onType ?? onChange;
  const onTyped = useCallback(
    (text: string | undefined) => {
      setTyped({ text, over: value });
      change(text);
    },
    [value, change],
  );
  // Once the field's props carry another value (the typed text arrived, or something else changed the draft), they
  // win, and the typed text is forgotten: a later draft with the old value again must not bring it back.
  const stale = typed !== undefined && !Object.is(typed.over, value);
  if (stale) setTyped(undefined);
  const shown = typed !== undefined && !stale ? typed.text : value;
  return [shown, onTyped] as const;
}

export const TextField = memo(function TextField({ onType, ...p }: Typed<TextFieldProps>) {
  const [value, onChange] = useTypedValue(p.value, p.onChange, onType);
  return <PlainTextField {...p} value={value} onChange={onChange} />;
});

export const TextAreaField = memo(function TextAreaField({ onType, ...p }: Typed<TextAreaFieldProps>) {
  const [value, onChange] = useTypedValue(p.value, p.onChange, onType);
  return <PlainTextAreaField {...p} value={value} onChange={onChange} />;
});

import { memo } from 'react';
import { TextAreaField, TextField } from '../typed-fields';
import { AnswerField } from '../../../components/radio-field';
import type { DraftPart } from '../../../state/draft';
import type { DraftAction, FieldEdit } from '../../../state/draft-actions';
import { useFieldStates } from '../form-context';
import { useContactStyles } from './contact.styles';

const KEYS = ['email', 'language', 'interpreterNeeded', 'accessibilityNeeds'] as const;
type Key = (typeof KEYS)[number];
const editFamily: FieldEdit<Key> = (key, value) => ({ type: 'edit-family', patch: { [key]: value } }) as DraftAction;

export type LanguageFieldsProps = {
  readonly family: Pick<DraftPart<'family'>, Key> | undefined;
};

/** The family's email, their language and any interpreter, and what helps them take part. */
export const LanguageFields = memo(function LanguageFields({ family }: LanguageFieldsProps) {
  const s = useContactStyles();
  const f = useFieldStates(['family'], KEYS, editFamily);
  return (
    <fieldset className={s.group}>
      <legend className={s.legend}>Email, language and access</legend>
      <TextField {...f.email} label="Email address (optional)" type="email" autoComplete="off" value={family?.email} />
      <TextField
        {...f.language}
        label="Preferred language (optional)"
        hint="For example, English, Polish or British Sign Language"
        autoComplete="off"
        value={family?.language}
      />
      <AnswerField {...f.interpreterNeeded} label="Is an interpreter needed?" value={family?.interpreterNeeded} />
      <TextAreaField
        {...f.accessibilityNeeds}
        label="Accessibility needs (optional)"
        hint="Anything that helps them take part: a hearing loop, step-free access, easy-read letters"
        value={family?.accessibilityNeeds}
      />
    </fieldset>
  );
});

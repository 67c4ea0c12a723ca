import { memo } from 'react';
import { TextAreaField } from '../typed-fields';
import type { DraftPart } from '../../../state/draft';
import type { DraftAction, FieldEdit } from '../../../state/draft-actions';
import { AnswerFields } from '../answer-fields';
import { useFieldStates } from '../form-context';
import { useContactStyles } from './contact.styles';

const KEYS = ['call', 'text', 'email', 'leaveMessage', 'when'] as const;
const editSafe: FieldEdit<(typeof KEYS)[number]> = (key, value) =>
  ({ type: 'edit-family-part', part: 'safeContact', patch: { [key]: value } }) as DraftAction;

// Each question whole, so a screen reader moving between them hears what is asked, not "call", "text".
const SAFE_TO = [
  ['call', 'Is it safe to call them?'],
  ['text', 'Is it safe to text them?'],
  ['email', 'Is it safe to email them?'],
  ['leaveMessage', 'Is it safe to leave a message?'],
] as const;

export type SafeContactFieldsProps = {
  readonly safeContact: NonNullable<DraftPart<'family'>['safeContact']> | undefined;
};

/** How the service may contact the family without putting anyone at risk, and when. */
export const SafeContactFields = memo(function SafeContactFields({ safeContact }: SafeContactFieldsProps) {
  const s = useContactStyles();
  const f = useFieldStates(['family', 'safeContact'], KEYS, editSafe);
  return (
    <fieldset className={s.group}>
      <legend className={s.legend}>Is it safe to…</legend>
      <p className={s.hint}>Someone who has harmed the family may see their phone or hear a message.</p>
      <AnswerFields questions={SAFE_TO} fields={f} values={safeContact} required />
      <TextAreaField
        {...f.when}
        label="When is it safe to contact them? (optional)"
        hint="For example, weekdays between 9am and 3pm, while he is at work"
        value={safeContact?.when}
      />
    </fieldset>
  );
});

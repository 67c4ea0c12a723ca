import { memo } from 'react';
import { TextAreaField } from '../typed-fields';
import { Section } from '../../../components/section';
import { useDraft } from '../../../state/use-draft';
import { useFieldState } from '../form-context';

const editNotes = (value: unknown) => ({ type: 'edit-notes', notes: value as string | undefined }) as const;

export const NotesSection = memo(function NotesSection() {
  const notes = useDraft((r) => r.notes);
  const field = useFieldState(['notes'], editNotes);
  return (
    <Section id="section-notes" title="Notes" contained>
      <TextAreaField {...field} label="Anything else the service should know (optional)" value={notes} />
    </Section>
  );
});

import { memo } from 'react';
import { Section } from '../../../components/section';
import { TextAreaField } from '../../../components/text-area-field';
import { useFieldState } from '../form-context';

export const NotesSection = memo(function NotesSection({ notes }: { readonly notes: unknown }) {
  const field = useFieldState(['notes']);
  return (
    <Section id="section-notes" title="Notes" contained>
      <TextAreaField {...field} label="Anything else the service should know (optional)" value={notes} />
    </Section>
  );
});

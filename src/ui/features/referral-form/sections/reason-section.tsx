import { memo } from 'react';
import { TextAreaField } from '../typed-fields';
import { Section } from '../../../components/section';
import { useDraft } from '../../../state/use-draft';
import { useFieldState } from '../form-context';

const editReason = (value: unknown) => ({ type: 'edit-reason', reason: value as string | undefined }) as const;

/** Why the family is referred, in the referrer's words: the first thing the service reads after who they are. */
export const ReasonSection = memo(function ReasonSection() {
  const reason = useDraft((r) => r.reason);
  const field = useFieldState(['reason'], editReason);
  return (
    <Section id="section-reason" title="Why you are referring" contained>
      <TextAreaField
        {...field}
        label="Reason for referral"
        required
        hint="What is happening for the family, what you are asking the service to help with, and why now"
        value={reason}
      />
    </Section>
  );
});

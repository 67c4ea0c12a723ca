import { memo } from 'react';
import { TextField } from '../typed-fields';
import { Section } from '../../../components/section';
import { sectionEdit } from '../../../state/draft-actions';
import { useDraft } from '../../../state/use-draft';
import { useFieldStates } from '../form-context';
import { useFormStyles } from '../form.styles';

const KEYS = ['name', 'role', 'organisation', 'team', 'email', 'phone'] as const;
const editReferrer = sectionEdit('referrer');

export type ReferrerSectionProps = {
  /** The details could not be remembered for next time, in words. */
  readonly memoryProblem?: string;
};

/**
 * Who is referring; name and email come from the signed-in account, role, organisation, team and phone from the last
 * referral, and all can be corrected.
 */
export const ReferrerSection = memo(function ReferrerSection({ memoryProblem }: ReferrerSectionProps) {
  const s = useFormStyles();
  const referrer = useDraft((r) => r.referrer);
  const { name, role, organisation: org, team, email, phone } = useFieldStates(['referrer'], KEYS, editReferrer);
  return (
    <Section id="section-referrer" title="About you">
      <div className={s.fields}>
        <TextField {...name} label="Your name" required autoComplete="name" value={referrer?.name} />
        <TextField
          {...role}
          label="Your role"
          required
          hint="For example, social worker or family support worker"
          value={referrer?.role}
        />
        <TextField
          {...org}
          label="Your organisation"
          required
          autoComplete="organization"
          value={referrer?.organisation}
        />
        <TextField {...team} label="Your team (optional)" value={referrer?.team} />
        <TextField
          {...email}
          label="Your email address"
          type="email"
          required
          autoComplete="email"
          value={referrer?.email}
        />
        <TextField
          {...phone}
          label="Your phone number (optional)"
          type="tel"
          autoComplete="tel"
          value={referrer?.phone}
        />
      </div>
      {memoryProblem && (
        <p role="status" className={s.warning}>
          {memoryProblem}
        </p>
      )}
    </Section>
  );
});

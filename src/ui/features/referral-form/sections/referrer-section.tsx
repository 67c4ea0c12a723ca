import { memo } from 'react';
import { TextField } from '../../../components/text-field';
import { Section } from '../../../components/section';
import { getIn } from '../../../state/draft';
import { useFieldState } from '../form-context';
import { useFormStyles } from '../form.styles';

const at = (key: string) => ['referrer', key] as const;

/** Who is referring; name and email come from the signed-in account and can be corrected. */
export const ReferrerSection = memo(function ReferrerSection({ referrer }: { readonly referrer: unknown }) {
  const s = useFormStyles();
  const name = useFieldState(at('name'));
  const role = useFieldState(at('role'));
  const org = useFieldState(at('organisation'));
  const email = useFieldState(at('email'));
  const phone = useFieldState(at('phone'));
  return (
    <Section id="section-referrer" title="About you">
      <div className={s.fields}>
        <TextField {...name} label="Your name" required autoComplete="name" value={getIn(referrer, ['name'])} />
        <TextField
          {...role}
          label="Your role"
          required
          hint="For example, social worker or family support worker"
          value={getIn(referrer, ['role'])}
        />
        <TextField
          {...org}
          label="Your organisation"
          required
          autoComplete="organization"
          value={getIn(referrer, ['organisation'])}
        />
        <TextField
          {...email}
          label="Your email address"
          type="email"
          required
          autoComplete="email"
          value={getIn(referrer, ['email'])}
        />
        <TextField
          {...phone}
          label="Your phone number (optional)"
          type="tel"
          autoComplete="tel"
          value={getIn(referrer, ['phone'])}
        />
      </div>
    </Section>
  );
});

import { memo } from 'react';
import { AnswerField } from '../../../components/radio-field';
import { Section } from '../../../components/section';
import { getIn } from '../../../state/draft';
import { useFieldState } from '../form-context';
import { useFormStyles } from '../form.styles';
import { SupportEntries } from './support-entries';

export const SupportSection = memo(function SupportSection({ support }: { readonly support: unknown }) {
  const s = useFormStyles();
  const attending = useFieldState(['support', 'attendingOtherParentingProgramme']);
  return (
    <Section id="section-support" title="Previous and current support" contained>
      <div className={s.fields}>
        <SupportEntries list="previous" title="Previous support" entries={getIn(support, ['previous'])} />
        <SupportEntries list="current" title="Current support" entries={getIn(support, ['current'])} />
        <AnswerField
          {...attending}
          label="Are the parents or carers attending another parenting programme?"
          value={getIn(support, ['attendingOtherParentingProgramme'])}
        />
      </div>
    </Section>
  );
});

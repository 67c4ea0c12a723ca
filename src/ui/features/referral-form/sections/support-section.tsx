import { memo } from 'react';
import { AnswerField } from '../../../components/radio-field';
import { Section } from '../../../components/section';
import { sectionEdit } from '../../../state/draft-actions';
import { useDraft } from '../../../state/use-draft';
import { useFieldState } from '../form-context';
import { useFormStyles } from '../form.styles';
import { SupportEntries } from './support-entries';

const editSupport = sectionEdit('support');
const editAttending = (value: unknown) => editSupport('attendingOtherParentingProgramme', value);

export const SupportSection = memo(function SupportSection() {
  const s = useFormStyles();
  const support = useDraft((r) => r.support);
  const attending = useFieldState(['support', 'attendingOtherParentingProgramme'], editAttending);
  return (
    <Section id="section-support" title="Previous and current support" contained>
      <div className={s.fields}>
        <SupportEntries list="previous" title="Previous support" entries={support?.previous} />
        <SupportEntries list="current" title="Current support" entries={support?.current} />
        <AnswerField
          {...attending}
          label="Are the parents or carers attending another parenting programme?"
          value={support?.attendingOtherParentingProgramme}
        />
      </div>
    </Section>
  );
});

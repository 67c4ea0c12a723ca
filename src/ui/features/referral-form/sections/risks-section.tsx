import { memo } from 'react';
import { Button } from '@fluentui/react-components';
import { POST_SEPARATION_ABUSE } from '../../../../domain';
import { AnswerField } from '../../../components/radio-field';
import { SelectField } from '../../../components/select-field';
import { Section } from '../../../components/section';
import { optionsFrom } from '../../../components/field-shell';
import { sectionEdit } from '../../../state/draft-actions';
import { useDraft } from '../../../state/use-draft';
import { useFieldStates } from '../form-context';
import { useFormStyles } from '../form.styles';
import { AnswerFields } from '../answer-fields';

const PSA = optionsFrom(POST_SEPARATION_ABUSE);
const KEYS = [
  'perpetratorInHome',
  'postSeparationAbuse',
  'severeMentalHealth',
  'activeSubstanceMisuse',
  'criminalJusticeInvolvement',
] as const;
const editRisks = sectionEdit('risks');

export type RisksSectionProps = {
  /** Opens the DASH risk checklist (its answers live under risks.dash). */
  readonly onOpenDash?: () => void;
};

const PARENT_RISKS = [
  [
    'severeMentalHealth',
    'Does a parent or carer have severe mental health needs requiring specialist therapeutic help?',
  ],
  ['activeSubstanceMisuse', 'Is a parent or carer actively misusing drugs or alcohol?'],
  ['criminalJusticeInvolvement', 'Is the person who used abusive behaviour going through the criminal justice system?'],
] as const;
export const RisksSection = memo(function RisksSection({ onOpenDash }: RisksSectionProps) {
  const s = useFormStyles();
  const risks = useDraft((r) => r.risks);
  const f = useFieldStates(['risks'], KEYS, editRisks);
  return (
    <Section id="section-risks" title="Risks" contained>
      <div className={s.fields}>
        <AnswerField
          {...f.perpetratorInHome}
          label="Is the person who caused harm still living in the family home?"
          value={risks?.perpetratorInHome}
        />
        <SelectField
          {...f.postSeparationAbuse}
          label="Is there post-separation abuse?"
          options={PSA}
          value={risks?.postSeparationAbuse}
        />
        <AnswerFields questions={PARENT_RISKS} fields={f} values={risks} />
        {onOpenDash && (
          <div className={s.actions}>
            <Button onClick={onOpenDash}>
              {risks?.dash ? 'Go to the DASH risk checklist' : 'Complete the DASH risk checklist'}
            </Button>
          </div>
        )}
      </div>
    </Section>
  );
});

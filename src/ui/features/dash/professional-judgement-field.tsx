// SafeLives MARAC criterion 2: the reasons for serious concern below 14 "yes", ticked, with the detail in words.
// No reasons ticked means "not answered"; "None of these" records an explicit "no concerns" (an empty list).
import { Checkbox, Label, Textarea } from '@fluentui/react-components';
import { memo, useId } from 'react';
import type { ProfessionalJudgementReason } from '../../../domain';
import { PROFESSIONAL_JUDGEMENT_LABELS, PROFESSIONAL_JUDGEMENT_REASONS } from '../../../domain';
import { fieldId } from '../../components/field-id';
import { useDashStyles } from './dash-checklist.styles';
import { useFieldA11y } from './use-field-a11y';

export const ProfessionalJudgementField = memo(function ProfessionalJudgementField(props: {
  reasons: readonly ProfessionalJudgementReason[] | undefined;
  detail: string;
  onReasons(value: ProfessionalJudgementReason[] | undefined): void;
  onDetail(value: string | undefined): void;
}) {
  const styles = useDashStyles();
  const legendId = useId();
  const hintId = useId();
  const chosen = new Set(props.reasons ?? []);
  const none = props.reasons !== undefined && props.reasons.length === 0;
  const detailError =
    chosen.has('other') && !props.detail.trim() ? 'Describe the other serious concern in the details box.' : undefined;
  const detail = useFieldA11y(fieldId(['risks', 'dash', 'professionalJudgementDetail']), detailError, true);

  const toggle = (reason: ProfessionalJudgementReason, on: boolean) => {
    const next = PROFESSIONAL_JUDGEMENT_REASONS.filter((r) => (r === reason ? on : chosen.has(r)));
    props.onReasons(next.length ? next : undefined);
  };

  return (
    <fieldset
      id={fieldId(['risks', 'dash', 'professionalJudgement'])}
      className={styles.fieldset}
      aria-describedby={hintId}
    >
      <legend id={legendId} className={styles.legend}>
        Professional judgement
      </legend>
      <p id={hintId} className={styles.hint}>
        Tick any serious concern you have, whatever the number of "yes" answers.
      </p>
      <div className={styles.checks}>
        {PROFESSIONAL_JUDGEMENT_REASONS.map((r) => (
          <Checkbox
            key={r}
            label={PROFESSIONAL_JUDGEMENT_LABELS[r]}
            checked={chosen.has(r)}
            onChange={(_, d) => toggle(r, d.checked === true)}
          />
        ))}
        <Checkbox
          label="None of these"
          checked={none}
          onChange={(_, d) => props.onReasons(d.checked === true ? [] : undefined)}
        />
      </div>
      <div className={styles.field}>
        <Label {...detail.labelProps}>Details of your concerns</Label>
        <p id={detail.hintId} className={styles.hint}>
          What you have seen or been told, in your own words.
        </p>
        <Textarea
          {...detail.inputProps}
          resize="vertical"
          value={props.detail}
          onChange={(_, d) => props.onDetail(d.value === '' ? undefined : d.value)}
        />
        <p {...detail.errorProps} className={styles.error}>
          {detailError}
        </p>
      </div>
    </fieldset>
  );
});

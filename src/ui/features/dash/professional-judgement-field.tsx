// SafeLives MARAC criterion 2: the reasons for serious concern below 14 "yes", ticked, with the detail in words.
// No reasons ticked means "not answered"; "None of these" records an explicit "no concerns" (an empty list), is
// offered only while no reason is ticked, and never clears one.
import { Checkbox, Label, Textarea } from '@fluentui/react-components';
import { memo, useId } from 'react';
import type { JudgementChoice } from '../../../domain';
import {
  PROFESSIONAL_JUDGEMENT_LABELS,
  PROFESSIONAL_JUDGEMENT_REASONS,
  judgementChoiceOf,
  noneOfTheseOption,
  setJudgementReason,
  setNoneOfThese,
} from '../../../domain';
import { fieldId } from '../../components/field-id';
import { useDashStyles } from './dash-checklist.styles';
import { useFieldA11y } from './use-field-a11y';

export const ProfessionalJudgementField = memo(function ProfessionalJudgementField(props: {
  /** referral.risks.dash.professionalJudgement as stored: possibly absent or not a list. */
  value: unknown;
  detail: string;
  onReasons(value: JudgementChoice): void;
  onDetail(value: string | undefined): void;
}) {
  const styles = useDashStyles();
  const legendId = useId();
  const hintId = useId();
  const chosen = new Set(judgementChoiceOf(props.value) ?? []);
  const none = noneOfTheseOption(props.value);
  const detailError =
    chosen.has('other') && !props.detail.trim() ? 'Describe the other serious concern in the details box.' : undefined;
  const detail = useFieldA11y(fieldId(['risks', 'dash', 'professionalJudgementDetail']), detailError, true);

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
            onChange={(_, d) => props.onReasons(setJudgementReason(props.value, r, d.checked === true))}
          />
        ))}
        {none.offered && (
          <Checkbox
            label="None of these"
            checked={none.checked}
            onChange={(_, d) => props.onReasons(setNoneOfThese(props.value, d.checked === true))}
          />
        )}
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

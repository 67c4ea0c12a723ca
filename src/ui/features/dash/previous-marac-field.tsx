// The last MARAC referral (the "repeat referral" criterion): never (null), a date typed DD/MM/YYYY and stored
// YYYY-MM-DD, or not known ('not-known'). A date that does not parse is kept as typed and flagged.
import { Radio, RadioGroup } from '@fluentui/react-components';
import { memo, useId, useState } from 'react';
import { DateField } from '../../components/date-field';
import { fieldId } from '../../components/field-id';
import { useDashStyles } from './dash-checklist.styles';

type Mode = 'never' | 'date' | 'not-known';

function modeOf(present: boolean, value: unknown): Mode | undefined {
  if (!present) return undefined;
  if (value === null) return 'never';
  if (value === 'not-known') return 'not-known';
  return 'date';
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** A real date after today is refused here; a date that is not real is reported by DateField itself. */
export function futureDateProblem(value: unknown, today: string): string | undefined {
  return typeof value === 'string' && ISO.test(value) && value > today
    ? 'The date of the last MARAC referral cannot be after today.'
    : undefined;
}

export const PreviousMaracField = memo(function PreviousMaracField(props: {
  present: boolean;
  value: unknown;
  today: string;
  onChange(value: string | null | undefined): void;
}) {
  const styles = useDashStyles();
  const legendId = useId();
  // "On a date" with nothing typed yet has no stored value, so the choice is remembered here.
  const [chosen, setChosen] = useState<Mode | undefined>(undefined);
  const mode = modeOf(props.present, props.value) ?? chosen;

  const choose = (next: Mode) => {
    setChosen(next);
    if (next === 'never') props.onChange(null);
    else if (next === 'not-known') props.onChange('not-known');
    else if (mode !== 'date') props.onChange(undefined);
  };
  return (
    <fieldset id={fieldId(['risks', 'dash', 'previousMaracReferralDate'])} className={styles.fieldset}>
      <legend id={legendId} className={styles.legend}>
        Previous referral to MARAC
      </legend>
      <RadioGroup value={mode ?? ''} aria-labelledby={legendId} onChange={(_, d) => choose(d.value as Mode)}>
        <Radio value="never" label="Never referred to MARAC" />
        <Radio value="date" label="Referred before, on a date" />
        <Radio value="not-known" label="Not known" />
      </RadioGroup>
      {mode === 'date' && (
        <DateField
          id={fieldId(['risks', 'dash', 'previousMaracReferralDate', 'date'])}
          label="Date of the last MARAC referral"
          hint="Day, month and year, for example 05/03/2025"
          value={props.value}
          error={futureDateProblem(props.value, props.today)}
          onChange={(v) => {
            setChosen('date');
            props.onChange(v);
          }}
        />
      )}
    </fieldset>
  );
});

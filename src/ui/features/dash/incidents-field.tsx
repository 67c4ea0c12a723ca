// Incidents in the last 12 months (MARAC "potential escalation": 3 or more). A number, or "not known" — the
// schema accepts 'not-known'. Text that is not a whole number is kept as typed and flagged, never thrown away.
import { Checkbox, Input, Label } from '@fluentui/react-components';
import { fieldId } from '../../components/field-id';
import { memo } from 'react';
import { useDashStyles } from './dash-checklist.styles';
import { useFieldA11y } from './use-field-a11y';

export const MAX_INCIDENTS = 10000;

/** What to store for the text typed: a number when it is one, nothing when empty, else the text itself. */
export function incidentsValue(text: string): number | string | undefined {
  const t = text.trim();
  if (t === '') return undefined;
  if (/^\d+$/.test(t) && Number(t) <= MAX_INCIDENTS) return Number(t);
  return text;
}

export function incidentsProblem(value: unknown): string | undefined {
  if (value === undefined || value === 'not-known') return undefined;
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MAX_INCIDENTS) return undefined;
  return `Enter the number of incidents as a whole number from 0 to ${MAX_INCIDENTS}, or tick "Not known".`;
}

export const IncidentsField = memo(function IncidentsField(props: {
  value: unknown;
  onChange(value: number | string | undefined): void;
}) {
  const styles = useDashStyles();
  const notKnown = props.value === 'not-known';
  const error = incidentsProblem(props.value);
  const a11y = useFieldA11y(fieldId(['risks', 'dash', 'incidentsLast12Months']), error, true);
  const text =
    typeof props.value === 'number'
      ? String(props.value)
      : typeof props.value === 'string' && !notKnown
        ? props.value
        : '';
  return (
    <div className={styles.field}>
      <Label {...a11y.labelProps}>Domestic abuse incidents in the last 12 months</Label>
      <p id={a11y.hintId} className={styles.hint}>
        Count every incident you know of, reported to the police or not. Three or more meets the "potential escalation"
        criterion.
      </p>
      <div className={styles.row}>
        <Input
          {...a11y.inputProps}
          inputMode="numeric"
          value={text}
          disabled={notKnown}
          onChange={(_, d) => props.onChange(incidentsValue(d.value))}
        />
        <Checkbox
          label="Not known"
          checked={notKnown}
          onChange={(_, d) => props.onChange(d.checked === true ? 'not-known' : undefined)}
        />
      </div>
      <p {...a11y.errorProps} className={styles.error}>
        {error}
      </p>
    </div>
  );
});

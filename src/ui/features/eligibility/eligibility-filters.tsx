// Filters: eligible only, by provider, by the age of a child in the referral (issue #5).
import { Checkbox, Label, Select } from '@fluentui/react-components';
import { memo, useId } from 'react';
import type { Provider } from '../../../domain';
import { useEligibilityPanelStyles } from './eligibility-panel.styles';

export type PanelPerson = { readonly id: string; readonly kind: 'child' | 'adult'; readonly name: string; readonly age?: number };

export type Filters = { readonly eligibleOnly: boolean; readonly providerId: string; readonly childId: string };
export const NO_FILTERS: Filters = { eligibleOnly: false, providerId: '', childId: '' };

export function describeChild(child: PanelPerson, index: number): string {
  const name = child.name.trim() || `Child ${index + 1} (no name yet)`;
  if (child.age === undefined) return `${name}, age not known yet`;
  if (child.age < 0) return `${name}, not yet born`;
  return `${name}, aged ${child.age}`;
}

export const EligibilityFilters = memo(function EligibilityFilters(props: {
  filters: Filters;
  providers: readonly Provider[];
  childPeople: readonly PanelPerson[];
  onChange(filters: Filters): void;
}) {
  const styles = useEligibilityPanelStyles();
  const providerId = useId();
  const childId = useId();
  const { filters, onChange } = props;
  return (
    <div className={styles.filters} role="group" aria-label="Filter services">
      <Checkbox
        size="large"
        label="Eligible only"
        checked={filters.eligibleOnly}
        onChange={(_, data) => onChange({ ...filters, eligibleOnly: data.checked === true })}
      />
      <div className={styles.field}>
        <Label htmlFor={providerId}>Provider</Label>
        <Select id={providerId} value={filters.providerId} onChange={(_, data) => onChange({ ...filters, providerId: data.value })}>
          <option value="">All providers</option>
          {props.providers.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </Select>
      </div>
      <div className={styles.field}>
        <Label htmlFor={childId}>Suitable for the age of</Label>
        <Select id={childId} value={filters.childId} onChange={(_, data) => onChange({ ...filters, childId: data.value })}>
          <option value="">Any child</option>
          {props.childPeople.map((c, i) => (
            <option key={c.id} value={c.id} disabled={c.age === undefined}>
              {describeChild(c, i)}
            </option>
          ))}
        </Select>
      </div>
    </div>
  );
});

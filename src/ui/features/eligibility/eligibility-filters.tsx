// Filters: eligible only, by provider, by the age of a child in the referral, and services in other council areas.
import { Checkbox, Input, Label, Select } from '@fluentui/react-components';
import { memo, useId } from 'react';
import type { Provider } from '../../../domain';
import { formatUkLongDate } from '../../components/uk-date';
import { useEligibilityPanelStyles } from './eligibility-panel.styles';
import { sameFields, sameItems } from './use-stable-results';

/** A person as the panel shows them (made by cardPeople, src/ui/app/card-people.ts). */
export type PanelPerson = {
  readonly id: string;
  readonly kind: 'child' | 'adult';
  readonly name: string;
  /** Whole years on today; -1 for a child not yet born, as the engine's `child.age` reads it. */
  readonly age?: number;
  /** For a child not yet born: the date that says so (its expected date, or a date of birth after today). */
  readonly due?: string;
  /** The child reads as not yet born because its date of birth is after today (most likely a slip). */
  readonly dueFromDateOfBirth?: boolean;
};

export type Filters = { readonly eligibleOnly: boolean; readonly providerId: string; readonly childId: string };
export const NO_FILTERS: Filters = { eligibleOnly: false, providerId: '', childId: '' };

/** Whether two lists of people read the same: everything describeChild reads, so a memo can tell when words change. */
const samePerson = sameFields<PanelPerson>(['id', 'kind', 'name', 'age', 'due', 'dueFromDateOfBirth']);
export const samePanelPeople = (a: readonly PanelPerson[], b: readonly PanelPerson[]): boolean =>
  sameItems(a, b, samePerson);

function unbornWords(child: PanelPerson, today: string): string {
  const date = formatUkLongDate(child.due);
  if (!child.due || !date) return 'not yet born';
  // A date of birth after today is most likely a slip: say which date makes the child read as unborn.
  if (child.dueFromDateOfBirth) return `not yet born (date of birth ${date} is after today)`;
  return child.due < today ? `not yet born (was due ${date})` : `not yet born (due ${date})`;
}

/** "Amira, aged 7", "Baby, not yet born (due 3 March 2027)" or "Sam, age not known yet". */
export function describeChild(child: PanelPerson, index: number, today: string): string {
  const name = child.name.trim() || `Child ${index + 1} (no name yet)`;
  if (child.age === undefined) return `${name}, age not known yet`;
  if (child.age < 0) return `${name}, ${unbornWords(child, today)}`;
  return `${name}, aged ${child.age}`;
}

export const EligibilityFilters = memo(function EligibilityFilters(props: {
  filters: Filters;
  providers: readonly Provider[];
  childPeople: readonly PanelPerson[];
  /** Europe/London date, YYYY-MM-DD. */
  today: string;
  onChange(filters: Filters): void;
  /** A service's or provider's name, as typed so far. */
  search?: string;
  onSearch?(words: string): void;
  /** How many services are for other council areas than the family's (hidden unless shown). */
  otherAreasCount?: number;
  showOtherAreas?: boolean;
  onShowOtherAreas?(show: boolean): void;
}) {
  const styles = useEligibilityPanelStyles();
  const providerId = useId();
  const childId = useId();
  const { filters, onChange, onSearch } = props;
  return (
    <div className={styles.filters} role="group" aria-label="Filter services">
      {onSearch && <SearchField value={props.search ?? ''} onChange={onSearch} />}
      <Checkbox
        size="large"
        label="Eligible only"
        checked={filters.eligibleOnly}
        onChange={(_, data) => onChange({ ...filters, eligibleOnly: data.checked === true })}
      />
      <div className={styles.field}>
        <Label htmlFor={providerId}>Provider</Label>
        <Select
          id={providerId}
          value={filters.providerId}
          onChange={(_, data) => onChange({ ...filters, providerId: data.value })}
        >
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
        <Select
          id={childId}
          value={filters.childId}
          onChange={(_, data) => onChange({ ...filters, childId: data.value })}
        >
          <option value="">Any child</option>
          {props.childPeople.map((c, i) => (
            <option key={c.id} value={c.id} disabled={c.age === undefined}>
              {describeChild(c, i, props.today)}
            </option>
          ))}
        </Select>
      </div>
      {(props.otherAreasCount ?? 0) > 0 && props.onShowOtherAreas && (
        <Checkbox
          size="large"
          label={`Show services in other areas (${props.otherAreasCount})`}
          checked={props.showOtherAreas === true}
          onChange={(_, data) => props.onShowOtherAreas?.(data.checked === true)}
        />
      )}
    </div>
  );
});

/** "Find a service": a name, or a provider's, searched for across every service, folded away or not. */
function SearchField(p: { readonly value: string; readonly onChange: (words: string) => void }) {
  const styles = useEligibilityPanelStyles();
  const id = useId();
  return (
    <div className={styles.field}>
      <Label htmlFor={id}>Find a service</Label>
      <Input id={id} type="search" autoComplete="off" value={p.value} onChange={(_, data) => p.onChange(data.value)} />
    </div>
  );
}

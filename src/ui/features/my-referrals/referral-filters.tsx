// Search by initials, reference or service, and filters by status and service.
import { Field, Input, Select } from '@fluentui/react-components';
import { TRIAGE_STATES } from '../../../domain';
import type { ReferralQuery, StatusFilter } from './filter-referrals';
import { useMyReferralsStyles } from './my-referrals.styles';
import { statusWords } from './status-words';

export type ReferralFiltersProps = {
  readonly query: ReferralQuery;
  readonly services: readonly { readonly id: string; readonly name: string }[];
  readonly onChange: (query: ReferralQuery) => void;
};

const STATUSES: readonly { value: StatusFilter; label: string }[] = [
  { value: 'all', label: 'Any status' },
  { value: 'none', label: statusWords(undefined) },
  ...TRIAGE_STATES.map((state) => ({ value: state, label: statusWords({ state }) })),
];

const isStatus = (value: string): value is StatusFilter => STATUSES.some((s) => s.value === value);

export function ReferralFilters({ query, services, onChange }: ReferralFiltersProps) {
  const s = useMyReferralsStyles();
  return (
    <div role="search" className={s.filters} aria-label="Find a referral">
      <Field label="Search" hint="The children's initials (such as S E), the reference or a service's name">
        <Input
          type="search"
          value={query.text}
          onChange={(_, d) => onChange({ ...query, text: d.value })}
          className={s.search}
        />
      </Field>
      <Field label="Status">
        <Select value={query.status} onChange={(_, d) => isStatus(d.value) && onChange({ ...query, status: d.value })}>
          {STATUSES.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Service">
        <Select value={query.service} onChange={(_, d) => onChange({ ...query, service: d.value })}>
          <option value="all">Any service</option>
          {services.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </Select>
      </Field>
    </div>
  );
}

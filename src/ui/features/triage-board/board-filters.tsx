// What the board shows: words to look for, status, deadline, service, and the order.
import { Field, Input, Select } from '@fluentui/react-components';
import { TRIAGE_STATES, triageStateWords, type TriageState } from '../../../domain';
import { BOARD_COLUMNS } from './board-list';
import type { BoardQuery, SortKey } from './board-query';
import { DEADLINE_WORDS, type DeadlineState } from './board-view';
import { useBoardStyles } from './triage-board.styles';

export type BoardFiltersProps = {
  readonly query: BoardQuery;
  readonly services: readonly { readonly id: string; readonly name: string }[];
  readonly onChange: (query: BoardQuery) => void;
};

const DEADLINES: readonly DeadlineState[] = ['overdue', 'due-today', 'on-time', 'none'];

export function BoardFilters({ query, services, onChange }: BoardFiltersProps) {
  const s = useBoardStyles();
  const set = (change: Partial<BoardQuery>) => onChange({ ...query, ...change });
  return (
    <div className={s.filters} role="search" aria-label="Find referrals">
      <Field label="Find">
        <Input
          className={s.control}
          type="search"
          value={query.text}
          placeholder="Reference, referrer, service or worker"
          onChange={(_, d) => set({ text: d.value })}
        />
      </Field>
      <Field label="Status">
        <Select
          className={s.control}
          value={query.state}
          onChange={(_, d) => set({ state: d.value as TriageState | 'open' | 'all' })}
        >
          <option value="open">Open referrals</option>
          <option value="all">All referrals</option>
          {TRIAGE_STATES.map((state) => (
            <option key={state} value={state}>
              {triageStateWords(state)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Deadline">
        <Select
          className={s.control}
          value={query.deadline}
          onChange={(_, d) => set({ deadline: d.value as DeadlineState | 'all' })}
        >
          <option value="all">Any deadline</option>
          {DEADLINES.map((d) => (
            <option key={d} value={d}>
              {DEADLINE_WORDS[d]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Service">
        <Select className={s.control} value={query.serviceId} onChange={(_, d) => set({ serviceId: d.value })}>
          <option value="all">Every service</option>
          {services.map((svc) => (
            <option key={svc.id} value={svc.id}>
              {svc.name}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Sort by">
        <Select className={s.control} value={query.sort} onChange={(_, d) => set({ sort: d.value as SortKey })}>
          {BOARD_COLUMNS.map((c) => (
            <option key={c.key} value={c.key}>
              {c.title}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Order">
        <Select
          className={s.control}
          value={query.descending ? 'descending' : 'ascending'}
          onChange={(_, d) => set({ descending: d.value === 'descending' })}
        >
          <option value="ascending">Usual order</option>
          <option value="descending">Reversed</option>
        </Select>
      </Field>
    </div>
  );
}

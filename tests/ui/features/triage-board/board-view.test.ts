import { applyQuery, DEFAULT_QUERY } from '../../../../src/ui/features/triage-board/board-query';
import { standardsFor, toViewRows } from '../../../../src/ui/features/triage-board/board-view';
import { catalogue, makeRow, NOW } from './board-fixtures';

const ctx = { now: NOW, catalogue, names: new Map([['worker-1', 'Wren Worker']]) };

describe('a row as the board shows it', () => {
  test('Nottinghamshire screening (5 working days): overdue, due today and on time on Monday 7 December', () => {
    const [overdue, today, onTime] = toViewRows(
      [
        makeRow({ received: '2026-11-27T09:00:00Z' }), // Friday: due Friday 4 December
        makeRow({ received: '2026-11-30T09:00:00Z' }), // Monday: due Monday 7 December
        makeRow({ received: '2026-12-04T09:00:00Z' }), // Friday: due Friday 11 December
      ],
      ctx,
    );
    expect([overdue!.deadline, overdue!.dueDate]).toEqual(['overdue', '2026-12-04']);
    expect([today!.deadline, today!.dueDate]).toEqual(['due-today', '2026-12-07']);
    expect([onTime!.deadline, onTime!.dueDate]).toEqual(['on-time', '2026-12-11']);
  });

  test('rows worked out together share answers only where the answer is the same', () => {
    const same = (patch: Parameters<typeof makeRow>[0]) => makeRow({ received: '2026-11-27T09:00:00Z', ...patch });
    const [early, late, closed, screening] = toViewRows(
      [
        same({}),
        same({ received: '2026-11-27T17:30:00Z' }),
        same({ triage: { state: 'closed', version: 1 } }),
        same({
          triage: {
            state: 'screening',
            version: 1,
            history: [
              {
                from: 'received',
                to: 'screening',
                at: '2026-11-30T09:00:00.000Z',
                by: { id: 'm', role: 'team-manager' },
                version: 1,
              },
            ],
          },
        }),
      ],
      ctx,
    );
    expect([early!.deadline, late!.deadline]).toEqual(['overdue', 'overdue']);
    expect(closed!.deadline).toBe('none');
    expect(screening!.deadline).toBe('overdue');
    expect(screening!.status).toBe('Screening');
  });

  test('age in working days skips the weekend', () => {
    const [row] = toViewRows([makeRow({ received: '2026-12-04T09:00:00Z' })], ctx);
    expect(row!.ageDays).toBe(1);
  });

  test('a decided referral has met its screening standard, so no deadline is running', () => {
    const [row] = toViewRows(
      [
        makeRow({
          received: '2026-11-27T09:00:00Z',
          triage: {
            state: 'accepted',
            version: 2,
            history: [
              {
                from: 'received',
                to: 'screening',
                at: '2026-11-30T09:00:00.000Z',
                by: { id: 'm', role: 'team-manager' },
                version: 1,
              },
              {
                from: 'screening',
                to: 'accepted',
                at: '2026-12-01T09:00:00.000Z',
                by: { id: 'm', role: 'team-manager' },
                version: 2,
              },
            ],
          },
        }),
      ],
      ctx,
    );
    expect(row!.deadline).not.toBe('overdue');
  });

  test('Lewisham has no time standards: no deadline; services are named; the worker is named', () => {
    const [row] = toViewRows(
      [makeRow({ serviceIds: ['lewisham.nvr'], triage: { state: 'allocated', allocatedTo: 'worker-1', version: 3 } })],
      ctx,
    );
    expect(row).toMatchObject({ deadline: 'none', service: 'NVR (Non-Violent Resistance) Informed Practice' });
    expect(row!.assignee).toBe('Wren Worker');
    expect(row!.status).toBe('Allocated to a worker');
  });

  test('an unknown service id is shown as it is, and a bad date gives no age rather than an error', () => {
    const [row] = toViewRows([{ ...makeRow({ serviceIds: ['nowhere.thing'] }), receivedAt: 'not a date' }], ctx);
    expect(row).toMatchObject({ service: 'nowhere.thing', ageDays: 0, receivedOn: '', deadline: 'none' });
    expect(() => toViewRows([{ ...makeRow(), receivedAt: '2150-01-01T00:00:00Z' }], ctx)).not.toThrow();
  });

  test("a standard without appliesTo covers its own provider's services only", () => {
    expect(standardsFor(catalogue.timeStandards, 'notts.solihull').map((s) => s.id)).toContain('notts.screening');
    expect(standardsFor(catalogue.timeStandards, 'lewisham.nvr')).toEqual([]);
    expect(standardsFor(catalogue.timeStandards, undefined)).toEqual([]);
  });
});

describe('filtering and sorting', () => {
  const rows = toViewRows(
    [
      makeRow({ received: '2026-12-04T09:00:00Z', referrer: { name: 'Pat Health Visitor', address: 'p@x.test' } }),
      makeRow({ received: '2026-11-27T09:00:00Z' }),
      makeRow({ received: '2026-11-30T09:00:00Z', triage: { state: 'closed', version: 1 } }),
      makeRow({ received: '2026-11-30T09:00:00Z', serviceIds: ['lewisham.nvr'], triage: { priority: 'urgent' } }),
    ],
    ctx,
  );

  test('by default: open referrals only, the most urgent deadline first', () => {
    const shown = applyQuery(rows, DEFAULT_QUERY);
    expect(shown.map((r) => r.deadline)).toEqual(['overdue', 'on-time', 'none']);
    expect(shown.some((r) => r.state === 'closed')).toBe(false);
  });

  test('words match the referrer, case aside; every word must match', () => {
    expect(applyQuery(rows, { ...DEFAULT_QUERY, text: 'health VISITOR' })).toHaveLength(1);
    expect(applyQuery(rows, { ...DEFAULT_QUERY, text: 'health nobody' })).toHaveLength(0);
  });

  test('status, deadline and service filters', () => {
    expect(applyQuery(rows, { ...DEFAULT_QUERY, state: 'closed' })).toHaveLength(1);
    expect(applyQuery(rows, { ...DEFAULT_QUERY, state: 'all' })).toHaveLength(4);
    expect(applyQuery(rows, { ...DEFAULT_QUERY, deadline: 'overdue' })).toHaveLength(1);
    expect(applyQuery(rows, { ...DEFAULT_QUERY, serviceId: 'lewisham.nvr' })).toHaveLength(1);
  });

  test('sorting by age, both ways, and by priority (set before unset)', () => {
    const byAge = applyQuery(rows, { ...DEFAULT_QUERY, state: 'all', sort: 'ageDays', descending: true });
    expect(byAge.map((r) => r.ageDays)).toEqual([...byAge.map((r) => r.ageDays)].sort((a, b) => b - a));
    const byPriority = applyQuery(rows, { ...DEFAULT_QUERY, sort: 'priority' });
    expect(byPriority[0]!.priority).toBe('Urgent');
  });

  test('filtering does not change the rows given', () => {
    const before = rows.map((r) => r.messageId);
    applyQuery(rows, { ...DEFAULT_QUERY, sort: 'reference', descending: true });
    expect(rows.map((r) => r.messageId)).toEqual(before);
  });
});

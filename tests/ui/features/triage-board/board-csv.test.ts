import { boardCsv, csvCell } from '../../../../src/ui/features/triage-board/board-csv';
import { toViewRows } from '../../../../src/ui/features/triage-board/board-view';
import { catalogue, makeRow, NOW } from './board-fixtures';

describe('csvCell', () => {
  test.each([
    ['=HYPERLINK("http://evil.example","click")', `"'=HYPERLINK(""http://evil.example"",""click"")"`],
    ['+1+1', "'+1+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', `"'\rcmd"`],
  ])('a cell starting like a formula is made text: %j', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  test('commas, quotes and line breaks are quoted; plain text and numbers are left alone', () => {
    expect(csvCell('Smith, Jo')).toBe('"Smith, Jo"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('RC-12345678')).toBe('RC-12345678');
    expect(csvCell(5)).toBe('5');
  });
});

describe('boardCsv', () => {
  const declined = makeRow({
    received: '2026-11-27T09:00:00Z',
    referrer: { name: '=cmd|calc', address: 'x@example.test' },
    triage: {
      state: 'declined',
      version: 2,
      earlierEvents: 3,
      declineReason: 'Out of area',
      history: [
        {
          from: 'received',
          to: 'screening',
          at: '2026-11-30T09:00:00.000Z',
          by: { id: 'manager-1', role: 'team-manager' },
          version: 1,
        },
        {
          from: 'screening',
          to: 'declined',
          at: '2026-12-01T09:00:00.000Z',
          by: { id: 'manager-1', role: 'team-manager' },
          version: 2,
          reason: '@out of area',
        },
      ],
    },
  });
  const fresh = makeRow({ received: '2026-12-04T09:00:00Z' });
  const rows = [declined, fresh];
  const view = toViewRows(rows, { now: NOW, catalogue, names: new Map() });
  const csv = boardCsv(view, new Map(rows.map((r) => [r.messageId, r])), new Map([['manager-1', 'Alex Morgan']]));
  const lines = csv.split('\r\n');

  test('one header, a line per referral shown, then each change, and the count of changes no longer kept', () => {
    expect(lines[0]).toMatch(/^Record,Reference,Service,Referrer,Received,Age in working days,Status,/);
    expect(lines.filter((l) => l.startsWith('Referral,'))).toHaveLength(2);
    expect(lines.filter((l) => l.startsWith('Change,'))).toHaveLength(3);
    expect(csv).toContain('and 3 earlier changes not kept');
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  test('every line has the header’s 16 columns', () => {
    const width = (l: string) => l.replace(/"(?:[^"]|"")*"/g, 'x').split(',').length;
    for (const l of lines.filter(Boolean)) expect(width(l)).toBe(16);
  });

  test('a hostile referrer name and a reason starting with @ are neutralised; names replace directory ids', () => {
    expect(csv).toContain("'=cmd|calc");
    expect(csv).toContain("'@out of area");
    expect(csv).toContain('Alex Morgan');
    expect(csv).not.toContain(',=cmd');
  });

  test('only the rows shown are exported', () => {
    const only = boardCsv([view[1]!], new Map(rows.map((r) => [r.messageId, r])), new Map());
    expect(only).toContain(fresh.reference);
    expect(only).not.toContain(declined.reference);
  });
});

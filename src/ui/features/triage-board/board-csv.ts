// The current view as CSV: a caseload and deadline summary, then each referral's audit trail, in one table a
// spreadsheet can filter by its first column.
import { triageStateWords, ukLongDate, type TriageEvent } from '../../../domain';
import type { BoardRow } from './board-ports';
import { DEADLINE_WORDS, type ViewRow } from './board-view';

const HEADER = [
  'Record',
  'Reference',
  'Service',
  'Referrer',
  'Received',
  'Age in working days',
  'Status',
  'Allocated to',
  'Priority',
  'Deadline',
  'Due',
  'Changed at',
  'Changed by',
  'From',
  'To',
  'Reason or note',
];

// A cell a spreadsheet would run as a formula (OWASP: CSV injection) is made text with a leading apostrophe.
const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV cell: formula-like text neutralised, then quoted when it holds a comma, quote or line break. */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const line = (cells: readonly (string | number)[]) => cells.map(csvCell).join(',');

const dateWords = (iso: string | undefined) => (iso ? (ukLongDate(iso.slice(0, 10)) ?? iso) : '');

function caseLine(r: ViewRow): string {
  return line([
    'Referral',
    r.reference,
    r.service,
    r.referrer,
    dateWords(r.receivedOn),
    r.ageDays,
    r.status,
    r.assignee,
    r.priority,
    DEADLINE_WORDS[r.deadline],
    dateWords(r.dueDate),
    '',
    '',
    '',
    '',
    '',
  ]);
}

function eventLine(r: ViewRow, e: TriageEvent, name: (id: string) => string): string {
  const why = [e.reason, e.question, e.workerId ? `Allocated to ${name(e.workerId)}` : undefined, e.note]
    .filter(Boolean)
    .join('. ');
  const blanks = ['', '', '', '', '', '', '', '', ''];
  return line([
    'Change',
    r.reference,
    ...blanks,
    e.at,
    name(e.by.id),
    triageStateWords(e.from),
    triageStateWords(e.to),
    why,
  ]);
}

function earlierLine(r: ViewRow, n: number): string {
  const blanks = ['', '', '', '', '', '', '', '', '', '', '', '', ''];
  return line(['Change', r.reference, ...blanks, `and ${n} earlier ${n === 1 ? 'change' : 'changes'} not kept`]);
}

/** The rows shown (in their order) with every change each has recorded; CRLF line ends, as RFC 4180 asks. */
export function boardCsv(
  shown: readonly ViewRow[],
  rows: ReadonlyMap<string, BoardRow>,
  names: ReadonlyMap<string, string>,
): string {
  const name = (id: string) => names.get(id) ?? id;
  const out = [line(HEADER), ...shown.map(caseLine)];
  for (const r of shown) {
    const triage = rows.get(r.messageId)?.triage;
    if (!triage) continue;
    if (triage.earlierEvents) out.push(earlierLine(r, triage.earlierEvents));
    for (const e of triage.history) out.push(eventLine(r, e, name));
  }
  return `${out.join('\r\n')}\r\n`;
}

// Rows, ports and a clock for the board's tests: a Monday in December 2026, with Nottinghamshire's screening
// standard (5 working days) and Lewisham's services (no time standards).
import { catalogue } from '../../../../src/catalogues';
import { newTriageRecord, type TriageRecord } from '../../../../src/domain';
import type {
  BoardPorts,
  BoardRow,
  BoardSyncState,
  CachedBoard,
  OpenedReferral,
} from '../../../../src/ui/features/triage-board';
import { filedExample } from '../../../ui/support/filed-documents';

export { catalogue };
export const NOW = new Date('2026-12-07T10:00:00Z');
export const MAILBOX = 'parenting.courses@nottsc.gov.uk';

let n = 0;
/** A referral row; `received` is an ISO instant. */
export function makeRow(
  patch: Omit<Partial<BoardRow>, 'triage'> & { received?: string; triage?: Partial<TriageRecord> } = {},
): BoardRow {
  n += 1;
  const id = `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
  const receivedAt = patch.received ?? '2026-12-01T09:00:00Z';
  const serviceIds = patch.serviceIds ?? ['notts.solihull'];
  const base = newTriageRecord({ referralId: id, serviceId: serviceIds[0]!, receivedAt: new Date(receivedAt) });
  const { received: _r, triage, ...rest } = patch;
  return {
    messageId: `msg-${n}`,
    mailbox: MAILBOX,
    referralId: id,
    reference: `RC-${String(n).padStart(8, '0')}`,
    serviceIds,
    referrer: { name: 'Riley Referrer', address: 'riley.referrer@sandbox.test' },
    receivedAt,
    triage: { ...base, ...triage },
    ...rest,
  };
}

export const rowsById = (rows: readonly BoardRow[]): Record<string, BoardRow> =>
  Object.fromEntries(rows.map((r) => [r.messageId, r]));

export function memoryCache(initial?: CachedBoard) {
  let stored = initial;
  return {
    saved: () => stored,
    load: jest.fn(async () => stored),
    save: jest.fn(async (b: CachedBoard) => {
      stored = b;
    }),
  };
}

export const MEMBERS = [
  { id: 'worker-1', name: 'Wren Worker' },
  { id: 'manager-1', name: 'Alex Morgan' },
];

/** Ports over an in-memory mailbox; each function is a jest mock a test can replace. */
export function fakePorts(rows: readonly BoardRow[], opened?: Partial<Record<string, OpenedReferral>>) {
  const cache = memoryCache();
  const sync = jest.fn(
    async (previous: BoardSyncState | undefined, onPage: (p: BoardSyncState | undefined) => void) => {
      const state = { deltaLink: 'delta-1', rows: previous ? previous.rows : rowsById(rows) };
      onPage(state);
      return state;
    },
  );
  const example: OpenedReferral = {
    document: { ok: true, document: filedExample(), attachmentId: 'a-json' },
    attachments: [
      { id: 'a-pdf', name: 'referral.pdf', contentType: 'application/pdf', size: 20_000 },
      { id: 'a-json', name: 'referral.json', contentType: 'application/json', size: 3_000 },
    ],
  };
  const ports = {
    sync,
    readRow: jest.fn(async (id: string) => rows.find((r) => r.messageId === id)!),
    decide: jest.fn(),
    openReferral: jest.fn(async (id: string) => opened?.[id] ?? example),
    download: jest.fn(async () => undefined),
    teamMembers: jest.fn(async () => MEMBERS),
    personName: jest.fn(async (id: string) => MEMBERS.find((m) => m.id === id)?.name),
    cache,
  } satisfies BoardPorts;
  return ports;
}

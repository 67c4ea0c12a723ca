import { crc32 } from 'node:zlib';

/**
 * One line of the disk store's append-only log: `<crc32 hex8> <byte length> <json>\n`.
 * The checksum and length let recovery tell a whole record from a torn or garbled one, so a write
 * is either whole or absent after a kill -9. A batch is one line: its changes land together or not at all.
 */
export type LogRecord =
  { op: 'put'; collection: string; id: string; value: unknown } | { op: 'delete'; collection: string; id: string };

/** One change of a batch, with a put's value already serialised. */
export type EncodedChange =
  { op: 'put'; collection: string; id: string; valueJson: string } | { op: 'delete'; collection: string; id: string };

const NEWLINE = 0x0a;

const putJson = (collection: string, id: string, valueJson: string): string =>
  `{"o":"p","c":${JSON.stringify(collection)},"i":${JSON.stringify(id)},"v":${valueJson}}`;
const deleteJson = (collection: string, id: string): string =>
  `{"o":"d","c":${JSON.stringify(collection)},"i":${JSON.stringify(id)}}`;

export function encodePut(collection: string, id: string, valueJson: string): Buffer {
  return frame(putJson(collection, id, valueJson));
}

export function encodeDelete(collection: string, id: string): Buffer {
  return frame(deleteJson(collection, id));
}

/** Several changes as one record: recovery replays all of them or none. */
export function encodeBatch(changes: readonly EncodedChange[]): Buffer {
  const parts = changes.map((c) =>
    c.op === 'put' ? putJson(c.collection, c.id, c.valueJson) : deleteJson(c.collection, c.id),
  );
  return frame(`{"o":"b","r":[${parts.join(',')}]}`);
}

function frame(payloadText: string): Buffer {
  // JSON.stringify never emits a raw newline, so one record is exactly one line.
  const payload = Buffer.from(payloadText, 'utf8');
  const header = `${crc32(payload).toString(16).padStart(8, '0')} ${payload.length} `;
  return Buffer.concat([Buffer.from(header, 'latin1'), payload, Buffer.from('\n', 'latin1')]);
}

/** A whole line that failed its checks: where it starts in the log and how long it is (newline included). */
export type CorruptRange = { offset: number; bytes: number };

export type DecodedLog = {
  records: LogRecord[];
  /** Bytes from the start up to the end of the last whole line; anything after is a torn tail. */
  validBytes: number;
  /** Whole lines that failed their checks; they are skipped and the records after them still read. */
  corrupt: CorruptRange[];
};

/** Reads every whole line; a line that fails its checks is skipped and reported, not the end of the log. */
export function decodeLog(bytes: Buffer): DecodedLog {
  const records: LogRecord[] = [];
  const corrupt: CorruptRange[] = [];
  let offset = 0;
  while (offset < bytes.length) {
    const end = bytes.indexOf(NEWLINE, offset);
    if (end < 0) break;
    const decoded = decodeLine(bytes.subarray(offset, end));
    if (decoded) records.push(...decoded);
    else corrupt.push({ offset, bytes: end + 1 - offset });
    offset = end + 1;
  }
  return { records, validBytes: offset, corrupt };
}

const HEADER = /^([0-9a-f]{8}) (0|[1-9][0-9]{0,9}) $/;

function decodeLine(line: Buffer): LogRecord[] | undefined {
  const firstSpace = line.indexOf(0x20);
  const secondSpace = firstSpace < 0 ? -1 : line.indexOf(0x20, firstSpace + 1);
  if (secondSpace < 0) return undefined;
  const header = HEADER.exec(line.subarray(0, secondSpace + 1).toString('latin1'));
  if (!header) return undefined;
  const payload = line.subarray(secondSpace + 1);
  if (payload.length !== Number(header[2])) return undefined;
  if (crc32(payload) !== parseInt(header[1] ?? '', 16)) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(payload.toString('utf8'));
  } catch {
    return undefined;
  }
  return toRecords(parsed);
}

function toRecords(parsed: unknown): LogRecord[] | undefined {
  if (parsed === null || typeof parsed !== 'object') return undefined;
  const { o, r } = parsed as Record<string, unknown>;
  if (o !== 'b') {
    const one = toRecord(parsed);
    return one && [one];
  }
  if (!Array.isArray(r)) return undefined;
  const records = r.map(toRecord);
  return records.every((x): x is LogRecord => x !== undefined) ? records : undefined;
}

function toRecord(parsed: unknown): LogRecord | undefined {
  if (parsed === null || typeof parsed !== 'object') return undefined;
  const { o, c, i, v } = parsed as Record<string, unknown>;
  if (typeof c !== 'string' || typeof i !== 'string' || c === '' || i === '') return undefined;
  if (o === 'p' && v !== undefined) return { op: 'put', collection: c, id: i, value: v };
  if (o === 'd') return { op: 'delete', collection: c, id: i };
  return undefined;
}

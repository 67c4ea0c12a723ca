import { crc32 } from 'node:zlib';

/**
 * One line of the disk store's append-only log: `<crc32 hex8> <byte length> <json>\n`.
 * The checksum and length let recovery tell a whole record from a torn or garbled one
 * (DESIGN.md §5: "a write is either whole or absent after a kill -9").
 */
export type LogRecord =
  { op: 'put'; collection: string; id: string; value: unknown } | { op: 'delete'; collection: string; id: string };

const NEWLINE = 0x0a;

export function encodePut(collection: string, id: string, valueJson: string): Buffer {
  return frame(`{"o":"p","c":${JSON.stringify(collection)},"i":${JSON.stringify(id)},"v":${valueJson}}`);
}

export function encodeDelete(collection: string, id: string): Buffer {
  return frame(`{"o":"d","c":${JSON.stringify(collection)},"i":${JSON.stringify(id)}}`);
}

function frame(payloadText: string): Buffer {
  // JSON.stringify never emits a raw newline, so one record is exactly one line.
  const payload = Buffer.from(payloadText, 'utf8');
  const header = `${crc32(payload).toString(16).padStart(8, '0')} ${payload.length} `;
  return Buffer.concat([Buffer.from(header, 'latin1'), payload, Buffer.from('\n', 'latin1')]);
}

export type DecodedLog = {
  records: LogRecord[];
  /** Bytes from the start that hold whole, valid records; anything after is a torn or corrupt tail. */
  validBytes: number;
};

/** Reads records up to the first one that is torn or fails its checks (point-in-time recovery). */
export function decodeLog(bytes: Buffer): DecodedLog {
  const records: LogRecord[] = [];
  let offset = 0;
  while (offset < bytes.length) {
    const end = bytes.indexOf(NEWLINE, offset);
    if (end < 0) break;
    const record = decodeLine(bytes.subarray(offset, end));
    if (!record) break;
    records.push(record);
    offset = end + 1;
  }
  return { records, validBytes: offset };
}

const HEADER = /^([0-9a-f]{8}) (0|[1-9][0-9]{0,9}) $/;

function decodeLine(line: Buffer): LogRecord | undefined {
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
  return toRecord(parsed);
}

function toRecord(parsed: unknown): LogRecord | undefined {
  if (parsed === null || typeof parsed !== 'object') return undefined;
  const { o, c, i, v } = parsed as Record<string, unknown>;
  if (typeof c !== 'string' || typeof i !== 'string' || c === '' || i === '') return undefined;
  if (o === 'p' && v !== undefined) return { op: 'put', collection: c, id: i, value: v };
  if (o === 'd') return { op: 'delete', collection: c, id: i };
  return undefined;
}

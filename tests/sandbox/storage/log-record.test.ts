import { crc32 } from 'node:zlib';
import { decodeLog, encodeBatch, encodeDelete, encodePut } from '../../../src/sandbox/storage/log-record';

const put = (id: string, value: unknown) => encodePut('docs', id, JSON.stringify(value));

describe('log records', () => {
  it('round-trips puts and deletes, one line each', () => {
    const bytes = Buffer.concat([put('a', { x: 'line\nbreak', y: 'é' }), encodeDelete('docs', 'a'), put('b', null)]);
    expect(bytes.toString('utf8').split('\n')).toHaveLength(4); // three records + empty tail
    expect(decodeLog(bytes)).toEqual({
      records: [
        { op: 'put', collection: 'docs', id: 'a', value: { x: 'line\nbreak', y: 'é' } },
        { op: 'delete', collection: 'docs', id: 'a' },
        { op: 'put', collection: 'docs', id: 'b', value: null },
      ],
      validBytes: bytes.length,
      corrupt: [],
    });
  });

  it('writes a batch as one line whose changes come back together', () => {
    const batch = encodeBatch([
      { op: 'put', collection: 'docs', id: 'a', valueJson: '{"n":1}' },
      { op: 'delete', collection: 'docs', id: 'b' },
    ]);
    expect(batch.indexOf(0x0a)).toBe(batch.length - 1);
    expect(decodeLog(batch).records).toEqual([
      { op: 'put', collection: 'docs', id: 'a', value: { n: 1 } },
      { op: 'delete', collection: 'docs', id: 'b' },
    ]);
    // One damaged byte loses the whole batch, never part of it.
    const damaged = Buffer.from(batch);
    damaged.writeUInt8((damaged[40] as number) ^ 0x01, 40);
    expect(decodeLog(Buffer.concat([good, damaged])).records.map((r) => r.id)).toEqual(['a']);
  });

  const good = put('a', { n: 1 });
  const after = put('c', { n: 3 });
  const bad = (mutate: (line: string) => string) => Buffer.from(mutate(put('b', { n: 2 }).toString('utf8')), 'utf8');
  it.each([
    ['a record without its newline', put('b', { n: 2 }).subarray(0, -1)],
    ['a record cut in the middle', put('b', { n: 2 }).subarray(0, 10)],
  ])('treats %s before another record as one damaged line', (_label, tail) => {
    // The cut record and the next run together up to the next newline: that line is reported, the rest read.
    const decoded = decodeLog(Buffer.concat([good, tail, after, put('d', { n: 4 })]));
    expect(decoded.records.map((r) => r.id)).toEqual(['a', 'd']);
    expect(decoded.corrupt).toEqual([{ offset: good.length, bytes: tail.length + after.length }]);
  });

  it.each([
    ['a wrong checksum', bad((l) => `00000000${l.slice(8)}`)],
    [
      'a wrong length',
      bad((l) => l.replace(/^(\w{8}) (\d+) /, (_m, crc: string, n: string) => `${crc} ${Number(n) + 1} `)),
    ],
    ['a changed payload byte', bad((l) => l.replace('"n":2', '"n":3'))],
    ['a header that is not hex', bad((l) => `zzzzzzzz${l.slice(8)}`)],
    ['an empty line', Buffer.from('\n')],
  ])('skips %s, reports where it is, and reads the records after it', (_label, line) => {
    const decoded = decodeLog(Buffer.concat([good, line, after]));
    expect(decoded.records.map((r) => r.id)).toEqual(['a', 'c']);
    expect(decoded.corrupt).toEqual([{ offset: good.length, bytes: line.length }]);
    expect(decoded.validBytes).toBe(good.length + line.length + after.length);
  });

  it('stops at a torn tail: bytes after the last newline are not a record', () => {
    const torn = put('b', { n: 2 }).subarray(0, 10);
    const decoded = decodeLog(Buffer.concat([good, torn]));
    expect(decoded).toMatchObject({ validBytes: good.length, corrupt: [] });
    expect(decoded.records.map((r) => r.id)).toEqual(['a']);
  });

  it('refuses a well-framed record that is not a put or delete', () => {
    const payload = Buffer.from(JSON.stringify({ o: 'x', c: 'docs', i: 'a' }));
    const framed = Buffer.from(
      `${crc32(payload).toString(16).padStart(8, '0')} ${payload.length} ${payload.toString()}\n`,
    );
    expect(decodeLog(Buffer.concat([good, framed])).records).toHaveLength(1);
  });
});

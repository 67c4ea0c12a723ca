import { crc32 } from 'node:zlib';
import { decodeLog, encodeDelete, encodePut } from '../../../src/sandbox/storage/log-record';

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
    });
  });

  const good = put('a', { n: 1 });
  const bad = (mutate: (line: string) => string) => Buffer.from(mutate(put('b', { n: 2 }).toString('utf8')), 'utf8');
  it.each([
    ['a record without its newline', put('b', { n: 2 }).subarray(0, -1)],
    ['a record cut in the middle', put('b', { n: 2 }).subarray(0, 10)],
    ['a wrong checksum', bad((l) => `00000000${l.slice(8)}`)],
    [
      'a wrong length',
      bad((l) => l.replace(/^(\w{8}) (\d+) /, (_m, crc: string, n: string) => `${crc} ${Number(n) + 1} `)),
    ],
    ['a changed payload byte', bad((l) => l.replace('"n":2', '"n":3'))],
    ['a header that is not hex', bad((l) => `zzzzzzzz${l.slice(8)}`)],
    ['an empty line', Buffer.from('\n')],
  ])('stops before %s', (_label, tail) => {
    const decoded = decodeLog(Buffer.concat([good, tail, put('c', { n: 3 })]));
    expect(decoded.records.map((r) => r.id)).toEqual(['a']);
    expect(decoded.validBytes).toBe(good.length);
  });

  it('refuses a well-framed record that is not a put or delete', () => {
    const payload = Buffer.from(JSON.stringify({ o: 'x', c: 'docs', i: 'a' }));
    const framed = Buffer.from(
      `${crc32(payload).toString(16).padStart(8, '0')} ${payload.length} ${payload.toString()}\n`,
    );
    expect(decodeLog(Buffer.concat([good, framed])).records).toHaveLength(1);
  });
});

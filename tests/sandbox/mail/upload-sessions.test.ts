import { MAX_RANGE_BYTES, MIN_SESSION_BYTES, UploadSessions } from '../../../src/sandbox/mail/upload-sessions';
import type { Mailbox } from '../../../src/sandbox/model/directory';

const mailbox = {
  id: 'm',
  key: 'a@b.example',
  address: 'a@b.example',
  displayName: 'A',
  kind: 'personal',
  persona: undefined,
} as Mailbox;
const open = (s: UploadSessions, size = MIN_SESSION_BYTES, now = 0) =>
  s.open(
    { mailbox, messageId: 'msg', name: 'f', size, contentType: 'application/pdf', isInline: false, contentId: null },
    now,
  );
const code = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return `${(e as { status: number }).status} ${(e as { code: string }).code}`;
  }
  return 'ok';
};

test('ranges must be in order, consistent and whole; the last one returns every byte', () => {
  const s = new UploadSessions();
  const session = open(s);
  const data = Buffer.alloc(MIN_SESSION_BYTES, 7);
  expect(code(() => s.accept(session, undefined, data.subarray(0, 10), 0))).toBe('400 BadRequest');
  expect(code(() => s.accept(session, 'bytes 0-9/5', data.subarray(0, 10), 0))).toBe('416 InvalidRange');
  expect(code(() => s.accept(session, `bytes 10-19/${MIN_SESSION_BYTES}`, data.subarray(0, 10), 0))).toBe(
    '416 InvalidRange',
  );
  expect(code(() => s.accept(session, `bytes 0-19/${MIN_SESSION_BYTES}`, data.subarray(0, 10), 0))).toBe(
    '400 BadRequest',
  );
  expect(code(() => s.accept(session, `bytes 0-${MIN_SESSION_BYTES}/${MIN_SESSION_BYTES}`, data, 0))).toBe(
    '416 InvalidRange',
  );
  const first = s.accept(session, `bytes 0-9/${MIN_SESSION_BYTES}`, data.subarray(0, 10), 0);
  expect(first).toMatchObject({ done: false, session: { received: 10 } });
  // The same range again is now out of order.
  expect(code(() => s.accept(session, `bytes 0-9/${MIN_SESSION_BYTES}`, data.subarray(0, 10), 0))).toBe(
    '416 InvalidRange',
  );
  const last = s.accept(session, `bytes 10-${MIN_SESSION_BYTES - 1}/${MIN_SESSION_BYTES}`, data.subarray(10), 0);
  expect(last.done && last.bytes.equals(data)).toBe(true);
  expect(code(() => s.find(session.id, session.secret, 0))).toBe('404 ErrorItemNotFound');
});

test('a range over 4 MiB is refused; wrong secrets and expired sessions are not found', () => {
  const s = new UploadSessions();
  const size = MAX_RANGE_BYTES + 10;
  const session = open(s, size, 1000);
  expect(
    code(() => s.accept(session, `bytes 0-${MAX_RANGE_BYTES}/${size}`, Buffer.alloc(MAX_RANGE_BYTES + 1), 1000)),
  ).toBe('413 RequestEntityTooLarge');
  expect(code(() => s.find(session.id, 'wrong', 1000))).toBe('404 ErrorItemNotFound');
  expect(code(() => s.find(session.id, null, 1000))).toBe('404 ErrorItemNotFound');
  expect(s.find(session.id, session.secret, 1000)).toBe(session);
  expect(code(() => s.find(session.id, session.secret, 1000 + 16 * 60 * 1000))).toBe('404 ErrorItemNotFound');
});

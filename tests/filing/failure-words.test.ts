// The one table of words: every failure kind says what happened and what to do, in plain words, with no gaps.
import { FAILURE_KINDS, failureWords, readFailureWords, waitWords } from '../../src/filing';

const MAILBOX = 'Family.Hub.Referrals@lewisham.gov.uk';

test('every kind has both halves, and no placeholder leaks', () => {
  for (const kind of FAILURE_KINDS) {
    const words = failureWords(kind, {}, MAILBOX);
    expect(words.what.length).toBeGreaterThan(15);
    expect(words.todo.length).toBeGreaterThan(15);
    expect(`${words.what} ${words.todo}`).not.toMatch(/undefined|\[object|NaN/);
  }
});

test('details fill in: the mailbox, the wait, the file and its size, the contact', () => {
  expect(failureWords('mailbox-not-found', {}, MAILBOX).what).toContain(MAILBOX);
  expect(failureWords('throttled', { retryAfterSeconds: 30 }, MAILBOX).what).toMatch(/wait 30 seconds/);
  expect(failureWords('throttled', { retryAfterSeconds: 300 }, MAILBOX).what).toMatch(/wait 5 minutes/);
  expect(failureWords('too-large', { fileName: 'scan.pdf' }, MAILBOX).what).toBe(
    'scan.pdf is larger than an email attachment can be (150 MB).',
  );
  expect(
    failureWords(
      'too-large',
      { fileName: 'scan.pdf', sizeBytes: 160 * 1024 * 1024, limitBytes: 150 * 1024 * 1024 },
      MAILBOX,
    ).what,
  ).toBe('scan.pdf is 160 MB, larger than an email attachment can be (150 MB).');
  expect(
    failureWords('too-large', { sizeBytes: 180 * 1024 * 1024, limitBytes: 150 * 1024 * 1024 }, MAILBOX).what,
  ).toMatch(/together are 180 MB; one message can carry up to 150 MB/);
  expect(failureWords('no-mailbox', { contact: 'Front door, 020 1234 5678' }, MAILBOX).todo).toBe(
    'Contact Front door, 020 1234 5678 to refer.',
  );
});

test('a send that cannot be confirmed never says it was not sent, and promises no second copy', () => {
  const words = failureWords('unconfirmed', {}, MAILBOX);
  expect(words.what).toContain(MAILBOX);
  expect(words.what).toMatch(/may already have been sent/);
  expect(words.what).not.toMatch(/not sent/i);
  expect(words.todo).toMatch(/will not send it again by itself/);
});

test('reading My referrals: known kinds in their own words, anything else in the general words', () => {
  expect(readFailureWords('offline').what).toMatch(/offline/);
  expect(readFailureWords('signed-out').todo).toMatch(/Sign in again/);
  expect(readFailureWords('no-such-kind')).toEqual(readFailureWords(undefined));
  expect(readFailureWords(42).todo).toMatch(/request id/);
});

test('waits read as people say them', () => {
  expect(waitWords(0.2)).toBe('1 second');
  expect(waitWords(45)).toBe('45 seconds');
  expect(waitWords(120)).toBe('2 minutes');
});

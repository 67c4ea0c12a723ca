import { isTokenHost, mailboxKeyOf } from '../../../src/graph/gateway/graph-hosts';
import { MailboxLimiter } from '../../../src/graph';

test('token hosts: Graph clouds and the custom hosts, over https only', () => {
  const custom = new Set(['localhost', 'sandbox.test:8443']);
  expect(isTokenHost('https://graph.microsoft.com/v1.0/me', new Set())).toBe(true);
  expect(isTokenHost('https://graph.microsoft.us/v1.0/me', new Set())).toBe(true);
  expect(isTokenHost('https://localhost:3000/graph/v1.0/me', custom)).toBe(true);
  expect(isTokenHost('https://sandbox.test:8443/x', custom)).toBe(true);
  expect(isTokenHost('https://sandbox.test/x', custom)).toBe(false);
  expect(isTokenHost('http://localhost:3000/graph/v1.0/me', custom)).toBe(false);
  expect(isTokenHost('https://outlook.office.com/api/v2.0/upload', custom)).toBe(false);
  expect(isTokenHost('https://graph.microsoft.com.evil.example/v1.0/me', custom)).toBe(false);
  expect(isTokenHost('not a url', custom)).toBe(false);
});

test('the mailbox of a URL: me, a user by id or UPN (lower-cased), or the resource', () => {
  expect(mailboxKeyOf('https://graph.microsoft.com/v1.0/me/messages')).toBe('me');
  expect(mailboxKeyOf('https://localhost:3000/graph/v1.0/users/Family.Hub.Referrals%40lewisham.gov.uk/messages')).toBe(
    'users/family.hub.referrals@lewisham.gov.uk',
  );
  expect(mailboxKeyOf("https://graph.microsoft.com/v1.0/users('ABC')/messages")).toBe('users/abc');
  expect(mailboxKeyOf('https://graph.microsoft.com/v1.0/$batch')).toBe('$batch');
  expect(mailboxKeyOf('https://graph.microsoft.com/v1.0/users/%E0%A4%A')).toBe('users/%e0%a4%a');
  expect(mailboxKeyOf('nope')).toBe('other');
});

test('the limiter hands a slot straight to the next waiter and refuses a silly limit', async () => {
  expect(() => new MailboxLimiter(0)).toThrow(RangeError);
  const limiter = new MailboxLimiter(1);
  const order: string[] = [];
  let release!: () => void;
  const first = limiter.run('a', () => new Promise<void>((r) => (release = () => (order.push('first'), r()))));
  const second = limiter.run('a', async () => void order.push('second'));
  await Promise.resolve();
  expect(limiter.inFlight('a')).toBe(1);
  release();
  await Promise.all([first, second]);
  expect(order).toEqual(['first', 'second']);
  expect(limiter.inFlight('a')).toBe(0);
  await expect(limiter.run('a', async () => Promise.reject(new Error('x')))).rejects.toThrow('x');
  expect(limiter.inFlight('a')).toBe(0);
});

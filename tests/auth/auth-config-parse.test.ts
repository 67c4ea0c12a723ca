// The page checks app-config.json by hand (no zod on the first screen); the zod schema stays the contract. These
// tests hold the two to the same answer on hand-picked and generated configurations.
import fc from 'fast-check';
import { checkAppConfig } from '../../src/auth/auth-config-parse';
import { appConfigSchema } from '../../src/auth/auth-config.schema';

const CLIENT_ID = '6f1d2c3b-4a5e-4f60-8b7a-9c0d1e2f3a4b';
const TRIAGE = {
  mailbox: 'parenting.courses@nottsc.gov.uk',
  displayName: 'Nottinghamshire parenting courses',
  teamId: 'c9b94db6-317c-59cd-a569-30dd5fbbe005',
  channelId: '19:4bb67fb335800731f965abb78efd6d12@thread.tacv2',
  deciderRole: 'parenting-coordinator',
};
const TENANT = 'https://login.microsoftonline.com/11111111-2222-3333-4444-555555555555';

function expectSameAnswer(raw: unknown): void {
  const zod = appConfigSchema.safeParse(raw);
  const mine = checkAppConfig(raw);
  expect({ raw, ok: mine.ok }).toEqual({ raw, ok: zod.success });
  if (mine.ok && zod.success) expect(mine.value).toEqual(zod.data);
  if (!mine.ok) expect(mine.problems.length).toBeGreaterThan(0);
}

describe('checkAppConfig agrees with appConfigSchema', () => {
  test.each([
    ['sandbox', { auth: { mode: 'sandbox' }, graph: { baseUrl: '/graph/v1.0' } }],
    [
      'msal',
      {
        auth: { mode: 'msal', clientId: CLIENT_ID, authority: TENANT },
        graph: { baseUrl: 'https://graph.microsoft.com/v1.0' },
      },
    ],
    [
      'msal with a bridge',
      {
        auth: { mode: 'msal', clientId: CLIENT_ID, authority: TENANT, redirectUri: 'https://x.test/auth-bridge.html' },
        graph: { baseUrl: '/g' },
      },
    ],
    [
      'padded https addresses',
      {
        auth: { mode: 'msal', clientId: CLIENT_ID, authority: `  ${TENANT}\t` },
        graph: { baseUrl: ' https://graph.microsoft.com/v1.0 ' },
      },
    ],
    [
      'an upper-case GUID',
      { auth: { mode: 'msal', clientId: CLIENT_ID.toUpperCase(), authority: TENANT }, graph: { baseUrl: '/' } },
    ],
    [
      'an http authority',
      {
        auth: { mode: 'msal', clientId: CLIENT_ID, authority: 'http://login.microsoftonline.com/x' },
        graph: { baseUrl: '/g' },
      },
    ],
    [
      'https without slashes',
      {
        auth: { mode: 'msal', clientId: CLIENT_ID, authority: 'https:login.microsoftonline.com' },
        graph: { baseUrl: '/g' },
      },
    ],
    [
      'a null redirect',
      { auth: { mode: 'msal', clientId: CLIENT_ID, authority: TENANT, redirectUri: null }, graph: { baseUrl: '/g' } },
    ],
    ['a protocol-relative Graph URL', { auth: { mode: 'sandbox' }, graph: { baseUrl: '//evil.example/v1.0' } }],
    ['a Graph path with a space', { auth: { mode: 'sandbox' }, graph: { baseUrl: '/graph /v1.0' } }],
    ['a javascript: Graph URL', { auth: { mode: 'sandbox' }, graph: { baseUrl: 'javascript:alert(1)' } }],
    ['a sandbox with a client id', { auth: { mode: 'sandbox', clientId: CLIENT_ID }, graph: { baseUrl: '/g' } }],
    ['an extra top-level field', { auth: { mode: 'sandbox' }, graph: { baseUrl: '/g' }, debug: true }],
    ['an extra graph field', { auth: { mode: 'sandbox' }, graph: { baseUrl: '/g', version: 'beta' } }],
    [
      'an address lookup with a key',
      {
        auth: { mode: 'sandbox' },
        graph: { baseUrl: '/g' },
        addressLookup: { baseUrl: 'https://api.os.uk', key: 'k' },
      },
    ],
    [
      'an address lookup on this origin',
      { auth: { mode: 'sandbox' }, graph: { baseUrl: '/g' }, addressLookup: { baseUrl: '/os' } },
    ],
    [
      'an address lookup over http',
      { auth: { mode: 'sandbox' }, graph: { baseUrl: '/g' }, addressLookup: { baseUrl: 'http://api.os.uk' } },
    ],
    [
      'an address lookup key with a space',
      { auth: { mode: 'sandbox' }, graph: { baseUrl: '/g' }, addressLookup: { baseUrl: '/os', key: 'a b' } },
    ],
    [
      'an address lookup with an extra field',
      { auth: { mode: 'sandbox' }, graph: { baseUrl: '/g' }, addressLookup: { baseUrl: '/os', secret: 's' } },
    ],
    ['an address lookup as a string', { auth: { mode: 'sandbox' }, graph: { baseUrl: '/g' }, addressLookup: '/os' }],
    ["the referrers' council", { auth: { mode: 'sandbox' }, graph: { baseUrl: '/g' }, council: 'E09000023' }],
    ['a council by name, not code', { auth: { mode: 'sandbox' }, graph: { baseUrl: '/g' }, council: 'Lewisham' }],
    ['a council as a number', { auth: { mode: 'sandbox' }, graph: { baseUrl: '/g' }, council: 9000023 }],
    ['triage mailboxes', { auth: { mode: 'sandbox' }, graph: { baseUrl: '/g' }, triage: { mailboxes: [TRIAGE] } }],
    [
      'a triage name with spaces around it',
      {
        auth: { mode: 'sandbox' },
        graph: { baseUrl: '/g' },
        triage: { mailboxes: [{ ...TRIAGE, displayName: '  N  ' }] },
      },
    ],
    ['no triage mailboxes', { auth: { mode: 'sandbox' }, graph: { baseUrl: '/g' }, triage: { mailboxes: [] } }],
    [
      'a triage mailbox without a team',
      { auth: { mode: 'sandbox' }, graph: { baseUrl: '/g' }, triage: { mailboxes: [{ ...TRIAGE, teamId: 'x' }] } },
    ],
    [
      'a triage channel that is not one',
      {
        auth: { mode: 'sandbox' },
        graph: { baseUrl: '/g' },
        triage: { mailboxes: [{ ...TRIAGE, channelId: '19:a b' }] },
      },
    ],
    [
      'a worker as the decider',
      {
        auth: { mode: 'sandbox' },
        graph: { baseUrl: '/g' },
        triage: { mailboxes: [{ ...TRIAGE, deciderRole: 'worker' }] },
      },
    ],
    [
      'a triage mailbox with the deciding group in it',
      {
        auth: { mode: 'sandbox' },
        graph: { baseUrl: '/g' },
        triage: { mailboxes: [{ ...TRIAGE, decidingGroupId: 'g' }] },
      },
    ],
    ['triage as a list', { auth: { mode: 'sandbox' }, graph: { baseUrl: '/g' }, triage: [TRIAGE] }],
    ['no mode', { auth: {}, graph: { baseUrl: '/g' } }],
    ['auth as a list', { auth: ['sandbox'], graph: { baseUrl: '/g' } }],
    ['graph as a string', { auth: { mode: 'sandbox' }, graph: '/g' }],
    ['null', null],
    ['an array', []],
    ['a number', 42],
  ])('%s', (_, raw) => expectSameAnswer(raw));

  test('on generated configurations, good and bad', () => {
    const url = fc.oneof(
      fc.constantFrom(
        TENANT,
        'https://graph.microsoft.com/v1.0',
        'http://x.test',
        'https:/x',
        '//x.test',
        '/graph/v1.0',
        '/',
        '/a b',
        'ftp://x',
        ' https://x.test ',
        'https://x.test/\n',
      ),
      fc.webUrl({ validSchemes: ['https', 'http'] }),
      fc.string(),
    );
    const auth = fc.oneof(
      fc.constant({ mode: 'sandbox' }),
      fc.record({ mode: fc.constant('msal'), clientId: fc.oneof(fc.uuid(), fc.string()), authority: url }),
      fc.record(
        {
          mode: fc.constant('msal'),
          clientId: fc.uuid(),
          authority: url,
          redirectUri: fc.oneof(url, fc.constant(null)),
        },
        { requiredKeys: ['mode', 'clientId', 'authority'] },
      ),
      fc.record({ mode: fc.constantFrom('sandbox', 'msal', 'magic'), extra: fc.string() }),
      fc.anything(),
    );
    const graph = fc.oneof(fc.record({ baseUrl: url }), fc.record({ baseUrl: url, more: fc.integer() }), fc.anything());
    const key = fc.oneof(fc.constantFrom('k3y-Abc_123', 'two words', '', 'é'), fc.string(), fc.constant(null));
    const addressLookup = fc.oneof(
      fc.record({ baseUrl: url, key }, { requiredKeys: ['baseUrl'] }),
      fc.record({ baseUrl: url, token: fc.string() }),
      fc.anything(),
    );
    const config = fc.oneof(
      fc.record({ auth, graph }),
      fc.record({ auth, graph, addressLookup }),
      fc.record({
        auth,
        graph,
        council: fc.oneof(fc.constantFrom('E09000023', 'e09000023', 'W06000015 '), fc.string()),
      }),
      fc.record({
        auth,
        graph,
        triage: fc.oneof(
          fc.record({
            mailboxes: fc.array(
              fc.record({
                mailbox: fc.oneof(fc.constantFrom(TRIAGE.mailbox, 'a@b', 'x y@z.test', '@z.test'), fc.emailAddress()),
                displayName: fc.oneof(fc.constant(TRIAGE.displayName), fc.string({ maxLength: 130 })),
                teamId: fc.oneof(fc.uuid(), fc.string()),
                channelId: fc.constantFrom(TRIAGE.channelId, '19:x@thread.skype', '19:x@thread.other', 'nope'),
                deciderRole: fc.constantFrom('team-manager', 'parenting-coordinator', 'worker'),
              }),
              { maxLength: 3 },
            ),
          }),
          fc.anything(),
        ),
      }),
      fc.record({ auth, graph }, { requiredKeys: [] }),
      fc.record({ auth, graph, other: fc.anything() }),
      fc.anything(),
    );
    fc.assert(
      fc.property(config, (raw) => expectSameAnswer(raw)),
      { numRuns: 2000 },
    );
  });
});

// People's addresses from the Teams roster: the bot emails from what the Bot Connector says of the team, so it needs
// no permission to read the directory's profiles.
import { connectorRoster, rosterAddresses, type TeamRosterPort } from '../../../src/bot/teams/team-roster';
import { FakeRoster, MANAGER, WORKER, WORKER_ADDRESS, binding } from '../support/fakes';

const CHANNEL = '19:referrals@thread.tacv2';
const ids = {
  mail: 'a0000000-0000-4000-8000-000000000001',
  upnOnly: 'a0000000-0000-4000-8000-000000000002',
  noAddress: 'a0000000-0000-4000-8000-000000000003',
  guest: 'a0000000-0000-4000-8000-000000000004',
  second: 'a0000000-0000-4000-8000-000000000005',
};

/** A Connector that answers two pages of TeamsChannelAccounts and counts its calls. */
function pagedConnector() {
  const calls: string[] = [];
  const pages: Record<string, unknown> = {
    first: {
      continuationToken: 'page-2',
      members: [
        {
          aadObjectId: ids.mail,
          name: 'Mo Mail',
          email: 'mo@council.example',
          userPrincipalName: 'mo.upn@council.example',
        },
        { aadObjectId: ids.upnOnly, name: 'Una Upn', email: null, userPrincipalName: 'una@council.example' },
        { aadObjectId: ids.noAddress, name: 'Nat Nobody', email: 'not an address', userPrincipalName: 'nat' },
        { aadObjectId: ids.guest, name: 'Gus Guest', email: 'gus@elsewhere.example', userRole: 'guest' },
      ],
    },
    'page-2': { members: [{ aadObjectId: ids.second, name: 'Sam Second', email: 'sam@council.example' }] },
  };
  const fetch = async (url: string) => {
    calls.push(url);
    const token = new URL(url).searchParams.get('continuationToken') ?? 'first';
    return new Response(JSON.stringify(pages[token]), { status: 200 });
  };
  const roster = connectorRoster({
    serviceUrl: 'https://smba.example/teams/',
    tokens: { getToken: async () => 'connector-token' },
    fetch,
  });
  return { roster, calls };
}

test('members carry the address Teams gives: their mail, else their sign-in name, never a non-address', async () => {
  const { roster } = pagedConnector();
  const members = await roster.members(CHANNEL, 100);
  expect(members).toEqual([
    { id: ids.mail, name: 'Mo Mail', address: 'mo@council.example' },
    { id: ids.noAddress, name: 'Nat Nobody' },
    { id: ids.second, name: 'Sam Second', address: 'sam@council.example' },
    { id: ids.upnOnly, name: 'Una Upn', address: 'una@council.example' },
  ]);
});

test('a lookup reads every page of the roster once, however many people it is asked for', async () => {
  const { roster, calls } = pagedConnector();
  const addressOf = rosterAddresses(roster, CHANNEL);
  expect(calls).toHaveLength(0);
  const found = await Promise.all(
    [ids.mail, ids.second, ids.upnOnly.toUpperCase(), ids.noAddress, ids.guest].map(addressOf),
  );
  expect(found).toEqual(['mo@council.example', 'sam@council.example', 'una@council.example', undefined, undefined]);
  expect(calls).toHaveLength(2);
  // A new lookup (the next decision) reads the roster again: addresses are not kept between pieces of work.
  await rosterAddresses(roster, CHANNEL)(ids.mail);
  expect(calls).toHaveLength(4);
});

test('a roster Teams will not give is logged without anyone’s details, and nobody has an address', async () => {
  const roster = new FakeRoster();
  roster.fail = true;
  const logged: unknown[][] = [];
  const addressOf = rosterAddresses(roster, binding.channelId, (...args) => logged.push(args));
  expect(await addressOf(WORKER)).toBeUndefined();
  expect(await addressOf(MANAGER)).toBeUndefined();
  expect(roster.reads).toEqual([binding.channelId]);
  expect(logged).toHaveLength(1);
  expect(String(logged[0]![0])).not.toContain(WORKER);
});

test('a team too large to page through, or another channel’s, gives no addresses', async () => {
  const tooMany: TeamRosterPort = { members: async () => 'too-many' };
  expect(await rosterAddresses(tooMany, binding.channelId)(WORKER)).toBeUndefined();
  const roster = new FakeRoster();
  expect(await rosterAddresses(roster, binding.channelId)(WORKER)).toBe(WORKER_ADDRESS);
  expect(await rosterAddresses(roster, '19:another@thread.tacv2')(WORKER)).toBeUndefined();
});

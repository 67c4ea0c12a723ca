// The bot against the sandbox's Graph with its own application token: it finds a referral the referrer filed,
// posts one card, checks the clicker's group in the directory, and decides through the Graph triage layer.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { fetch as undiciFetch } from 'undici';
import { handleTriageClick, type TriageActionDeps } from '../../src/bot/actions/triage-action';
import { GRAPH_APP_SCOPE, tokenEndpointSource } from '../../src/bot/auth/app-token-source';
import { graphTriage } from '../../src/bot/bot-runtime';
import { FileStorage } from '../../src/bot/storage/file-storage';
import { graphDirectory } from '../../src/bot/teams/deciding-group';
import { connectorRoster } from '../../src/bot/teams/team-roster';
import { MailboxWatcher } from '../../src/bot/watch/mailbox-watcher';
import { createGraphGateway, fileToMailbox, listMyReferrals, syncBoard } from '../../src/graph';
import { sandboxServiceBindings } from '../../src/sandbox/config/service-bindings';
import {
  LEWISHAM_MAILBOX,
  LEWISHAM_MANAGER,
  REFERRER,
  UndiciLink,
  WORKER,
  gatewayFor,
  requestFor,
  standardFiles,
  startHarness,
  type Harness,
} from '../graph/support';
import { FakeChannel, builtIn } from './support/fakes';

let h: Harness;
const folder = mkdtempSync(join(tmpdir(), 'bot-sandbox-'));
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
  rmSync(folder, { recursive: true, force: true });
});

function botParts() {
  const seed = h.sandbox.seed;
  const fetch = ((url: string, init?: RequestInit) =>
    undiciFetch(url, { ...(init ?? {}), dispatcher: h.dispatcher } as Parameters<
      typeof undiciFetch
    >[1])) as unknown as typeof globalThis.fetch;
  const tokens = tokenEndpointSource({ url: `${h.sandbox.origin}/sandbox/token`, appId: seed.bot.appId, fetch });
  // Every Graph path the bot asks for: it must never read a person's profile (`/users/{id}`, User.Read.All).
  const link = new UndiciLink(h.dispatcher);
  const graphPaths: string[] = [];
  link.before = (url) => void graphPaths.push(new URL(url).pathname);
  const graph = createGraphGateway({
    baseUrl: h.sandbox.graphBaseUrl,
    tokenSource: tokens,
    scopes: [GRAPH_APP_SCOPE],
    httpHandler: link,
  });
  const binding = sandboxServiceBindings(seed).find((b) => b.mailbox === LEWISHAM_MAILBOX)!;
  const storage = new FileStorage(mkdtempSync(join(folder, 'store-')));
  const channel = new FakeChannel();
  const now = () => new Date(h.clock.now);
  const common = { storage, channel, catalogue: builtIn, boardUrl: 'https://board.example/', now };
  const triage = graphTriage(graph);
  const watcher = (instanceId: string) =>
    new MailboxWatcher({ ...common, binding, triage, instanceId, reminderHour: 8 });
  // The team's roster from the sandbox's Bot Connector, with the bot's own token, as in Teams.
  const roster = connectorRoster({ serviceUrl: `${h.sandbox.origin}/botframework/`, tokens, fetch });
  const actions: TriageActionDeps = {
    ...common,
    bindings: [binding],
    triage,
    directory: graphDirectory(graph),
    roster,
  };
  const idOf = (upn: string) => seed.personas.find((p) => p.upn === upn)!.id;
  const profileReads = () => graphPaths.filter((p) => /\/users\/[^/]+$/.test(p));
  return { binding, channel, watcher, actions, idOf, roster, tokens, fetch, graphPaths, profileReads };
}

test('a filed referral gets one card from two instances, and a manager’s click decides it in the mailbox', async () => {
  const bot = botParts();
  const referralId = randomUUID();
  await fileToMailbox(gatewayFor(h, REFERRER).gateway, requestFor(referralId, LEWISHAM_MAILBOX, standardFiles()));

  await Promise.all([bot.watcher('one').tick(), bot.watcher('two').tick()]);
  const cards = bot.channel.posts.filter((p) => JSON.stringify(p.card).includes(referralId));
  expect(cards).toHaveLength(1);
  const card = cards[0]!;
  const click = {
    verb: 'triage.start-screening',
    data: { referralId, mailbox: LEWISHAM_MAILBOX, expectedVersion: 0 },
    replyToId: card.id,
    conversationId: `${bot.binding.channelId};messageid=${card.id}`,
  };

  const refused = await handleTriageClick(bot.actions, { ...click, userId: bot.idOf(WORKER) });
  expect(JSON.stringify(refused)).toContain('Only members of the service’s deciding group');

  const decided = await handleTriageClick(bot.actions, { ...click, userId: bot.idOf(LEWISHAM_MANAGER) });
  expect(JSON.stringify(decided)).toContain('"Status","value":"Screening"');
  const manager = gatewayFor(h, LEWISHAM_MANAGER).gateway;
  const rows = Object.values((await syncBoard(manager, LEWISHAM_MAILBOX)).rows);
  const row = rows.find((r) => r.referralId === referralId)!;
  expect(row.triage).toMatchObject({ state: 'screening', version: 1 });
  expect(row.triage.history[0]!.by).toEqual({ id: bot.idOf(LEWISHAM_MANAGER), role: 'team-manager' });

  // The same click again (a second manager on a stale card): told what changed, nothing written.
  const again = await handleTriageClick(bot.actions, { ...click, userId: bot.idOf(LEWISHAM_MANAGER) });
  expect(JSON.stringify(again)).toMatch(/changed this referral/);
});

test('a manager allocates from the card: the team comes from Teams, the mailbox records the worker, the referrer is told', async () => {
  const bot = botParts();
  const referralId = randomUUID();
  await fileToMailbox(gatewayFor(h, REFERRER).gateway, requestFor(referralId, LEWISHAM_MAILBOX, standardFiles()));
  await bot.watcher('one').tick();
  const card = bot.channel.posts.find((p) => JSON.stringify(p.card).includes(referralId))!;
  const click = (verb: string, data: Record<string, unknown> = {}) => ({
    verb,
    data: { referralId, mailbox: LEWISHAM_MAILBOX, expectedVersion: 0, ...data },
    userId: bot.idOf(LEWISHAM_MANAGER),
    replyToId: card.id,
    conversationId: `${bot.binding.channelId};messageid=${card.id}`,
  });
  await handleTriageClick(bot.actions, click('triage.start-screening'));

  // Screening can go straight to allocated: the list is the channel's team, as the sandbox's directory has it.
  const picker = await handleTriageClick(bot.actions, click('triage.choose-worker', { expectedVersion: 1 }));
  const list = JSON.stringify(picker);
  const team = h.sandbox.seed.personas.filter((p) => p.groups.includes(bot.binding.teamId));
  expect(team.map((p) => p.upn)).toEqual(expect.arrayContaining([WORKER, LEWISHAM_MANAGER]));
  for (const person of team) expect(list).toContain(`{"title":"${person.displayName}","value":"${person.id}"}`);
  expect(list).not.toContain(bot.idOf(REFERRER));

  // Riley is a real directory user, but not in the team: refused.
  const outsider = await handleTriageClick(
    bot.actions,
    click('triage.allocate', { expectedVersion: 1, workerId: bot.idOf(REFERRER) }),
  );
  expect(JSON.stringify(outsider)).toContain('not in this service’s team');

  const allocated = await handleTriageClick(
    bot.actions,
    click('triage.allocate', { expectedVersion: 1, workerId: bot.idOf(WORKER) }),
  );
  expect(JSON.stringify(allocated)).toContain('"title":"Allocated to","value":"Wren Worker"');
  expect(JSON.stringify(bot.channel.updates.at(-1)!.card)).toContain('"title":"Allocated to","value":"Wren Worker"');
  const manager = gatewayFor(h, LEWISHAM_MANAGER).gateway;
  const row = Object.values((await syncBoard(manager, LEWISHAM_MAILBOX)).rows).find(
    (r) => r.referralId === referralId,
  )!;
  expect(row.triage).toMatchObject({ state: 'allocated', version: 2, allocatedTo: bot.idOf(WORKER) });
  // The referrer's status email says allocated (My referrals reads the status from it).
  const referrer = gatewayFor(h, REFERRER).gateway;
  const mine = (await listMyReferrals(referrer)).find((r) => r.referralId === referralId);
  expect(Object.values(mine?.statuses ?? {})).toEqual([expect.objectContaining({ state: 'allocated' })]);
  // The worker is told, at the address Teams gave for them; the bot never read anyone's profile from the directory.
  const worker = gatewayFor(h, WORKER).gateway.client;
  const inbox = (await worker.api('/me/mailFolders/inbox/messages').select('subject').top(50).get()) as {
    value: { subject: string }[];
  };
  expect(inbox.value.map((m) => m.subject)).toContainEqual(expect.stringContaining('is allocated to you'));
  expect(bot.graphPaths.some((p) => p.includes('/sendMail'))).toBe(true);
  expect(bot.profileReads()).toEqual([]);
});

test('the roster pages through the Bot Connector, and a stranger to the team cannot read it', async () => {
  const bot = botParts();
  const members = await bot.roster.members(bot.binding.channelId, 200);
  if (members === 'too-many') throw new Error('The sandbox team is small.');
  // Each member comes with the address Teams gives (TeamsChannelAccount's email, else userPrincipalName).
  for (const m of members) expect(m.address).toBe(h.sandbox.seed.personas.find((p) => p.id === m.id)!.upn);
  const names = members.map((m) => m.name);
  expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en-GB')));
  expect(await bot.roster.members(bot.binding.channelId, 1)).toBe('too-many');
  await expect(bot.roster.members('19:nowhere@thread.tacv2', 200)).rejects.toThrow(/404/);

  const pages = async (query: string, token?: string) => {
    const bearer = token ?? (await bot.tokens.getToken(['https://api.botframework.com/.default']));
    return bot.fetch(
      `${h.sandbox.origin}/botframework/v3/conversations/${encodeURIComponent(bot.binding.channelId)}/pagedmembers${query}`,
      { headers: { authorization: `Bearer ${bearer}` } },
    );
  };
  const first = (await (await pages('?pageSize=1')).json()) as { members: unknown[]; continuationToken?: string };
  // Teams' smallest page is 50, so a page of one is a page of everyone in a small team.
  expect(first.members.length).toBe(members.length);
  expect(first.continuationToken).toBeUndefined();
  expect((await pages('?pageSize=x')).status).toBe(400);
  expect((await pages('?continuationToken=bm9wZQ')).status).toBe(400);
  expect((await pages('', 'not-a-token')).status).toBe(401);
});

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
import { MailboxWatcher } from '../../src/bot/watch/mailbox-watcher';
import { createGraphGateway, fileToMailbox, syncBoard } from '../../src/graph';
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
  const graph = createGraphGateway({
    baseUrl: h.sandbox.graphBaseUrl,
    tokenSource: tokens,
    scopes: [GRAPH_APP_SCOPE],
    httpHandler: new UndiciLink(h.dispatcher),
  });
  const binding = sandboxServiceBindings(seed).find((b) => b.mailbox === LEWISHAM_MAILBOX)!;
  const storage = new FileStorage(mkdtempSync(join(folder, 'store-')));
  const channel = new FakeChannel();
  const now = () => new Date(h.clock.now);
  const common = { storage, channel, catalogue: builtIn, boardUrl: 'https://board.example/', now };
  const triage = graphTriage(graph);
  const watcher = (instanceId: string) =>
    new MailboxWatcher({ ...common, binding, triage, instanceId, reminderHour: 8 });
  const actions: TriageActionDeps = { ...common, bindings: [binding], triage, directory: graphDirectory(graph) };
  const idOf = (upn: string) => seed.personas.find((p) => p.upn === upn)!.id;
  return { binding, channel, watcher, actions, idOf };
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

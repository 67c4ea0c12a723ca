// Extension approvals against the sandbox's Graph and Bot Connector: a worker's request travels from their own
// mailbox, the bot records it on the referral and posts the card in the referral's thread, and a team manager's
// click decides it; forged, replayed and self-approving clicks change nothing.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { fetch as undiciFetch } from 'undici';
import type { CardClick } from '../../../src/bot/actions/triage-action';
import { cardActionRoutes } from '../../../src/bot/bot-app';
import { GRAPH_APP_SCOPE, tokenEndpointSource } from '../../../src/bot/auth/app-token-source';
import { graphTriage } from '../../../src/bot/bot-runtime';
import { connectorThreads } from '../../../src/bot/extension/connector-rest';
import { handleExtensionClick } from '../../../src/bot/extension/extension-action';
import type { ExtensionDeps } from '../../../src/bot/extension/extension-deps';
import { extensionCardKey, type ExtensionCardRecord } from '../../../src/bot/extension/extension-records';
import { ExtensionWatcher } from '../../../src/bot/extension/extension-watcher';
import { graphMembers } from '../../../src/bot/extension/group-members';
import { readOne } from '../../../src/bot/storage/bot-storage';
import { FileStorage } from '../../../src/bot/storage/file-storage';
import { connectorRoster, rosterAddresses, type TeamRosterPort } from '../../../src/bot/teams/team-roster';
import { MailboxWatcher } from '../../../src/bot/watch/mailbox-watcher';
import { addCalendarDays, londonDate } from '../../../src/domain';
import { createGraphGateway, fileToMailbox } from '../../../src/graph';
import { readPlan, sendExtensionRequest, type ExtensionMessage } from '../../../src/graph/extension';
import { buildSandboxSeed } from '../../../src/sandbox/config/seed';
import { DEFAULT_SHARED_MAILBOXES } from '../../../src/sandbox/config/shared-mailboxes';
import { sandboxServiceBindings } from '../../../src/sandbox/config/service-bindings';
import { guidFromText } from '../../../src/sandbox/model/ids';
import {
  LEWISHAM_MAILBOX,
  LEWISHAM_MANAGER,
  REFERRER,
  SERVICE_MANAGER,
  UndiciLink,
  WORKER,
  gatewayFor,
  requestFor,
  servicesOf,
  standardFiles,
  startHarness,
  type Harness,
} from '../../graph/support';
import { FakeRoster, builtIn } from '../support/fakes';

const SECOND_MANAGER = 'manager2.lewisham@sandbox.test';
let h: Harness;
const folder = mkdtempSync(join(tmpdir(), 'extension-sandbox-'));

beforeAll(async () => {
  // The seeded directory plus a second Lewisham team manager, so one manager can ask and another decide.
  const seed = buildSandboxSeed(DEFAULT_SHARED_MAILBOXES);
  const first = seed.personas.find((p) => p.upn === LEWISHAM_MANAGER)!;
  const second = { ...first, upn: SECOND_MANAGER, displayName: 'Second manager', id: guidFromText('persona:m2') };
  h = await startHarness({ personas: [...seed.personas, second] });
});
afterAll(async () => {
  await h.close();
  rmSync(folder, { recursive: true, force: true });
});

const trustingFetch = () =>
  ((url: string, init?: RequestInit) =>
    undiciFetch(url, { ...(init ?? {}), dispatcher: h.dispatcher } as Parameters<
      typeof undiciFetch
    >[1])) as unknown as typeof globalThis.fetch;

/** The bot's parts; `teamWithout` leaves people out of the team's roster as Teams gives it. */
function bot(storage = new FileStorage(mkdtempSync(join(folder, 'store-'))), teamWithout: readonly string[] = []) {
  const seed = h.sandbox.seed;
  const tokens = tokenEndpointSource({
    url: `${h.sandbox.origin}/sandbox/token`,
    appId: seed.bot.appId,
    fetch: trustingFetch(),
  });
  // Every Graph path the bot asks for: it must never read a person's profile (`/users/{id}`, User.Read.All).
  const link = new UndiciLink(h.dispatcher);
  const graphPaths: string[] = [];
  link.before = (url) => void graphPaths.push(new URL(url).pathname);
  const connector = connectorRoster({
    serviceUrl: `${h.sandbox.origin}/botframework/`,
    tokens,
    fetch: trustingFetch(),
  });
  const left = new Set(teamWithout.map((upn) => seed.personas.find((p) => p.upn === upn)!.id));
  const roster: TeamRosterPort = {
    members: async (channelId, limit) => {
      const team = await connector.members(channelId, limit);
      return team === 'too-many' ? team : team.filter((m) => !left.has(m.id));
    },
  };
  const graph = createGraphGateway({
    baseUrl: h.sandbox.graphBaseUrl,
    tokenSource: tokens,
    scopes: [GRAPH_APP_SCOPE],
    httpHandler: link,
  });
  const binding = sandboxServiceBindings(seed).find((b) => b.mailbox === LEWISHAM_MAILBOX)!;
  const threads = connectorThreads({ serviceUrl: `${h.sandbox.origin}/botframework/`, tokens, fetch: trustingFetch() });
  const now = () => new Date(h.clock.now);
  const deps: ExtensionDeps = {
    bindings: [binding],
    storage,
    graph,
    directory: graphMembers(graph),
    threads,
    roster,
    boardUrl: 'https://board.example/?r={referral}',
    now,
    log: () => undefined,
  };
  const triageWatcher = new MailboxWatcher({
    binding,
    triage: graphTriage(graph),
    storage,
    channel: threads,
    catalogue: builtIn,
    boardUrl: deps.boardUrl,
    instanceId: 'one',
    now,
    reminderHour: 0,
  });
  const idOf = (upn: string) => seed.personas.find((p) => p.upn === upn)!.id;
  const profileReads = () => graphPaths.filter((p) => /\/users\/[^/]+$/.test(p));
  const watcher = new ExtensionWatcher(deps, binding, 0);
  return { deps, binding, graph, triageWatcher, watcher, idOf, profileReads };
}
type Bot = ReturnType<typeof bot>;

/** A filed referral with its triage card, screened and allocated to the worker by the manager. */
async function allocatedReferral(b: Bot): Promise<{ referralId: string; messageId: string }> {
  const referralId = randomUUID();
  await fileToMailbox(gatewayFor(h, REFERRER).gateway, requestFor(referralId, LEWISHAM_MAILBOX, standardFiles()));
  await b.triageWatcher.tick();
  const triage = graphTriage(b.graph);
  const row = Object.values((await triage.sync(LEWISHAM_MAILBOX)).rows).find((r) => r.referralId === referralId)!;
  const actor = { id: b.idOf(LEWISHAM_MANAGER), role: 'team-manager' as const };
  const now = new Date(h.clock.now);
  // As the bot's card click decides: the worker's address from the channel's team.
  const addressOf = rosterAddresses(b.deps.roster, b.binding.channelId);
  const base = { mailbox: LEWISHAM_MAILBOX, messageId: row.messageId, actor, now, addressOf };
  expect((await triage.decide({ ...base, move: { to: 'screening', expectedVersion: 0 } })).ok).toBe(true);
  const allocate = { to: 'allocated' as const, expectedVersion: 1, workerId: b.idOf(WORKER) };
  expect((await triage.decide({ ...base, move: allocate })).ok).toBe(true);
  return { referralId, messageId: row.messageId };
}

const today = () => londonDate(new Date(h.clock.now));

/** A request as the worker's form sends it: a plan started 75 days ago, asked to run four weeks past its review. */
function requestMessage(referralId: string, over: Partial<NonNullable<ExtensionMessage['request']>> = {}) {
  const start = addCalendarDays(today(), -75);
  return {
    referralId,
    planStartDate: start,
    request: {
      requestId: randomUUID(),
      currentEndDate: addCalendarDays(start, 84),
      proposedEndDate: addCalendarDays(start, 112),
      reason: 'Two sessions lost to illness.',
      progress: 'Routines in place; school attendance up.',
      leadProfessionalAgreement: { leadProfessional: 'Social worker, Team B', agreedOn: today() },
      ...over,
    },
  } satisfies ExtensionMessage;
}

async function channelReplies(b: Bot, referralId: string) {
  const client = await h.client(WORKER);
  const base = `/teams/${b.binding.teamId}/channels/${encodeURIComponent(b.binding.channelId)}/messages`;
  const roots = ((await client.api(base).get()) as { value: { id: string; attachments?: { content: string }[] }[] })
    .value;
  const root = roots.find((m) => (m.attachments ?? []).some((a) => (a.content ?? '').includes(referralId)))!;
  return (
    (await client.api(`${base}/${root.id}/replies`).get()) as {
      value: { id: string; body: { content: string }; attachments?: { content: string | null }[] }[];
    }
  ).value;
}

async function inboxOf(upn: string, subjectPart: string) {
  const client = await h.client(upn);
  const list = (await client.api('/me/mailFolders/inbox/messages').select('subject,hasAttachments').top(50).get()) as {
    value: { id: string; subject: string; hasAttachments?: boolean }[];
  };
  return list.value.filter((m) => m.subject.includes(subjectPart));
}

async function requested(b: Bot, msg: ExtensionMessage, sender = WORKER) {
  const serviceIds = servicesOf(LEWISHAM_MAILBOX, 1).map((s) => s.id);
  await sendExtensionRequest(gatewayFor(h, sender).gateway, { mailbox: LEWISHAM_MAILBOX, serviceIds, message: msg });
  return b.watcher.tick();
}

/** A click as the sandbox's channel delivers it: from the request's card in its thread, by `upn`. */
async function clickOf(b: Bot, referralId: string, requestId: string, verb: string, upn: string, extra = {}) {
  const key = extensionCardKey(LEWISHAM_MAILBOX, referralId, requestId);
  const record = await readOne<ExtensionCardRecord>(b.deps.storage, key);
  const click: CardClick = {
    verb,
    data: { referralId, mailbox: LEWISHAM_MAILBOX, requestId, ...extra },
    userId: b.idOf(upn),
    replyToId: record?.activityId,
    conversationId: record?.conversationId,
    channelId: 'msteams',
  };
  return click;
}

async function cardClick(b: Bot, referralId: string, requestId: string, verb: string, upn: string, extra = {}) {
  const click = await clickOf(b, referralId, requestId, verb, upn, extra);
  return { click, answer: JSON.stringify(await handleExtensionClick(b.deps, click)) };
}

async function planOf(b: Bot, messageId: string) {
  const read = await readPlan(b.graph, LEWISHAM_MAILBOX, messageId);
  if (read.stored.kind !== 'plan') throw new Error('no plan');
  return read.stored.plan;
}

test('a worker’s request is recorded and carded; a manager approves it; the card, the thread and both people are told', async () => {
  const b = bot();
  const { referralId, messageId } = await allocatedReferral(b);
  const msg = requestMessage(referralId);
  const requestId = msg.request.requestId;
  expect(await requested(b, msg)).toMatchObject({ applied: 1, refused: 0 });

  const pending = await planOf(b, messageId);
  expect(pending.startDate).toBe(msg.planStartDate);
  expect(pending.extensions).toEqual([
    expect.objectContaining({
      requestId,
      status: 'pending',
      requestedBy: { id: b.idOf(WORKER), role: 'worker' },
      progress: 'Routines in place; school attendance up.',
    }),
  ]);
  // The card is a reply in the referral's thread; managers (not the worker) get their own view by refresh.
  const [posted] = await channelReplies(b, referralId);
  const card = JSON.parse(posted!.attachments![0]!.content!) as { refresh: { userIds: string[] }; version: string };
  expect(card.version).toBe('1.5');
  expect(card.refresh.userIds).toEqual(expect.arrayContaining([b.idOf(LEWISHAM_MANAGER), b.idOf(SECOND_MANAGER)]));
  expect(card.refresh.userIds).not.toContain(b.idOf(WORKER));

  const refreshed = await cardClick(b, referralId, requestId, 'extension.refresh', LEWISHAM_MANAGER);
  expect(refreshed.answer).toContain('"verb":"extension.approve"');
  const workerView = await cardClick(b, referralId, requestId, 'extension.refresh', WORKER);
  expect(workerView.answer).not.toContain('"verb":"extension.approve"');

  const approved = await cardClick(b, referralId, requestId, 'extension.approve', LEWISHAM_MANAGER);
  expect(approved.answer).toContain('Approved by a team manager on');
  const after = await planOf(b, messageId);
  expect(after.extensions[0]).toMatchObject({
    status: 'approved',
    decidedBy: { id: b.idOf(LEWISHAM_MANAGER), role: 'team-manager' },
  });

  const replies = await channelReplies(b, referralId);
  expect(replies.find((r) => r.id === posted!.id)!.attachments![0]!.content).toContain('Approved by a team manager');
  expect(replies.some((r) => r.body.content.includes('was approved by a team manager'))).toBe(true);
  for (const upn of [WORKER, SERVICE_MANAGER]) {
    const mail = await inboxOf(upn, 'Extension approved for referral');
    expect(mail).toHaveLength(1);
    expect(mail[0]!.hasAttachments).toBe(true);
  }

  // A second approver, or the same click replayed: told who decided (by role and time), nothing written.
  const second = await cardClick(b, referralId, requestId, 'extension.approve', SECOND_MANAGER);
  expect(second.answer).toContain('This request was already approved by a team manager on');
  const replay = await cardClick(b, referralId, requestId, 'extension.decline', LEWISHAM_MANAGER, { comment: 'x' });
  expect(replay.answer).toContain('already approved');
  expect((await planOf(b, messageId)).version).toBe(after.version);
  expect(await inboxOf(WORKER, 'Extension')).toHaveLength(1);
  // Every address came from the team's roster: the bot read no one's profile from the directory.
  expect(b.profileReads()).toEqual([]);
});

test('a requester who left the team’s roster gets no email; the decision stands and the service manager is told', async () => {
  const storage = new FileStorage(mkdtempSync(join(folder, 'store-')));
  const b = bot(storage);
  const { referralId, messageId } = await allocatedReferral(b);
  const msg = requestMessage(referralId);
  const requestId = msg.request.requestId;
  const before = (await inboxOf(WORKER, 'Extension')).length;
  const told = (await inboxOf(SERVICE_MANAGER, 'Extension approved for referral')).length;
  expect(await requested(b, msg)).toMatchObject({ applied: 1 });
  // The worker leaves the team before a manager decides.
  const later = bot(storage, [WORKER]);
  const approved = await cardClick(later, referralId, requestId, 'extension.approve', LEWISHAM_MANAGER);
  expect(approved.answer).toContain('Approved by a team manager on');
  expect((await planOf(b, messageId)).extensions[0]!.status).toBe('approved');
  expect(await inboxOf(WORKER, 'Extension')).toHaveLength(before);
  expect(await inboxOf(SERVICE_MANAGER, 'Extension approved for referral')).toHaveLength(told + 1);
  expect([...b.profileReads(), ...later.profileReads()]).toEqual([]);
});

test('a request from someone outside the team’s roster is not recorded: the bot knows senders by the roster', async () => {
  const b = bot(undefined, [WORKER]);
  const { referralId, messageId } = await allocatedReferral(b);
  expect(await requested(b, requestMessage(referralId))).toMatchObject({ applied: 0, refused: 1 });
  const read = await readPlan(b.graph, LEWISHAM_MAILBOX, messageId);
  expect(read.stored.kind).not.toBe('plan');
  const replies = await channelReplies(b, referralId);
  expect(replies.some((r) => r.body.content.includes('Only the worker allocated to the referral'))).toBe(true);
  expect(b.profileReads()).toEqual([]);
});

test('forged clicks change nothing; a decline needs its comment, which reaches the worker as text', async () => {
  const b = bot();
  const { referralId, messageId } = await allocatedReferral(b);
  const other = await allocatedReferral(b);
  const msg = requestMessage(referralId);
  const requestId = msg.request.requestId;
  await requested(b, msg);
  const version = (await planOf(b, messageId)).version;

  const nonManager = await cardClick(b, referralId, requestId, 'extension.approve', SERVICE_MANAGER);

  expect(nonManager.answer).toContain('Only the service’s team managers can decide');
  const click = await clickOf(b, referralId, requestId, 'extension.approve', LEWISHAM_MANAGER);
  const forgedReferral = await handleExtensionClick(b.deps, {
    ...click,
    data: { ...(click.data as object), referralId: other.referralId },
  });
  expect(JSON.stringify(forgedReferral)).toContain('does not belong to this request’s card');
  const forgedRequest = await handleExtensionClick(b.deps, {
    ...click,
    data: { ...(click.data as object), requestId: randomUUID() },
  });
  expect(JSON.stringify(forgedRequest)).toContain('does not belong to this request’s card');
  const otherThread = await handleExtensionClick(b.deps, { ...click, replyToId: 'another-post' });
  expect(JSON.stringify(otherThread)).toContain('does not belong');
  const unknownVerb = await handleExtensionClick(b.deps, { ...click, verb: 'extension.delete' });
  expect(JSON.stringify(unknownVerb)).toContain('did not send a request Referral Card can act on');
  // The card's payload replayed on a triage verb: the triage route refuses it, nothing moves.
  const routes = cardActionRoutes(
    {
      bindings: b.deps.bindings,
      storage: b.deps.storage,
      triage: graphTriage(b.graph),
      directory: b.deps.directory,
      roster: new FakeRoster(),
      channel: b.deps.threads,
      catalogue: builtIn,
      boardUrl: b.deps.boardUrl,
      now: b.deps.now,
    },
    b.deps,
  );
  const triageVerb = routes.find((r) => r.verbs.test('triage.accept'))!;
  expect(JSON.stringify(await triageVerb.handle({ ...click, verb: 'triage.accept' }))).toMatch(
    /nothing was changed|did not send/i,
  );
  const noComment = await cardClick(b, referralId, requestId, 'extension.decline', LEWISHAM_MANAGER, { comment: ' ' });
  expect(noComment.answer).toContain('Say why the extension is declined.');
  expect((await planOf(b, messageId)).version).toBe(version);

  const hostile = '<script>alert(1)</script> **bold** {{DATE(2026-01-01)}}';
  const declined = await cardClick(b, referralId, requestId, 'extension.decline', LEWISHAM_MANAGER, {
    comment: hostile,
  });
  expect(declined.answer).toContain('Declined by a team manager on');
  expect(declined.answer).toContain(
    '"type":"TextRun","text":"<script>alert(1)</script> **bold** {\u200b{DATE(2026-01-01)}}"',
  );
  expect((await planOf(b, messageId)).extensions[0]).toMatchObject({ status: 'refused', decisionReason: hostile });
  expect(await inboxOf(WORKER, `Extension declined for referral`)).not.toHaveLength(0);
});

test('a manager cannot approve their own request; another manager can', async () => {
  const b = bot();
  const { referralId, messageId } = await allocatedReferral(b);
  const msg = requestMessage(referralId);
  const requestId = msg.request.requestId;
  expect(await requested(b, msg, LEWISHAM_MANAGER)).toMatchObject({ applied: 1 });
  expect((await planOf(b, messageId)).extensions[0]!.requestedBy).toEqual({
    id: b.idOf(LEWISHAM_MANAGER),
    role: 'team-manager',
  });
  const ownView = await cardClick(b, referralId, requestId, 'extension.refresh', LEWISHAM_MANAGER);
  expect(ownView.answer).not.toContain('"verb":"extension.approve"');
  const own = await cardClick(b, referralId, requestId, 'extension.approve', LEWISHAM_MANAGER);
  expect(own.answer).toContain('Another team manager must decide on a request you made yourself.');
  expect((await planOf(b, messageId)).extensions[0]!.status).toBe('pending');
  const other = await cardClick(b, referralId, requestId, 'extension.approve', SECOND_MANAGER);
  expect(other.answer).toContain('Approved by a team manager');
});

test('a request from someone not allocated to the referral is not recorded, and the thread says so', async () => {
  const b = bot();
  const { referralId, messageId } = await allocatedReferral(b);
  expect(await requested(b, requestMessage(referralId), SERVICE_MANAGER)).toMatchObject({ applied: 0, refused: 1 });
  expect((await readPlan(b.graph, LEWISHAM_MAILBOX, messageId)).stored.kind).toBe('none');
  const replies = await channelReplies(b, referralId);
  expect(replies.some((r) => r.body.content.includes('could not be recorded'))).toBe(true);
  // Applied once: the next tick finds nothing waiting.
  expect(await b.watcher.tick()).toMatchObject({ applied: 0, refused: 0 });
});

test('the 10-week reminder waits for the working day after a bank holiday, and is posted once', async () => {
  // Started Monday 19 October 2026: 10 weeks is Monday 28 December, the Boxing Day bank holiday (substitute day).
  h.clock.now = Date.parse('2026-12-28T10:00:00Z');
  const storage = new FileStorage(mkdtempSync(join(folder, 'store-')));
  const b = bot(storage);
  const { referralId } = await allocatedReferral(b);
  const serviceIds = servicesOf(LEWISHAM_MAILBOX, 1).map((s) => s.id);
  await sendExtensionRequest(gatewayFor(h, WORKER).gateway, {
    mailbox: LEWISHAM_MAILBOX,
    serviceIds,
    message: { referralId, planStartDate: '2026-10-19' },
  });
  expect(await b.watcher.tick()).toMatchObject({ applied: 1, reminded: 0 });
  h.clock.now = Date.parse('2026-12-29T10:00:00Z');
  const next = bot(storage);
  expect(await next.watcher.tick()).toMatchObject({ reminded: 1 });
  expect(await next.watcher.tick()).toMatchObject({ reminded: 0 });
  const replies = await channelReplies(next, referralId);
  expect(replies.filter((r) => r.body.content.includes('reached 10 weeks on 28 December 2026'))).toHaveLength(1);
});

test('with Outlook set up, each other manager gets an actionable message in their own mailbox, and can decide from it', async () => {
  const b = bot();
  const originator = '6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a0b';
  const deps = { ...b.deps, outlookOriginator: originator };
  const { referralId, messageId } = await allocatedReferral(b);
  const msg = requestMessage(referralId);
  const serviceIds = servicesOf(LEWISHAM_MAILBOX, 1).map((s) => s.id);
  await sendExtensionRequest(gatewayFor(h, LEWISHAM_MANAGER).gateway, {
    mailbox: LEWISHAM_MAILBOX,
    serviceIds,
    message: msg,
  });
  expect(await new ExtensionWatcher(deps, b.binding, 0).tick()).toMatchObject({ applied: 1 });

  // The requester (a manager here) gets none; the other manager gets the card in the message's HTML.
  const subject = `Plan extension for referral`;
  const reference = `RC-${referralId.slice(0, 8).toUpperCase()}`;
  expect((await inboxOf(LEWISHAM_MANAGER, subject)).filter((m) => m.subject.includes(reference))).toHaveLength(0);
  const [mail] = (await inboxOf(SECOND_MANAGER, subject)).filter((m) => m.subject.includes(reference));
  const client = await h.client(SECOND_MANAGER);
  const body = ((await client.api(`/me/messages/${mail!.id}`).select('body').get()) as { body: { content: string } })
    .body.content;
  const json = /<script type="application\/adaptivecard\+json">([\s\S]*?)<\/script>/.exec(body)![1]!;
  expect(JSON.parse(json)).toMatchObject({
    version: '1.4',
    originator,
    refresh: { action: { verb: 'extension.refresh' } },
  });

  // An Outlook click (no channel thread): the request must exist and the clicker must be a manager.
  const outlookClick = (upn: string, verb: string): CardClick => ({
    verb,
    data: { referralId, mailbox: LEWISHAM_MAILBOX, requestId: msg.request.requestId },
    userId: b.idOf(upn),
    channelId: 'outlook',
  });
  const worker = JSON.stringify(await handleExtensionClick(deps, outlookClick(WORKER, 'extension.approve')));
  expect(worker).toContain('Only the service’s team managers can decide');
  const approved = JSON.stringify(await handleExtensionClick(deps, outlookClick(SECOND_MANAGER, 'extension.approve')));
  expect(approved).toContain('"version":"1.4"');
  expect(approved).toContain('Approved by a team manager on');
  expect((await planOf(b, messageId)).extensions[0]!.status).toBe('approved');
  const reopened = JSON.stringify(await handleExtensionClick(deps, outlookClick(SECOND_MANAGER, 'extension.refresh')));
  expect(reopened).toContain('Approved by a team manager on');
  expect(reopened).not.toContain('"verb":"extension.approve"');
  expect(b.profileReads()).toEqual([]);
});

test('with Outlook set up, a manager missing from the team’s roster gets no actionable message', async () => {
  const b = bot(undefined, [SECOND_MANAGER]);
  const deps = { ...b.deps, outlookOriginator: '6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a0b' };
  const { referralId } = await allocatedReferral(b);
  const msg = requestMessage(referralId);
  const serviceIds = servicesOf(LEWISHAM_MAILBOX, 1).map((s) => s.id);
  await sendExtensionRequest(gatewayFor(h, WORKER).gateway, { mailbox: LEWISHAM_MAILBOX, serviceIds, message: msg });
  expect(await new ExtensionWatcher(deps, b.binding, 0).tick()).toMatchObject({ applied: 1 });
  const reference = `RC-${referralId.slice(0, 8).toUpperCase()}`;
  const mailFor = async (upn: string) =>
    (await inboxOf(upn, 'Plan extension for referral')).filter((m) => m.subject.includes(reference));
  expect(await mailFor(LEWISHAM_MANAGER)).toHaveLength(1);
  expect(await mailFor(SECOND_MANAGER)).toHaveLength(0);
  expect(b.profileReads()).toEqual([]);
});

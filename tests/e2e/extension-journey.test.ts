// A plan extension from the board to a decision, in the browser against the sandbox with the bot's watchers run in
// this process: a referral filed to Lewisham's NVR is screened and allocated to Wren Worker on the board (Wren is
// emailed the allocation notice from the service mailbox); the referral's "Plan and extension" section sends a
// request from the signed-in manager's own mailbox; the bot records it and posts the approval card in the referral's
// thread; a second team manager approves; the decision is on the referral, the card says so, and the board's section
// shows the new end. Then Wren's own path: the notice opened in Outlook (Office.js stubbed in read mode) shows the
// plan form instead of a new referral; Wren's request is recorded as the worker's and the team manager approves it.
// axe-core at 1280 and 320 px, with screenshots in E2E_SHOTS_DIR (else the temp folder's referral-card-e2e-shots).
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { Agent, fetch as undiciFetch } from 'undici';
import { GRAPH_APP_SCOPE, tokenEndpointSource } from '../../src/bot/auth/app-token-source';
import { graphTriage } from '../../src/bot/bot-runtime';
import { connectorThreads } from '../../src/bot/extension/connector-rest';
import { handleExtensionClick } from '../../src/bot/extension/extension-action';
import type { ExtensionDeps } from '../../src/bot/extension/extension-deps';
import { extensionCardKey, type ExtensionCardRecord } from '../../src/bot/extension/extension-records';
import { ExtensionWatcher } from '../../src/bot/extension/extension-watcher';
import { graphMembers } from '../../src/bot/extension/group-members';
import { readOne } from '../../src/bot/storage/bot-storage';
import { FileStorage } from '../../src/bot/storage/file-storage';
import { connectorRoster } from '../../src/bot/teams/team-roster';
import { MailboxWatcher } from '../../src/bot/watch/mailbox-watcher';
import { catalogue } from '../../src/catalogues';
import { addCalendarDays, londonDate, ukLongDate } from '../../src/domain';
import { createGraphGateway } from '../../src/graph';
import { readPlan } from '../../src/graph/extension';
import { sandboxServiceBindings } from '../../src/sandbox/config/service-bindings';
import type { Sandbox } from '../../src/sandbox/sandbox';
import { UndiciLink } from '../graph/support';
import { expectNoAxeViolations } from './support/axe';
import { boardPath, boardRow, decideOnBoard, openBoard } from './support/board-view';
import { filedReferralMessage } from './support/filed-message';
import { useFilingE2e, type FilingE2e } from './support/filing-e2e';

const LEWISHAM = 'Family.Hub.Referrals@lewisham.gov.uk';
const MANAGER_UPN = 'manager.lewisham@sandbox.test';
const WORKER_UPN = 'wren.worker@sandbox.test';
const SERVICE_MANAGER_UPN = 'sam.servicemanager@sandbox.test';
/** The sandbox's second team manager of every service: the manager who sends the request from the board cannot approve it. */
const MORGAN = { upn: 'morgan.manager@sandbox.test', displayName: 'Morgan Manager' } as const;

const e2e = useFilingE2e({
  pages: ['board.html', 'outlook.html'],
});

function shotsDir(): string {
  const dir = process.env.E2E_SHOTS_DIR ?? join(tmpdir(), 'referral-card-e2e-shots');
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** Graph as a persona over the sandbox's certificate: a GET, or a POST with a body. */
function graphAs(sandbox: Sandbox, dispatcher: Agent) {
  const call = (path: string, init: Record<string, unknown> = {}) =>
    undiciFetch(`${sandbox.origin}${path}`, { ...init, dispatcher } as Parameters<typeof undiciFetch>[1]);
  return async (upn: string, path: string, body?: unknown) => {
    const token = await call('/sandbox/token', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ upn }),
    });
    const { access_token } = (await token.json()) as { access_token: string };
    return call(`/graph/v1.0${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { authorization: `Bearer ${access_token}`, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  };
}

/** The bot's triage and extension watchers and its click handler, on one store, with the sandbox's Graph and channel. */
function extensionBot(sandbox: Sandbox, dispatcher: Agent, clock: { now: number }) {
  const fetchVia = ((url: string, init?: RequestInit) =>
    undiciFetch(url, { ...(init ?? {}), dispatcher } as Parameters<
      typeof undiciFetch
    >[1])) as unknown as typeof globalThis.fetch;
  const seed = sandbox.seed;
  const tokens = tokenEndpointSource({
    url: `${sandbox.origin}/sandbox/token`,
    appId: seed.bot.appId,
    fetch: fetchVia,
  });
  const graph = createGraphGateway({
    baseUrl: sandbox.graphBaseUrl,
    tokenSource: tokens,
    scopes: [GRAPH_APP_SCOPE],
    httpHandler: new UndiciLink(dispatcher),
  });
  const binding = sandboxServiceBindings(seed).find((b) => b.mailbox.toLowerCase() === LEWISHAM.toLowerCase())!;
  const threads = connectorThreads({ serviceUrl: `${sandbox.origin}/botframework/`, tokens, fetch: fetchVia });
  const storage = new FileStorage(mkdtempSync(join(tmpdir(), 'extension-journey-')));
  const now = () => new Date(clock.now);
  const deps: ExtensionDeps = {
    bindings: [binding],
    storage,
    graph,
    directory: graphMembers(graph),
    threads,
    roster: connectorRoster({ serviceUrl: `${sandbox.origin}/botframework/`, tokens, fetch: fetchVia }),
    boardUrl: `${sandbox.origin}/board.html?referral={referral}&mailbox={mailbox}`,
    now,
    log: () => undefined,
  };
  const triage = new MailboxWatcher({
    binding,
    triage: graphTriage(graph),
    storage,
    channel: threads,
    catalogue,
    boardUrl: deps.boardUrl,
    instanceId: 'journey',
    now,
    reminderHour: 0,
  });
  return { deps, graph, triage, plans: new ExtensionWatcher(deps, binding, 0) };
}

/** Files a referral to Lewisham's NVR as Riley, as the card does (its properties and referral.json). */
async function fileReferral(graph: ReturnType<typeof graphAs>): Promise<{ referralId: string; reference: string }> {
  const { referralId, reference, message } = filedReferralMessage({ mailbox: LEWISHAM, serviceId: 'lewisham.nvr' });
  const res = await graph('riley.referrer@sandbox.test', '/me/sendMail', { message });
  if (res.status !== 202) throw new Error(`sendMail answered ${res.status}: ${await res.text()}`);
  return { referralId, reference };
}

const planSection = (page: Page): Locator => page.getByRole('region', { name: 'Plan and extension' });

async function fillRequest(page: Page, start: string, proposed: string, agreed: string): Promise<void> {
  const section = planSection(page);
  // Dates as a worker types them; the field reads them back in words.
  const uk = (iso: string) => iso.split('-').reverse().join('/');
  await section.getByLabel(/Date the plan started/).fill(uk(start));
  await section.getByLabel(/New end date/).fill(uk(proposed));
  await section.getByLabel(/Why the plan needs longer/).fill('Two sessions lost to illness; <b>not bold</b>.');
  await section.getByLabel(/Progress so far/).fill('Routines in place; school attendance up.');
  await section.getByLabel(/Lead professional who agreed/).fill('Social worker, Team B');
  await section.getByLabel(/Date they agreed/).fill(uk(agreed));
}

test('allocated on the board, a request from the plan section is carded by the bot and approved by another manager', async () => {
  const t: FilingE2e = e2e();
  const dispatcher = new Agent({ connect: { ca: t.sandbox.certificatePem } });
  try {
    const graph = graphAs(t.sandbox, dispatcher);
    const bot = extensionBot(t.sandbox, dispatcher, t.clock);
    const manager = t.sandbox.seed.personas.find((p) => p.upn === MANAGER_UPN)!;
    const { referralId, reference } = await fileReferral(graph);
    await bot.triage.tick();

    await t.page.setViewportSize({ width: 1280, height: 900 });
    await openBoard(t.page, t.url(boardPath(LEWISHAM)), manager.displayName);
    await boardRow(t.page, reference).click();
    await t.page.getByRole('heading', { level: 1, name: `Referral ${reference}` }).waitFor();
    // Not allocated yet: no plan section.
    await expect(planSection(t.page).count()).resolves.toBe(0);
    await decideOnBoard(t.page, 'Start screening');
    await t.page.getByText('Saved: the referral is now screening.').waitFor();
    await decideOnBoard(t.page, 'Accept and allocate to a worker', async (p) => {
      await p.getByRole('combobox', { name: /Worker/ }).selectOption({ label: 'Wren Worker' });
    });
    await t.page
      .getByText(
        /^Saved: the referral is now allocated to a worker\..* The worker has been emailed that it is theirs\.$/,
      )
      .waitFor();

    // Wren cannot open the service mailbox: the allocation notice comes to Wren's own, from the service's.
    const inbox = (await (await graph(WORKER_UPN, '/me/mailFolders/inbox/messages?$select=subject,from')).json()) as {
      value: { subject: string; from: { emailAddress: { address: string } } }[];
    };
    const notice = inbox.value.filter(
      (m) => m.subject === `OFFICIAL-SENSITIVE: Referral ${reference} is allocated to you`,
    );
    expect(notice).toHaveLength(1);
    expect(notice[0]!.from.emailAddress.address.toLowerCase()).toBe(LEWISHAM.toLowerCase());

    const section = planSection(t.page);
    await section.getByText('No plan start is recorded yet.').waitFor();
    const today = londonDate(new Date(t.clock.now));
    const start = addCalendarDays(today, -75);
    const proposed = addCalendarDays(start, 112);
    // Keyboard: the send button is reached by Tab from the last field.
    await fillRequest(t.page, start, proposed, today);
    await section.getByLabel(/Date they agreed/).focus();
    await t.page.keyboard.press('Tab');
    await expect(
      section.getByRole('button', { name: 'Send the request' }).evaluate((b) => b === document.activeElement),
    ).resolves.toBe(true);
    await t.page.keyboard.press('Enter');
    await section.getByText(/^Sent\. A team manager will see the request/).waitFor();
    await expectNoAxeViolations(t.page, 'the plan section at 1280 px');
    await section.screenshot({ path: join(shotsDir(), 'plan-section-1280.png') });
    await t.page.setViewportSize({ width: 320, height: 720 });
    await expectNoAxeViolations(t.page, 'the plan section at 320 px');
    await section.screenshot({ path: join(shotsDir(), 'plan-section-320.png') });

    // The bot's next round records the request and posts the approval card in the referral's thread.
    expect(await bot.plans.tick()).toMatchObject({ applied: 1, refused: 0 });
    const board = await graphTriage(bot.graph).sync(LEWISHAM);
    const row = Object.values(board.rows).find((r) => r.referralId === referralId)!;
    const pending = await readPlan(bot.graph, LEWISHAM, row.messageId);
    if (pending.stored.kind !== 'plan') throw new Error('the request was not recorded');
    const request = pending.stored.plan.extensions[0]!;
    expect(request).toMatchObject({ status: 'pending', requestedBy: { id: manager.id, role: 'team-manager' } });
    expect(request.reason).toBe('Two sessions lost to illness; <b>not bold</b>.');

    const record = await readOne<ExtensionCardRecord>(
      bot.deps.storage,
      extensionCardKey(LEWISHAM, referralId, request.requestId),
    );
    expect(record?.activityId).toBeTruthy();
    const click = (upn: string, verb: string) => ({
      verb,
      data: { referralId, mailbox: LEWISHAM, requestId: request.requestId },
      userId: t.sandbox.seed.personas.find((p) => p.upn === upn)!.id,
      replyToId: record!.activityId,
      conversationId: record!.conversationId,
      channelId: 'msteams',
    });
    // The manager who asked cannot approve; the other manager can.
    expect(JSON.stringify(await handleExtensionClick(bot.deps, click(MANAGER_UPN, 'extension.approve')))).toContain(
      'Another team manager must decide on a request you made yourself.',
    );
    const approved = JSON.stringify(await handleExtensionClick(bot.deps, click(MORGAN.upn, 'extension.approve')));
    expect(approved).toContain('Approved by a team manager on');

    const after = await readPlan(bot.graph, LEWISHAM, row.messageId);
    if (after.stored.kind !== 'plan') throw new Error('the plan went');
    const morgan = t.sandbox.seed.personas.find((p) => p.upn === MORGAN.upn)!;
    expect(after.stored.plan.extensions[0]).toMatchObject({
      status: 'approved',
      decidedBy: { id: morgan.id, role: 'team-manager' },
    });
    const told = (await (
      await graph(SERVICE_MANAGER_UPN, '/me/mailFolders/inbox/messages?$select=subject')
    ).json()) as { value: { subject: string }[] };
    expect(told.value.filter((m) => m.subject.includes(`Extension approved for referral ${reference}`))).toHaveLength(
      1,
    );

    // The board, opened again, shows the plan as it now runs.
    await t.page.setViewportSize({ width: 1280, height: 900 });
    await t.page.getByRole('button', { name: 'Back to the board' }).click();
    await t.page.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'All referrals' });
    await boardRow(t.page, reference).click();
    await planSection(t.page)
      .getByText(`The plan started on ${ukLongDate(start)} and runs to ${ukLongDate(proposed)} now.`)
      .waitFor();
  } finally {
    await dispatcher.close();
  }
});

/** Office.js in Outlook's read mode with one message open (its id as Graph's: convertToRestId hands it back). */
function outlookReadingStub(itemId: string, from: string): string {
  const item = {
    itemType: 'message',
    itemId,
    subject: 'Allocation notice',
    from: { displayName: 'Lewisham Family Hub referrals', emailAddress: from },
    attachments: [],
  };
  return `(() => {
  const ok = (value) => ({ status: 'succeeded', value });
  const info = Object.freeze({ host: 'Outlook', platform: 'OfficeOnline' });
  const kept = {};
  const item = Object.assign(${JSON.stringify(item)}, { body: { getAsync: (_c, cb) => cb(ok('The notice.')) } });
  window.Office = {
    HostType: { Outlook: 'Outlook' },
    CoercionType: { Text: 'text', Html: 'html' },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    EventType: { ItemChanged: 'olkItemSelectedChanged' },
    MailboxEnums: { RestVersion: { v2_0: 'v2.0' } },
    context: {
      requirements: { isSetSupported: (name, v) => name === 'Mailbox' && ['1.1', '1.2', '1.3'].includes(v || '1.1') },
      mailbox: {
        userProfile: { displayName: 'Wren Worker', emailAddress: 'wren.worker@sandbox.test' },
        item,
        convertToRestId: (id) => id,
      },
      roamingSettings: {
        get: (k) => kept[k],
        set: (k, v) => { kept[k] = v; },
        remove: (k) => { delete kept[k]; },
        saveAsync: (cb) => cb && cb(ok(undefined)),
      },
    },
    onReady(callback) {
      return Promise.resolve(info).then((i) => { if (typeof callback === 'function') callback(i); return i; });
    },
  };
})();`;
}

test('Wren opens the allocation notice in Outlook: the plan form is there, and Wren’s request is approved', async () => {
  const t: FilingE2e = e2e();
  const dispatcher = new Agent({ connect: { ca: t.sandbox.certificatePem } });
  try {
    const graph = graphAs(t.sandbox, dispatcher);
    const bot = extensionBot(t.sandbox, dispatcher, t.clock);
    const personId = (upn: string) => t.sandbox.seed.personas.find((p) => p.upn === upn)!.id;
    const { referralId, reference } = await fileReferral(graph);
    await bot.triage.tick();
    // Allocated by the manager (here through the bot's Graph, as a card click would): the notice goes to Wren.
    const triage = graphTriage(bot.graph);
    const row = Object.values((await triage.sync(LEWISHAM)).rows).find((r) => r.referralId === referralId)!;
    const base = {
      mailbox: LEWISHAM,
      messageId: row.messageId,
      actor: { id: personId(MANAGER_UPN), role: 'team-manager' as const },
      now: new Date(t.clock.now),
    };
    await triage.decide({ ...base, move: { to: 'screening', expectedVersion: 0 } });
    const allocated = await triage.decide({
      ...base,
      move: { to: 'allocated', expectedVersion: 1, workerId: personId(WORKER_UPN) },
    });
    expect(allocated).toMatchObject({ ok: true, allocationNoticeSent: true });
    const inbox = (await (await graph(WORKER_UPN, '/me/mailFolders/inbox/messages?$select=id,subject')).json()) as {
      value: { id: string; subject: string }[];
    };
    const notice = inbox.value.find((m) => m.subject.endsWith(`Referral ${reference} is allocated to you`))!;

    await t.page.setViewportSize({ width: 320, height: 720 });
    await t.page.route(/appsforoffice\.microsoft\.com\/lib\/.*\/office(\.debug)?\.js/, (route) =>
      route.fulfill({ status: 200, contentType: 'text/javascript', body: outlookReadingStub(notice.id, LEWISHAM) }),
    );
    await t.page.goto(t.url('/outlook.html'));
    const wren = t.page.getByRole('radio', { name: /^Wren Worker/ });
    await wren.check();
    await t.page.getByRole('button', { name: 'Sign in as Wren Worker' }).click();
    await t.page.getByRole('heading', { level: 1, name: `Referral ${reference} is allocated to you` }).waitFor();
    const section = planSection(t.page);
    await section.getByRole('button', { name: 'Send the request' }).waitFor();
    const today = londonDate(new Date(t.clock.now));
    const start = addCalendarDays(today, -75);
    await fillRequest(t.page, start, addCalendarDays(start, 98), today);
    await section.getByRole('button', { name: 'Send the request' }).click();
    await section.getByText(/^Sent\. A team manager will see the request/).waitFor();
    await expectNoAxeViolations(t.page, 'the plan form from an allocation notice at 320 px');
    await t.page.screenshot({ path: join(shotsDir(), 'plan-outlook-320.png'), fullPage: true });

    // Sent from Wren's own mailbox: recorded as the worker's request; the team manager may approve it.
    expect(await bot.plans.tick()).toMatchObject({ applied: 1, refused: 0 });
    const read = await readPlan(bot.graph, LEWISHAM, row.messageId);
    if (read.stored.kind !== 'plan') throw new Error('the request was not recorded');
    const request = read.stored.plan.extensions[0]!;
    expect(request.requestedBy).toEqual({ id: personId(WORKER_UPN), role: 'worker' });
    const record = await readOne<ExtensionCardRecord>(
      bot.deps.storage,
      extensionCardKey(LEWISHAM, referralId, request.requestId),
    );
    const approved = await handleExtensionClick(bot.deps, {
      verb: 'extension.approve',
      data: { referralId, mailbox: LEWISHAM, requestId: request.requestId },
      userId: personId(MANAGER_UPN),
      replyToId: record!.activityId,
      conversationId: record!.conversationId,
      channelId: 'msteams',
    });
    expect(JSON.stringify(approved)).toContain('Approved by a team manager on');
    const told = (await (await graph(WORKER_UPN, '/me/mailFolders/inbox/messages?$select=subject')).json()) as {
      value: { subject: string }[];
    };
    expect(told.value.filter((m) => m.subject.includes(`Extension approved for referral ${reference}`))).toHaveLength(
      1,
    );
  } finally {
    await dispatcher.close();
  }
});

'use strict';
// The triage bot's card-action handling time: an `adaptiveCard/action` invoke posted to the bot's endpoint, as
// Teams posts it, until the bot answers with the redrawn card. Each click is handled the real way: the Agents SDK
// (CloudAdapter, AgentApplication), the payload check, the deciding group read from the directory, the decision
// through the Graph triage layer (read, write, read back, status message) and the card updated for everyone
// through the Bot Connector, all against the in-process sandbox. Only the token signature is left out (the bot
// runs in its development mode, unsigned on loopback); checking it with cached keys costs about a millisecond.
// Needs `npm run build:node` (npm run bench does it).
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { randomUUID } = require('node:crypto');
const { Agent, setGlobalDispatcher } = require('undici');

const ROOT = path.resolve(__dirname, '..');
const dist = (p) => require(path.join(ROOT, 'dist/node', p));
const REFERRALS = Number(process.env.BENCH_BOT_REFERRALS || 40);
const BUDGET_P95_MS = 300;
const REFERRER = 'riley.referrer@sandbox.test';
const MANAGER = 'manager.lewisham@sandbox.test';
const MAILBOX = 'Family.Hub.Referrals@lewisham.gov.uk';

const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

/** A persona's Graph gateway through the sandbox's dev sign-in. */
function personaGateway(sandbox, upn) {
  const { createGraphGateway } = dist('graph/index.js');
  const tokenSource = {
    async getToken() {
      const res = await fetch(`${sandbox.origin}/sandbox/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ upn }),
      });
      return (await res.json()).access_token;
    },
  };
  return createGraphGateway({ baseUrl: sandbox.graphBaseUrl, tokenSource, scopes: ['Mail.Send'] });
}

async function fileReferrals(sandbox, count) {
  const { fileToMailbox } = dist('graph/index.js');
  const { catalogue } = dist('catalogues/index.js');
  const { referenceFor } = dist('domain/index.js');
  const referrer = personaGateway(sandbox, REFERRER);
  const json = fs.readFileSync(path.join(ROOT, 'docs/examples/referral.json'));
  const service = catalogue.services.find((s) => s.mailbox && s.mailbox.toLowerCase() === MAILBOX.toLowerCase());
  const file = (id, name, contentType, bytes) => ({
    id,
    name,
    contentType,
    size: bytes.length,
    read: async () => bytes,
  });
  for (let i = 0; i < count; i += 1) {
    const referralId = randomUUID();
    const reference = referenceFor(referralId);
    await fileToMailbox(referrer, {
      referralId,
      reference,
      schemaVersion: 1,
      kind: 'referral',
      services: [{ id: service.id, name: service.name }],
      mailbox: MAILBOX,
      subject: `OFFICIAL-SENSITIVE: Referral ${reference} – ${service.name}`,
      htmlBody: `<p>Referral ${reference}</p>`,
      files: [file('referral-json', 'referral.json', 'application/json', json)],
    });
  }
}

function botEnv(sandbox, storeDir) {
  const { sandboxServiceBindings } = dist('sandbox/config/service-bindings.js');
  const o = sandbox.origin;
  return {
    REFERRAL_CARD_BOT_ID: sandbox.seed.bot.appId,
    REFERRAL_CARD_TENANT_ID: sandbox.seed.tenantId,
    REFERRAL_CARD_SERVICE_BINDINGS: JSON.stringify(sandboxServiceBindings(sandbox.seed)),
    REFERRAL_CARD_BOT_GRAPH_URL: `${o}/graph/`,
    REFERRAL_CARD_BOT_SERVICE_URL: `${o}/botframework/`,
    REFERRAL_CARD_BOT_BOARD_URL: `${o}/board.html?referral={referral}`,
    REFERRAL_CARD_BOT_TOKENS: 'token-endpoint',
    REFERRAL_CARD_BOT_TOKEN_URL: `${o}/sandbox/token`,
    REFERRAL_CARD_BOT_INBOUND: 'anonymous-loopback',
    REFERRAL_CARD_BOT_STORE: 'file',
    REFERRAL_CARD_BOT_STORE_DIR: storeDir,
    REFERRAL_CARD_BOT_PORT: '0',
  };
}

function invoke(sandbox, binding, card, verb, data, userId) {
  return {
    type: 'invoke',
    name: 'adaptiveCard/action',
    id: randomUUID(),
    channelId: 'msteams',
    serviceUrl: `${sandbox.origin}/botframework/`,
    from: { id: `29:${userId}`, aadObjectId: userId, name: 'Manager' },
    recipient: { id: `28:${sandbox.seed.bot.appId}` },
    conversation: { id: card.conversationId, conversationType: 'channel', tenantId: sandbox.seed.tenantId },
    channelData: { tenant: { id: sandbox.seed.tenantId }, channel: { id: binding.channelId } },
    replyToId: card.activityId,
    value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
  };
}

async function main() {
  const { createSandbox } = dist('sandbox/sandbox.js');
  const { parseBotEnv } = dist('bot/config/bot-config.js');
  const { assembleBot } = dist('bot/bot-runtime.js');
  const { cardActionRoutes, createBotApplication } = dist('bot/bot-app.js');
  const { startBotServer } = dist('bot/server/bot-server.js');
  const { cardKey } = dist('bot/watch/card-records.js');
  const { readOne } = dist('bot/storage/bot-storage.js');

  const sandbox = await createSandbox({ log: () => undefined });
  setGlobalDispatcher(new Agent({ connect: { ca: sandbox.certificatePem } }));
  const storeDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bot-bench-'));
  const log = (m, e) => console.error(`[bot] ${m}${e ? `: ${e.message ?? e}` : ''}`);
  const bot = assembleBot(parseBotEnv(botEnv(sandbox, storeDir)), log);
  const app = createBotApplication(bot.adapter, cardActionRoutes(bot.actions), log);
  const server = await startBotServer({
    app,
    adapter: bot.adapter,
    authConfig: bot.authConfig,
    host: '127.0.0.1',
    port: 0,
  });
  try {
    await fileReferrals(sandbox, REFERRALS);
    const binding = bot.actions.bindings.find((b) => b.mailbox === MAILBOX);
    const watcher = bot.watchers[bot.actions.bindings.indexOf(binding)];
    const tick = await watcher.tick();
    const managerId = sandbox.seed.personas.find((p) => p.upn === MANAGER).id;
    const sync = await bot.actions.triage.sync(MAILBOX);
    const times = [];
    let refused = 0;
    for (const row of Object.values(sync.rows)) {
      const card = await readOne(bot.actions.storage, cardKey(MAILBOX, row.referralId));
      if (!card || card.status !== 'posted') continue;
      const target = { referralId: row.referralId, mailbox: MAILBOX };
      for (const [verb, version] of [
        ['triage.start-screening', 0],
        ['triage.accept', 1],
      ]) {
        const body = invoke(sandbox, binding, card, verb, { ...target, expectedVersion: version }, managerId);
        const started = performance.now();
        const res = await fetch(server.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        });
        const answer = await res.json();
        times.push(performance.now() - started);
        if (answer.type !== 'application/vnd.microsoft.card.adaptive') refused += 1;
      }
    }
    times.sort((a, b) => a - b);
    const p95 = pct(times, 95);
    console.log(`cards posted: ${tick.posted} for ${REFERRALS} referrals filed`);
    console.log(`card actions: ${times.length} clicks, ${refused} not decided`);
    console.log(
      `  p50 ${pct(times, 50).toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, max ${times[times.length - 1].toFixed(1)} ms`,
    );
    console.log(
      `card-action handling p95: ${Math.round(p95)} ms (budget ${BUDGET_P95_MS} ms) ${p95 <= BUDGET_P95_MS ? 'PASS' : 'OVER'}`,
    );
    if (refused > 0 || tick.posted !== REFERRALS) process.exitCode = 1;
  } finally {
    await server.close();
    await sandbox.close();
    fs.rmSync(storeDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});

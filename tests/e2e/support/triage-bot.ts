// The triage bot in the test's process, set up for the sandbox with the settings `npm start` gives it
// (scripts/start-all.js): parsed by parseBotEnv, assembled by assembleBot, served by startBotServer behind the Agents
// SDK's JWT check, so the sandbox's signed card clicks reach it as Teams' would. Its rounds over the mailboxes are run
// by the test (`watch()`), not on a timer, so a card appears exactly when the test says the bot has looked.
import { mkdtempSync, rmSync } from 'node:fs';
import { globalAgent } from 'node:https';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { clearJwksClients } from '@microsoft/agents-hosting';
import { Agent, fetch as undiciFetch } from 'undici';
import { cardActionRoutes, createBotApplication } from '../../../src/bot/bot-app';
import { assembleBot } from '../../../src/bot/bot-runtime';
import { parseBotEnv, type BotEnvironment } from '../../../src/bot/config/bot-config';
import { startBotServer, type RunningServer } from '../../../src/bot/server/bot-server';
import type { TickResult } from '../../../src/bot/watch/mailbox-watcher';
import { sandboxServiceBindings } from '../../../src/sandbox/config/service-bindings';
import type { Sandbox, SandboxOptions } from '../../../src/sandbox/sandbox';
import { SETUP_MS } from './e2e';

export type BotInstance = {
  /** One round over `mailbox` (default every bound mailbox): new referrals get their card; throws if any failed. */
  watch(mailbox?: string): Promise<TickResult[]>;
};

export type TriageBotFixture = {
  /** For useFilingE2e: the sandbox sends card clicks to the bot's endpoint, reserved before either starts. */
  sandboxOptions(): Promise<Partial<SandboxOptions>>;
  /** The bot answering card clicks (started on first use, against this sandbox). */
  running(sandbox: Sandbox): Promise<BotInstance>;
  /** Another instance on the same store, as a second bot process would be: it only watches. */
  another(sandbox: Sandbox): Promise<BotInstance>;
};

/** A free loopback port, asked of the system and let go, for the bot to listen on a moment later. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** The bot's settings for the sandbox: what scripts/start-all.js passes it, with this test's port and store. */
export function botEnvFor(sandbox: Sandbox, port: number, storeDir: string) {
  const { origin, seed } = sandbox;
  return parseBotEnv({
    REFERRAL_CARD_BOT_ID: seed.bot.appId,
    REFERRAL_CARD_TENANT_ID: seed.tenantId,
    REFERRAL_CARD_SERVICE_BINDINGS: JSON.stringify(sandboxServiceBindings(seed)),
    REFERRAL_CARD_BOT_GRAPH_URL: `${origin}/graph/`,
    REFERRAL_CARD_BOT_SERVICE_URL: `${origin}/botframework/`,
    REFERRAL_CARD_BOT_BOARD_URL: `${origin}/board.html?referral={referral}&mailbox={mailbox}`,
    REFERRAL_CARD_BOT_TOKENS: 'token-endpoint',
    REFERRAL_CARD_BOT_TOKEN_URL: `${origin}/sandbox/token`,
    REFERRAL_CARD_BOT_INBOUND: 'jwt',
    REFERRAL_CARD_BOT_AUTHORITY: `${origin}/sandbox/login/${seed.tenantId}`,
    REFERRAL_CARD_BOT_STORE: 'file',
    REFERRAL_CARD_BOT_STORE_DIR: storeDir,
    REFERRAL_CARD_BOT_PORT: String(port),
  });
}

/**
 * Makes this process trust the sandbox's self-signed certificate, as NODE_EXTRA_CA_CERTS does for `npm start`'s bot:
 * fetch to the sandbox goes through an undici Agent with its certificate (the SDK's connector client, the Graph
 * client and the token source use the global fetch), and the https agent (the SDK's key download) trusts it too.
 * Returns the undo.
 */
function trustSandbox(sandbox: Sandbox): () => Promise<void> {
  const dispatcher = new Agent({ connect: { ca: sandbox.certificatePem } });
  const original = globalThis.fetch;
  globalThis.fetch = ((input: string | URL | Request, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!url.startsWith(`${sandbox.origin}/`)) return original(input, init);
    return undiciFetch(url, { ...(init ?? {}), dispatcher } as Parameters<typeof undiciFetch>[1]);
  }) as typeof fetch;
  const ca = globalAgent.options.ca;
  globalAgent.options.ca = sandbox.certificatePem;
  return async () => {
    globalThis.fetch = original;
    if (ca === undefined) delete globalAgent.options.ca;
    else globalAgent.options.ca = ca;
    clearJwksClients();
    await dispatcher.close();
  };
}

const log = (message: string, error?: unknown) =>
  console.warn(`[bot] ${message}${error instanceof Error ? `: ${error.message}` : ''}`);

/** assembleBot makes one watcher per binding, in the bindings' order. */
function instanceOf(bot: ReturnType<typeof assembleBot>, env: BotEnvironment): BotInstance {
  const bindings = env.REFERRAL_CARD_SERVICE_BINDINGS;
  return {
    async watch(mailbox) {
      const rounds = await Promise.all(
        bot.watchers
          .filter((_, i) => !mailbox || bindings[i]?.mailbox.toLowerCase() === mailbox.toLowerCase())
          .map((w) => w.tick()),
      );
      // The watcher logs a failure and carries on (the next round tries again); a test wants it at once.
      const failed = rounds.reduce((n, r) => n + r.failed, 0);
      if (failed > 0) throw new Error(`The bot's round failed for ${failed} referral(s): see the [bot] lines above.`);
      return rounds;
    },
  };
}

/** Registers the jest hooks; the bot and its store live until the file's last test. */
export function useTriageBot(): TriageBotFixture {
  const storeDir = mkdtempSync(join(tmpdir(), 'triage-bot-'));
  const closers: (() => Promise<void>)[] = [];
  let port: number | undefined;
  let served: Promise<BotInstance> | undefined;

  const assemble = (sandbox: Sandbox) => {
    if (closers.length === 0) closers.push(trustSandbox(sandbox));
    const env = botEnvFor(sandbox, port ?? 0, storeDir);
    return { env, bot: assembleBot(env, log) };
  };

  const serve = async (sandbox: Sandbox): Promise<BotInstance> => {
    const { env, bot } = assemble(sandbox);
    const app = createBotApplication(bot.adapter, cardActionRoutes(bot.actions, bot.extension), log);
    const server: RunningServer = await startBotServer({
      app,
      adapter: bot.adapter,
      authConfig: bot.authConfig,
      host: '127.0.0.1',
      port: port ?? 0,
      log,
    });
    closers.push(() => server.close());
    return instanceOf(bot, env);
  };

  afterAll(async () => {
    for (const close of closers.reverse()) await close();
    rmSync(storeDir, { recursive: true, force: true });
  }, SETUP_MS);

  return {
    async sandboxOptions() {
      port = await freePort();
      return { botEndpoint: `http://127.0.0.1:${port}/api/messages` };
    },
    running(sandbox) {
      served ??= serve(sandbox);
      return served;
    },
    async another(sandbox) {
      const { env, bot } = assemble(sandbox);
      return instanceOf(bot, env);
    },
  };
}

import { EnvironmentError } from '../auth/auth-config-env';
import { cardActionRoutes, createBotApplication } from './bot-app';
import { assembleBot, type Log } from './bot-runtime';
import { parseBotEnv } from './config/bot-config';
import { startBotServer } from './server/bot-server';
import { botHealthChecks, configurationSummary, createHealth, releaseVersion } from './server/health';

// `node dist/node/bot/main.js`: the triage bot, configured by REFERRAL_CARD_* environment variables.

const log: Log = (message, error) => {
  const detail = error instanceof Error ? `: ${error.message}` : error === undefined ? '' : `: ${String(error)}`;
  console.error(`[bot] ${message}${detail}`);
};

/** Each mailbox in turn, then a pause; a failing mailbox is logged and tried again next round. */
function watchForever(watchers: readonly { tick(): Promise<unknown> }[], pollMs: number): () => void {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  const round = async () => {
    for (const watcher of watchers) {
      try {
        await watcher.tick();
      } catch (error) {
        log('Could not read a referral mailbox', error);
      }
    }
    if (!stopped) timer = setTimeout(() => void round(), pollMs);
  };
  void round();
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}

async function main(): Promise<void> {
  let env;
  try {
    env = parseBotEnv(process.env);
  } catch (error) {
    if (!(error instanceof EnvironmentError)) throw error;
    console.error(error.message);
    process.exitCode = 2;
    return;
  }
  const bot = assembleBot(env, log);
  const app = createBotApplication(bot.adapter, cardActionRoutes(bot.actions, bot.extension), log);
  const server = await startBotServer({
    app,
    adapter: bot.adapter,
    authConfig: bot.authConfig,
    host: env.REFERRAL_CARD_BOT_HOST,
    port: env.REFERRAL_CARD_BOT_PORT,
    log,
    health: createHealth({
      version: releaseVersion(),
      configuration: configurationSummary(env),
      checks: botHealthChecks(env, bot),
    }),
  });
  const stop = watchForever([...bot.watchers, ...bot.extensionWatchers], env.REFERRAL_CARD_BOT_POLL_SECONDS * 1000);
  console.warn(`[bot] Listening on ${server.url}; watching ${bot.watchers.length} referral mailbox(es).`);
  const shutdown = () => {
    stop();
    void server.close().then(() => process.exit(0));
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

void main();

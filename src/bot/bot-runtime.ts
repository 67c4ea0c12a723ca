import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { BlobServiceClient } from '@azure/storage-blob';
import { CloudAdapter, getAuthConfigWithDefaults, type AuthConfiguration } from '@microsoft/agents-hosting';
import { catalogue } from '../catalogues';
import { createGraphGateway, type GraphGateway } from '../graph';
import { decide, readRow, syncBoard } from '../graph/triage';
import {
  clientCredentialsSource,
  GRAPH_APP_SCOPE,
  tokenEndpointSource,
  type AppTokenSource,
} from './auth/app-token-source';
import { appAuthProvider, appConnections } from './auth/bot-connections';
import type { BotEnvironment } from './config/bot-config';
import { BlobStorage } from './storage/blob-storage';
import type { BotStorage } from './storage/bot-storage';
import { FileStorage } from './storage/file-storage';
import { connectorChannel } from './teams/channel-port';
import { graphDirectory } from './teams/deciding-group';
import { connectorRoster } from './teams/team-roster';
import type { TriagePort } from './triage/triage-port';
import type { TriageActionDeps } from './actions/triage-action';
import { MailboxWatcher } from './watch/mailbox-watcher';
import { connectorThreads } from './extension/connector-rest';
import type { ExtensionDeps } from './extension/extension-deps';
import { ExtensionWatcher } from './extension/extension-watcher';
import { graphMembers } from './extension/group-members';

export type Log = (message: string, error?: unknown) => void;

export function tokensOf(env: BotEnvironment): AppTokenSource {
  return env.REFERRAL_CARD_BOT_TOKENS === 'token-endpoint'
    ? tokenEndpointSource({ url: env.REFERRAL_CARD_BOT_TOKEN_URL, appId: env.REFERRAL_CARD_BOT_ID })
    : clientCredentialsSource({
        clientId: env.REFERRAL_CARD_BOT_ID,
        clientSecret: env.REFERRAL_CARD_BOT_CLIENT_SECRET,
        tenantId: env.REFERRAL_CARD_TENANT_ID,
      });
}

export function storageOf(env: BotEnvironment, cwd = process.cwd()): BotStorage {
  if (env.REFERRAL_CARD_BOT_STORE === 'file')
    return new FileStorage(path.resolve(cwd, env.REFERRAL_CARD_BOT_STORE_DIR));
  const service = BlobServiceClient.fromConnectionString(env.REFERRAL_CARD_BOT_BLOB_CONNECTION);
  return new BlobStorage(service.getContainerClient(env.REFERRAL_CARD_BOT_BLOB_CONTAINER));
}

/** The Graph triage layer with the bot's application token. */
export function graphTriage(g: GraphGateway): TriagePort {
  return {
    sync: (mailbox, previous) => syncBoard(g, mailbox, previous as Parameters<typeof syncBoard>[2]),
    readRow: (mailbox, messageId) => readRow(g, mailbox, messageId),
    decide: (input) => decide(g, input),
  };
}

/** How calls into the bot are checked: the bot's app id as audience, the configured authority's keys and issuers. */
export function inboundAuthOf(env: BotEnvironment): AuthConfiguration {
  if (env.REFERRAL_CARD_BOT_INBOUND === 'anonymous-loopback') return getAuthConfigWithDefaults({});
  const issuers = env.REFERRAL_CARD_BOT_ISSUERS?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return getAuthConfigWithDefaults({
    clientId: env.REFERRAL_CARD_BOT_ID,
    ...(env.REFERRAL_CARD_TENANT_ID ? { tenantId: env.REFERRAL_CARD_TENANT_ID } : {}),
    ...(env.REFERRAL_CARD_BOT_AUTHORITY ? { authority: env.REFERRAL_CARD_BOT_AUTHORITY } : {}),
    ...(issuers && issuers.length > 0 ? { issuers } : {}),
  });
}

/** The extension cards' deps: the Bot Connector over fetch for replies in threads, the deciding group's members. */
function extensionDeps(
  env: BotEnvironment,
  parts: Pick<ExtensionDeps, 'bindings' | 'storage' | 'roster' | 'boardUrl' | 'now' | 'log'> & {
    graph: ReturnType<typeof createGraphGateway>;
    tokens: AppTokenSource;
  },
): ExtensionDeps {
  const { graph, tokens, ...rest } = parts;
  return {
    ...rest,
    graph,
    directory: graphMembers(graph),
    threads: connectorThreads({
      serviceUrl: env.REFERRAL_CARD_BOT_SERVICE_URL,
      tokens,
      ...(env.REFERRAL_CARD_TENANT_ID ? { tenantId: env.REFERRAL_CARD_TENANT_ID } : {}),
    }),
    ...(env.REFERRAL_CARD_OUTLOOK_ORIGINATOR ? { outlookOriginator: env.REFERRAL_CARD_OUTLOOK_ORIGINATOR } : {}),
  };
}

/** Everything the bot runs on, from its settings: the adapter, the card-action deps and one watcher per mailbox. */
export function assembleBot(env: BotEnvironment, log: Log) {
  const tokens = tokensOf(env);
  const graph = createGraphGateway({
    baseUrl: env.REFERRAL_CARD_BOT_GRAPH_URL,
    tokenSource: tokens,
    scopes: [GRAPH_APP_SCOPE],
  });
  const triage = graphTriage(graph);
  const storage = storageOf(env);
  const channel = connectorChannel({
    serviceUrl: env.REFERRAL_CARD_BOT_SERVICE_URL,
    tokens,
    ...(env.REFERRAL_CARD_TENANT_ID ? { tenantId: env.REFERRAL_CARD_TENANT_ID } : {}),
  });
  const authConfig = inboundAuthOf(env);
  const adapter = new CloudAdapter(authConfig);
  adapter.connectionManager = appConnections(appAuthProvider(tokens, authConfig));
  const now = () => new Date();
  const bindings = env.REFERRAL_CARD_SERVICE_BINDINGS;
  const boardUrl = env.REFERRAL_CARD_BOT_BOARD_URL;
  // People's addresses come from here too, for the bot's emails: it has no Graph permission to read their profiles.
  const roster = connectorRoster({ serviceUrl: env.REFERRAL_CARD_BOT_SERVICE_URL, tokens });
  const actions: TriageActionDeps = {
    bindings,
    storage,
    triage,
    directory: graphDirectory(graph),
    roster,
    channel,
    catalogue,
    boardUrl,
    now,
    log,
  };
  const instanceId = randomUUID();
  const watchers = bindings.map(
    (binding) =>
      new MailboxWatcher({
        binding,
        triage,
        storage,
        channel,
        roster,
        catalogue,
        boardUrl,
        instanceId,
        now,
        reminderHour: env.REFERRAL_CARD_BOT_REMINDER_HOUR,
        log,
      }),
  );
  const extension = extensionDeps(env, { bindings, storage, roster, graph, tokens, boardUrl, now, log });
  const extensionWatchers = bindings.map(
    (binding) => new ExtensionWatcher(extension, binding, env.REFERRAL_CARD_BOT_REMINDER_HOUR),
  );
  return { adapter, authConfig, actions, watchers, graph, storage, extension, extensionWatchers };
}

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isGraphFailure, type GraphGateway } from '../../graph';
import type { BotEnvironment } from '../config/bot-config';
import type { BotStorage } from '../storage/bot-storage';

// The bot's health: its release, what it was configured with (never a secret), and whether Microsoft Graph and its
// storage answer. Monitoring polls it, so each check has a short time limit and one answer serves a few seconds.

export type HealthCheck = {
  readonly name: string;
  /** What is checked, in words for the administrator. */
  readonly label: string;
  readonly run: () => Promise<unknown>;
};

export type CheckResult = {
  readonly name: string;
  readonly label: string;
  readonly reachable: boolean;
  readonly milliseconds: number;
  readonly problem?: string;
};

export type ConfigurationSummary = Readonly<Record<string, string | number | readonly Record<string, string>[]>>;

export type HealthReport = {
  readonly status: 'ok' | 'failing';
  readonly version: string;
  readonly checkedAt: string;
  readonly configuration: ConfigurationSummary;
  readonly checks: readonly CheckResult[];
};

export const CHECK_TIMEOUT_MS = 3000;
// Long enough that a burst of requests to the page costs one round of checks, short enough to see a fix at once.
export const REPORT_CACHE_MS = 10_000;
/** The stored item the storage check writes; the bot reads it nowhere else. */
export const HEALTH_STORAGE_KEY = 'health-check';

class CheckTimeout extends Error {}

/** Why a check failed, from the error's status and code only: messages can quote addresses or keys. */
export function describeFailure(error: unknown): string {
  if (error instanceof CheckTimeout) return error.message;
  // The Graph gateway turns a token it could not get into this kind, before any request is sent.
  if (isGraphFailure(error) && error.kind === 'signed-out')
    return "The bot could not get a token for it: check the bot's app id, tenant and secret.";
  const e = (error ?? {}) as { statusCode?: unknown; status?: unknown; code?: unknown; errorCode?: unknown };
  const cause = (error as { cause?: { code?: unknown } } | undefined)?.cause;
  const status = typeof e.statusCode === 'number' ? e.statusCode : typeof e.status === 'number' ? e.status : undefined;
  const code = [e.code, e.errorCode, cause?.code].find((c) => typeof c === 'string' && /^[\w.-]{1,64}$/.test(c));
  if (status !== undefined) return `It answered with an error: HTTP ${status}${code ? ` (${String(code)})` : ''}.`;
  if (code) return `It could not be reached (${String(code)}).`;
  if (isGraphFailure(error)) return `It could not be reached (${error.kind}).`;
  return 'It could not be reached.';
}

/** One check, stopped waiting for after `timeoutMs`. */
export async function runCheck(check: HealthCheck, timeoutMs: number): Promise<CheckResult> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    const seconds = Math.round(timeoutMs / 100) / 10;
    timer = setTimeout(() => reject(new CheckTimeout(`It did not answer within ${seconds} seconds.`)), timeoutMs);
  });
  const result = { name: check.name, label: check.label };
  try {
    await Promise.race([check.run(), timeout]);
    return { ...result, reachable: true, milliseconds: Math.round(performance.now() - started) };
  } catch (error) {
    const milliseconds = Math.round(performance.now() - started);
    return { ...result, reachable: false, milliseconds, problem: describeFailure(error) };
  } finally {
    clearTimeout(timer);
  }
}

export type HealthOptions = {
  readonly version: string;
  readonly configuration: ConfigurationSummary;
  readonly checks: readonly HealthCheck[];
  readonly timeoutMs?: number;
  readonly cacheMs?: number;
  readonly now?: () => Date;
};

/** The report, with every check run side by side; callers within `cacheMs` of a round share its answer. */
export function createHealth(options: HealthOptions): () => Promise<HealthReport> {
  const now = options.now ?? (() => new Date());
  const cacheMs = options.cacheMs ?? REPORT_CACHE_MS;
  let last: { at: number; report: Promise<HealthReport> } | undefined;
  const round = async (): Promise<HealthReport> => {
    const checkedAt = now().toISOString();
    const checks = await Promise.all(options.checks.map((c) => runCheck(c, options.timeoutMs ?? CHECK_TIMEOUT_MS)));
    const status = checks.every((c) => c.reachable) ? 'ok' : 'failing';
    return { status, version: options.version, checkedAt, configuration: options.configuration, checks };
  };
  return () => {
    const at = now().getTime();
    if (!last || at - last.at >= cacheMs || at < last.at) last = { at, report: round() };
    return last.report;
  };
}

/** Where a token endpoint or storage lives, without its query (a SAS) or credentials. */
const addressOnly = (value: string) => {
  const url = URL.canParse(value) ? new URL(value) : undefined;
  return url ? `${url.origin}${url.pathname}` : '(not a web address)';
};

/** The Blob Storage account a connection string names; the string itself holds a key or a SAS. */
export function storageAccountOf(connection: string): string {
  if (/^https?:\/\//i.test(connection.trim())) return addressOnly(connection.trim());
  const parts = new Map(
    connection
      .split(';')
      .map((p) => p.split(/=(.*)/s, 2).map((s) => s.trim()) as [string, string | undefined])
      .map(([k, v]) => [k.toLowerCase(), v ?? ''] as const),
  );
  if (parts.get('usedevelopmentstorage') === 'true') return 'the local storage emulator';
  const endpoint = parts.get('blobendpoint');
  if (endpoint) return addressOnly(endpoint);
  return parts.get('accountname') ? `account ${parts.get('accountname')}` : '(an account the summary cannot name)';
}

function storageSummary(env: BotEnvironment): string {
  if (env.REFERRAL_CARD_BOT_STORE === 'file') return `files in ${env.REFERRAL_CARD_BOT_STORE_DIR}`;
  const account = storageAccountOf(env.REFERRAL_CARD_BOT_BLOB_CONNECTION);
  return `Azure Blob Storage, container ${env.REFERRAL_CARD_BOT_BLOB_CONTAINER} (${account})`;
}

/** The settings an administrator checks the bot against; secrets (client secret, storage keys, SAS) are left out. */
export function configurationSummary(env: BotEnvironment): ConfigurationSummary {
  const tokens =
    env.REFERRAL_CARD_BOT_TOKENS === 'token-endpoint'
      ? `token endpoint ${addressOnly(env.REFERRAL_CARD_BOT_TOKEN_URL)}`
      : 'Entra ID client credentials (secret set, not shown)';
  const inbound =
    env.REFERRAL_CARD_BOT_INBOUND === 'jwt'
      ? `signed calls only${env.REFERRAL_CARD_BOT_AUTHORITY ? `, keys from ${env.REFERRAL_CARD_BOT_AUTHORITY}` : ''}`
      : 'unsigned calls on loopback (development only)';
  return {
    botId: env.REFERRAL_CARD_BOT_ID,
    tenantId: env.REFERRAL_CARD_TENANT_ID ?? '(not set)',
    graph: env.REFERRAL_CARD_BOT_GRAPH_URL,
    botConnector: env.REFERRAL_CARD_BOT_SERVICE_URL,
    tokens,
    inbound,
    storage: storageSummary(env),
    pollSeconds: env.REFERRAL_CARD_BOT_POLL_SECONDS,
    reminderHour: env.REFERRAL_CARD_BOT_REMINDER_HOUR,
    mailboxes: env.REFERRAL_CARD_SERVICE_BINDINGS.map((b) => ({
      mailbox: b.mailbox,
      teamId: b.teamId,
      channelId: b.channelId,
      decidingGroupId: b.decidingGroupId,
    })),
  };
}

/**
 * One Graph check per referral mailbox (its Inbox, with the bot's application token: this also shows the mailbox is
 * in the bot's Exchange scope), and one write to the storage, which is what the bot needs from it.
 */
export function botHealthChecks(
  env: BotEnvironment,
  parts: { readonly graph: GraphGateway; readonly storage: BotStorage },
  now: () => Date = () => new Date(),
): HealthCheck[] {
  const mailboxChecks = env.REFERRAL_CARD_SERVICE_BINDINGS.map((b) => ({
    name: `graph:${b.mailbox}`,
    label: `Microsoft Graph: the Inbox of ${b.mailbox}`,
    run: () =>
      parts.graph.client
        .api(`/users/${encodeURIComponent(b.mailbox)}/mailFolders/inbox`)
        .select('id')
        .get(),
  }));
  const storageCheck = {
    name: 'storage',
    label: `Storage: ${storageSummary(env)}`,
    run: () => parts.storage.write({ [HEALTH_STORAGE_KEY]: { checkedAt: now().toISOString() } }),
  };
  return [...mailboxChecks, storageCheck];
}

/** The release's version: package.json of the nearest folder above that is Referral Card's own. */
export function releaseVersion(from: string = __dirname): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const file = path.join(dir, 'package.json');
    if (existsSync(file)) {
      const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'referral-card' && pkg.version) return pkg.version;
    }
    if (path.dirname(dir) === dir) return 'unknown';
  }
}

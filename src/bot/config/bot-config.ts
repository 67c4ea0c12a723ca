import { z } from 'zod';
import type { serviceBindingSchema } from '../../auth/auth-config-env';
import { EnvironmentError, referralCardValues, serviceBindings, type EnvValues } from '../../auth/auth-config-env';

// The bot's settings come from the environment (REFERRAL_CARD_*): where Graph and the Bot Connector are, where
// tokens come from, how incoming calls are checked, and where its state lives. Nothing here names the sandbox:
// the sandbox is one set of values (see scripts/start-all.js), a tenant another.

const guid = (what: string) => z.guid({ error: `Expected ${what}, a GUID.` });
const absoluteUrl = (what: string) =>
  z.url({ protocol: /^https?$/, error: `Expected ${what}, an http(s):// address.` });
const seconds = (fallback: number) => z.coerce.number().int().min(1).max(86_400).default(fallback);

/** Where the bot's Graph and Bot Connector tokens come from. */
const tokenFields = z.discriminatedUnion('REFERRAL_CARD_BOT_TOKENS', [
  // A token endpoint that takes {"appId"} (the local sandbox's POST /sandbox/token).
  z.object({
    REFERRAL_CARD_BOT_TOKENS: z.literal('token-endpoint'),
    REFERRAL_CARD_BOT_TOKEN_URL: absoluteUrl('the token endpoint'),
  }),
  // Entra ID client credentials for the bot's app registration.
  z.object({
    REFERRAL_CARD_BOT_TOKENS: z.literal('client-credentials'),
    REFERRAL_CARD_TENANT_ID: guid("the council's Entra tenant id"),
    REFERRAL_CARD_BOT_CLIENT_SECRET: z.string().min(8, { error: "Expected the bot app registration's secret." }),
  }),
]);

/** How calls into the bot are checked: signed tokens (always in a tenant), or none on loopback in development. */
const inboundFields = z.discriminatedUnion('REFERRAL_CARD_BOT_INBOUND', [
  z.object({
    REFERRAL_CARD_BOT_INBOUND: z.literal('jwt'),
    /** Whose keys sign the calls: its /discovery/v2.0/keys serves them (Entra's login address in a tenant). */
    REFERRAL_CARD_BOT_AUTHORITY: absoluteUrl('the authority whose keys sign incoming calls').optional(),
    /** Accepted token issuers, comma-separated; Bot Framework's own are always accepted. */
    REFERRAL_CARD_BOT_ISSUERS: z.string().optional(),
  }),
  z.object({ REFERRAL_CARD_BOT_INBOUND: z.literal('anonymous-loopback') }),
]);

const storeFields = z.discriminatedUnion('REFERRAL_CARD_BOT_STORE', [
  z.object({
    REFERRAL_CARD_BOT_STORE: z.literal('file'),
    REFERRAL_CARD_BOT_STORE_DIR: z.string().default('.bot-state'),
  }),
  z.object({
    REFERRAL_CARD_BOT_STORE: z.literal('blob'),
    /** A container URL with a SAS, or the account URL when a connection string is not used. */
    REFERRAL_CARD_BOT_BLOB_CONNECTION: z.string().min(1, { error: 'Expected an Azure Storage connection string.' }),
    REFERRAL_CARD_BOT_BLOB_CONTAINER: z.string().regex(/^[a-z0-9](?:[a-z0-9-]{1,61}[a-z0-9])$/, {
      error: 'Expected a container name: 3–63 lower-case letters, digits and hyphens.',
    }),
  }),
]);

const baseFields = z.object({
  REFERRAL_CARD_BOT_ID: guid("the bot's Entra application id"),
  REFERRAL_CARD_SERVICE_BINDINGS: serviceBindings,
  REFERRAL_CARD_BOT_GRAPH_URL: absoluteUrl("Microsoft Graph's root").default('https://graph.microsoft.com/'),
  REFERRAL_CARD_BOT_SERVICE_URL: absoluteUrl("the Bot Connector's service URL").default(
    'https://smba.trafficmanager.net/teams/',
  ),
  /** The board for "Open in board"; {referral} and {mailbox} are replaced, URL-encoded. */
  REFERRAL_CARD_BOT_BOARD_URL: z.string().min(1, { error: 'Expected the address of the triage board.' }),
  REFERRAL_CARD_BOT_HOST: z.string().default('127.0.0.1'),
  REFERRAL_CARD_BOT_PORT: z.coerce.number().int().min(0).max(65_535).default(3978),
  REFERRAL_CARD_BOT_POLL_SECONDS: seconds(60),
  /** The hour (Europe/London) from which the morning's deadline reminders go out. */
  REFERRAL_CARD_BOT_REMINDER_HOUR: z.coerce.number().int().min(0).max(23).default(8),
  REFERRAL_CARD_TENANT_ID: guid("the council's Entra tenant id").optional(),
  /** The Outlook actionable-message provider id (Actionable Email Developer Dashboard); unset: no Outlook cards. */
  REFERRAL_CARD_OUTLOOK_ORIGINATOR: guid('the actionable-message provider id').optional(),
});

export const botEnvSchema = z
  .intersection(baseFields, z.intersection(tokenFields, z.intersection(inboundFields, storeFields)))
  .refine(
    (env) =>
      env.REFERRAL_CARD_BOT_INBOUND !== 'anonymous-loopback' ||
      ['127.0.0.1', '::1', 'localhost'].includes(env.REFERRAL_CARD_BOT_HOST),
    {
      path: ['REFERRAL_CARD_BOT_INBOUND'],
      error: 'Unsigned calls are accepted on loopback only: set REFERRAL_CARD_BOT_HOST to 127.0.0.1, or use jwt.',
    },
  );

export type BotEnvironment = z.infer<typeof botEnvSchema>;
export type ServiceBinding = z.infer<typeof serviceBindingSchema>;

/** The bot's settings, or an EnvironmentError naming each variable at fault. */
export function parseBotEnv(values: EnvValues, source = 'The environment'): BotEnvironment {
  const parsed = botEnvSchema.safeParse(referralCardValues(values));
  if (parsed.success) return parsed.data;
  throw new EnvironmentError(
    source,
    parsed.error.issues.map((issue) => `${String(issue.path[0] ?? '(the environment)')}: ${issue.message}`),
  );
}

/** The board address for one referral. */
export function boardUrlFor(template: string, mailbox: string, referralId: string): string {
  return template
    .replace(/\{referral\}/g, encodeURIComponent(referralId))
    .replace(/\{mailbox\}/g, encodeURIComponent(mailbox));
}

import { z } from 'zod';
import { addressLookupConfigSchema, appConfigSchema, graphConfigSchema } from './auth-config.schema';
import type { AppConfig } from './auth-config.schema';
import { councilCodeSchema } from '../domain/contact/council.schema';

// A deployment environment (env/.env.<name>, or REFERRAL_CARD_* variables): the one place a council's values live.
// The web build writes app-config.json from it and `referral-card package` fills the manifest templates from it,
// so a missing or malformed value stops both, naming the variable. Imports zod only: webpack.config.js loads it.

export const ENV_PREFIX = 'REFERRAL_CARD_';

const guid = (what: string) =>
  z.guid({ error: `Expected ${what}, a GUID such as 6f1d2c3b-4a5e-4f60-8b7a-9c0d1e2f3a4b.` });

const httpsPage = z.url({ protocol: /^https$/, error: 'Expected an https:// address.' });

/** The https:// origin the pages are served from, without a path; written back as the URL's own origin. */
const origin = z.string().transform((value, ctx) => {
  const fail = (message: string) => {
    ctx.addIssue({ code: 'custom', message });
    return z.NEVER;
  };
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return fail('Expected the https:// address the pages are served from, such as https://referrals.example.gov.uk.');
  }
  if (url.protocol !== 'https:')
    return fail(
      `Expected an https:// address, not ${url.protocol}// (Outlook and Teams load add-in pages over HTTPS only).`,
    );
  if (url.pathname !== '/' || url.search || url.hash || url.username || url.password)
    return fail('Expected the address of the site only (such as https://referrals.example.gov.uk), without a path.');
  return url.origin;
});

const CHANNEL_ID = 'Expected a Teams channel id, such as 19:abc@thread.tacv2.';

/** One referral mailbox's triage team; read by the bot, which arrives with the Teams channel triage. */
export const serviceBindingSchema = z.strictObject({
  mailbox: z.email({ error: 'Expected the referral mailbox address.' }),
  teamId: guid('the Teams team id'),
  channelId: z.string({ error: CHANNEL_ID }).regex(/^19:[^\s]+@thread\.(tacv2|skype)$/, { error: CHANNEL_ID }),
  decidingGroupId: guid('the Entra id of the group whose members make triage decisions'),
  serviceManager: z.email({ error: "Expected the service manager's email address." }),
  /** What the triage board calls the mailbox; by default its address. */
  displayName: z.string().trim().min(1).max(120).optional(),
  /** The role of the deciding group's members; team managers unless the service says otherwise. */
  deciderRole: z.enum(['team-manager', 'parenting-coordinator']).optional(),
});
export type ServiceBinding = z.infer<typeof serviceBindingSchema>;

/** REFERRAL_CARD_SERVICE_BINDINGS: the bindings as one line of JSON (the bot reads it too). */
export const serviceBindings = z
  .string()
  .transform((text, ctx) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      ctx.addIssue({ code: 'custom', message: 'Expected a JSON list of service bindings on one line.' });
      return z.NEVER;
    }
  })
  .pipe(z.array(serviceBindingSchema).min(1, { error: 'Expected at least one service binding.' }));

const graphBaseUrl = graphConfigSchema.shape.baseUrl;

/** An address lookup service (OS Places), optional: without it a postcode is checked for its format only. */
const addressLookupFields = {
  REFERRAL_CARD_ADDRESS_LOOKUP_URL: addressLookupConfigSchema.shape.baseUrl.optional(),
  REFERRAL_CARD_ADDRESS_LOOKUP_KEY: addressLookupConfigSchema.shape.key,
};

/** The council the card's users work for, as an ONS code: a new referral's family council starts as this one. */
const councilField = { REFERRAL_CARD_COUNCIL: councilCodeSchema.optional() };

/** The referral mailboxes and their triage teams: the bot reads them, and the triage board's pages list them. */
const bindingsField = { REFERRAL_CARD_SERVICE_BINDINGS: serviceBindings.optional() };

/** What the pages need: which token source to use, where Graph lives, and the address lookup if there is one. */
const pagesFields = {
  sandbox: {
    REFERRAL_CARD_AUTH_MODE: z.literal('sandbox'),
    REFERRAL_CARD_GRAPH_BASE_URL: graphBaseUrl.default('/graph/v1.0'),
    ...addressLookupFields,
    ...councilField,
    ...bindingsField,
  },
  msal: {
    REFERRAL_CARD_AUTH_MODE: z.literal('msal'),
    REFERRAL_CARD_CLIENT_ID: guid("the Entra app registration's application (client) id"),
    REFERRAL_CARD_TENANT_ID: guid("the council's Entra tenant id"),
    REFERRAL_CARD_GRAPH_BASE_URL: graphBaseUrl.default('https://graph.microsoft.com/v1.0'),
    ...addressLookupFields,
    ...councilField,
    ...bindingsField,
  },
} as const;

type LookupEnv = { REFERRAL_CARD_ADDRESS_LOOKUP_URL?: string; REFERRAL_CARD_ADDRESS_LOOKUP_KEY?: string };

/** A key is for a lookup service: on its own it would go nowhere. */
const keyNeedsUrl: [(env: LookupEnv) => boolean, { path: string[]; error: string }] = [
  (env) => env.REFERRAL_CARD_ADDRESS_LOOKUP_KEY === undefined || env.REFERRAL_CARD_ADDRESS_LOOKUP_URL !== undefined,
  {
    path: ['REFERRAL_CARD_ADDRESS_LOOKUP_URL'],
    error: 'Expected the address of the lookup service (such as https://api.os.uk) to go with its key.',
  },
];

const AUTH_MODE_ERROR = { error: 'Expected "sandbox" (the local sandbox\'s sign-in) or "msal" (Entra ID).' };

/** The environment of a build of the pages alone (npm run build:web without an env file). */
export const pagesEnvSchema = z
  .discriminatedUnion(
    'REFERRAL_CARD_AUTH_MODE',
    [z.strictObject(pagesFields.sandbox), z.strictObject(pagesFields.msal)],
    AUTH_MODE_ERROR,
  )
  .refine(...keyNeedsUrl);

/** What the app package needs besides the pages' settings. */
const packageFields = {
  REFERRAL_CARD_ORIGIN: origin,
  REFERRAL_CARD_APP_ID: guid('the id of the Microsoft 365 app (the unified manifest)'),
  REFERRAL_CARD_OUTLOOK_ADDIN_ID: guid('the id of the Outlook add-in manifest (XML), not the app id'),
  REFERRAL_CARD_APP_NAME: z
    .string()
    .min(1)
    .max(30, { error: 'Expected a name of at most 30 characters.' })
    .default('Referral Card'),
  REFERRAL_CARD_PUBLISHER: z.string().min(1).max(32, { error: "Expected the council's name, at most 32 characters." }),
  REFERRAL_CARD_WEBSITE_URL: httpsPage,
  REFERRAL_CARD_PRIVACY_URL: httpsPage,
  REFERRAL_CARD_TERMS_URL: httpsPage,
  REFERRAL_CARD_APP_VERSION: z
    .string()
    .regex(/^\d{1,5}\.\d{1,5}\.\d{1,5}$/, { error: 'Expected a version such as 1.2.3.' })
    .optional(),
  REFERRAL_CARD_BOT_ID: guid("the bot's Entra application id").optional(),
  REFERRAL_CARD_ORIGINATOR_ID: guid('the actionable-message originator id').optional(),
};

/** A deployment environment: the pages' settings, the manifests' ids and addresses, and the triage bindings. */
export const deploymentEnvSchema = z
  .discriminatedUnion(
    'REFERRAL_CARD_AUTH_MODE',
    [
      // The package needs an app registration even on the sandbox: Teams and Outlook read webApplicationInfo.
      z.strictObject({
        ...pagesFields.sandbox,
        ...packageFields,
        REFERRAL_CARD_CLIENT_ID: pagesFields.msal.REFERRAL_CARD_CLIENT_ID,
        REFERRAL_CARD_TENANT_ID: pagesFields.msal.REFERRAL_CARD_TENANT_ID.optional(),
      }),
      z.strictObject({ ...pagesFields.msal, ...packageFields }),
    ],
    AUTH_MODE_ERROR,
  )
  .refine((env) => env.REFERRAL_CARD_OUTLOOK_ADDIN_ID.toLowerCase() !== env.REFERRAL_CARD_APP_ID.toLowerCase(), {
    path: ['REFERRAL_CARD_OUTLOOK_ADDIN_ID'],
    error: 'Expected a GUID of its own: the Outlook add-in manifest must not reuse REFERRAL_CARD_APP_ID.',
  })
  .refine(...keyNeedsUrl);

export type PagesEnvironment = z.infer<typeof pagesEnvSchema>;
export type DeploymentEnvironment = z.infer<typeof deploymentEnvSchema>;
export type EnvValues = Readonly<Record<string, string | undefined>>;

export class EnvironmentError extends Error {
  constructor(
    readonly source: string,
    readonly problems: readonly string[],
  ) {
    super(`${source} is not valid:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  }
}

/** The REFERRAL_CARD_* values (an empty value counts as not set), so other variables never reach the schema. */
export function referralCardValues(values: EnvValues): Record<string, string> {
  const picked: Record<string, string> = {};
  for (const [key, value] of Object.entries(values))
    if (key.startsWith(ENV_PREFIX) && value !== undefined && value !== '') picked[key] = value;
  return picked;
}

/** One line per problem, naming the variable: missing, unknown (a typo?), or malformed with what was expected. */
function describeIssues(error: z.ZodError, given: Record<string, string>): string[] {
  return error.issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys')
      return issue.keys.map((key) => `${key}: not a setting Referral Card knows (check the spelling).`);
    const name = String(issue.path[0] ?? '(the environment)');
    const detail = issue.path.length > 1 ? ` (at ${issue.path.slice(1).join('.')})` : '';
    return [`${name}: ${name in given ? '' : 'missing. '}${issue.message}${detail}`];
  });
}

function parseWith<T>(schema: z.ZodType<T>, values: EnvValues, source: string): T {
  const given = referralCardValues(values);
  const parsed = schema.safeParse(given);
  if (!parsed.success) throw new EnvironmentError(source, describeIssues(parsed.error, given));
  return parsed.data;
}

/** A deployment environment, or an EnvironmentError naming every variable at fault. */
export function parseDeploymentEnv(values: EnvValues, source = 'The environment'): DeploymentEnvironment {
  return parseWith(deploymentEnvSchema, values, source);
}

/** The pages' settings; without REFERRAL_CARD_AUTH_MODE the build is for the local sandbox. */
export function parsePagesEnv(values: EnvValues, source = 'The environment'): PagesEnvironment {
  const withMode = { REFERRAL_CARD_AUTH_MODE: 'sandbox', ...referralCardValues(values) };
  return parseWith(pagesEnvSchema, withMode, source);
}

/** app-config.json for the pages, checked against the schema the page's own check is tested against. */
export function appConfigOf(env: PagesEnvironment | DeploymentEnvironment): AppConfig {
  const graph = { baseUrl: env.REFERRAL_CARD_GRAPH_BASE_URL };
  const auth =
    env.REFERRAL_CARD_AUTH_MODE === 'msal'
      ? {
          mode: env.REFERRAL_CARD_AUTH_MODE,
          clientId: env.REFERRAL_CARD_CLIENT_ID,
          authority: `https://login.microsoftonline.com/${env.REFERRAL_CARD_TENANT_ID}`,
        }
      : { mode: env.REFERRAL_CARD_AUTH_MODE };
  const lookupUrl = env.REFERRAL_CARD_ADDRESS_LOOKUP_URL;
  const lookupKey = env.REFERRAL_CARD_ADDRESS_LOOKUP_KEY;
  const addressLookup = lookupUrl ? { baseUrl: lookupUrl, ...(lookupKey ? { key: lookupKey } : {}) } : undefined;
  const council = env.REFERRAL_CARD_COUNCIL ? { council: env.REFERRAL_CARD_COUNCIL } : {};
  const bindings = env.REFERRAL_CARD_SERVICE_BINDINGS;
  const triage = bindings ? { triage: { mailboxes: bindings.map(triageMailboxOf) } } : {};
  return appConfigSchema.parse({ auth, graph, ...(addressLookup ? { addressLookup } : {}), ...council, ...triage });
}

/** "Family Hub Referrals (lewisham.gov.uk)" for Family.Hub.Referrals@lewisham.gov.uk, when no name is given. */
function nameFromAddress(address: string): string {
  const [local = address, domain = ''] = address.split('@');
  const words = local
    .split(/[._-]+/)
    .filter(Boolean)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1));
  return `${words.join(' ') || address} (${domain})`.slice(0, 120);
}

/** What the board's pages need of a binding: no deciding group id or service manager (the bot's business). */
function triageMailboxOf(b: ServiceBinding) {
  return {
    mailbox: b.mailbox,
    displayName: b.displayName ?? nameFromAddress(b.mailbox),
    teamId: b.teamId,
    channelId: b.channelId,
    deciderRole: b.deciderRole ?? 'team-manager',
  };
}

const ENV_LINE = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$/;

function unquote(raw: string): string | undefined {
  const quoted = /^(["'])(.*)\1$/.exec(raw);
  if (quoted) return quoted[2];
  if (/^["']/.test(raw)) return undefined;
  return raw.replace(/\s+#.*$/, '').trim();
}

/** Reads an env file: NAME=value lines, # comments and blank lines; quotes keep a value's spaces and # signs. */
export function parseEnvText(text: string, source: string): Record<string, string> {
  const values: Record<string, string> = {};
  const problems: string[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) return;
    const match = ENV_LINE.exec(trimmed);
    const value = match ? unquote(match[2]!) : undefined;
    if (!match || value === undefined) problems.push(`line ${index + 1}: expected NAME=value.`);
    else if (match[1]! in values) problems.push(`line ${index + 1}: ${match[1]} is set twice.`);
    else values[match[1]!] = value;
  });
  if (problems.length > 0) throw new EnvironmentError(source, problems);
  return values;
}

import { z } from 'zod';
import { councilCodeSchema } from '../domain/contact/council.schema';
import { CHANNEL_ID_PATTERN, GUID_PATTERN, MAILBOX_PATTERN, TRIAGE_MAILBOX_LIMIT } from './auth-config-parse';

// app-config.json, served next to the pages: which token source to use and where Graph lives. Production code paths
// differ only by this file: nothing in them asks whether it is the sandbox. The build writes it from
// auth-config-env.ts.

const httpsUrl = z.url({ protocol: /^https$/, error: 'Expected an https:// address.' });

/** The local sandbox's dev sign-in (persona picker); the sandbox serves /sandbox/personas and /sandbox/token. */
export const sandboxAuthSchema = z.strictObject({
  mode: z.literal('sandbox'),
});

/** MSAL v5 nested app auth against Entra ID. */
export const msalAuthSchema = z.strictObject({
  mode: z.literal('msal'),
  /** The Entra app registration's application (client) id. */
  clientId: z.guid('Expected the application (client) id, a GUID.'),
  /** e.g. https://login.microsoftonline.com/<tenant id>; single-tenant line-of-business app. */
  authority: httpsUrl,
  /** Same-origin v5 redirect-bridge page; defaults to auth-bridge.html next to the page. */
  redirectUri: httpsUrl.optional(),
});

export const graphConfigSchema = z.strictObject({
  /** https://graph.microsoft.com/v1.0, or a same-origin path such as the sandbox's /graph/v1.0. */
  baseUrl: z.union([httpsUrl, z.string().regex(/^\/(?!\/)\S*$/)], {
    error: 'Expected an https:// address or a path starting with "/".',
  }),
});

/** An address lookup service: the OS Places API (https://api.os.uk), a council's proxy in front of it, or the sandbox's. */
export const addressLookupConfigSchema = z.strictObject({
  /** https://api.os.uk, or a same-origin path such as the sandbox's /os. */
  baseUrl: graphConfigSchema.shape.baseUrl,
  /** The OS Data Hub project API key; left out when a proxy adds it. Anyone who can load the pages can read it. */
  key: z
    .string()
    .regex(/^[\x21-\x7e]{1,200}$/, { error: 'Expected the API key, without spaces.' })
    .optional(),
});

/** A referral mailbox the triage board can open: the service's team and who decides there. */
export const triageMailboxSchema = z.strictObject({
  mailbox: z.string().regex(MAILBOX_PATTERN, { error: 'Expected the referral mailbox address.' }),
  /** What the board and its configuration page call the mailbox. */
  displayName: z.string().trim().min(1).max(120),
  teamId: z.string().regex(GUID_PATTERN, { error: 'Expected the Teams team id, a GUID.' }),
  channelId: z
    .string()
    .regex(CHANNEL_ID_PATTERN, { error: 'Expected a Teams channel id, such as 19:abc@thread.tacv2.' }),
  /** The role the deciding group holds (GFPO: parenting coordinators decide for Nottinghamshire's courses). */
  deciderRole: z.enum(['team-manager', 'parenting-coordinator']),
});

export const triageConfigSchema = z.strictObject({
  mailboxes: z.array(triageMailboxSchema).min(1).max(TRIAGE_MAILBOX_LIMIT),
});

export const appConfigSchema = z.strictObject({
  auth: z.discriminatedUnion('mode', [sandboxAuthSchema, msalAuthSchema]),
  graph: graphConfigSchema,
  /** Left out: no address lookup, and a postcode is checked for its format only. */
  addressLookup: addressLookupConfigSchema.optional(),
  /** The council the card's users work for (ONS code): a new referral's family council starts as this one. */
  council: councilCodeSchema.optional(),
  /** The referral mailboxes the triage board offers; left out, the board says it is not set up. */
  triage: triageConfigSchema.optional(),
});

export type AppConfig = z.infer<typeof appConfigSchema>;
export type MsalAuthConfig = z.infer<typeof msalAuthSchema>;
export type TriageMailboxConfig = z.infer<typeof triageMailboxSchema>;

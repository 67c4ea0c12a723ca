import { z } from 'zod';

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

export const appConfigSchema = z.strictObject({
  auth: z.discriminatedUnion('mode', [sandboxAuthSchema, msalAuthSchema]),
  graph: graphConfigSchema,
});

export type AppConfig = z.infer<typeof appConfigSchema>;
export type MsalAuthConfig = z.infer<typeof msalAuthSchema>;

// app-config.json checked without zod, against the contract in auth-config.schema.ts: the page reads it before the
// first screen, and zod would add 30 KB gzip to that screen. A property test holds the two to the same answers.
import { isRecord } from '../domain/common/is-record';
import { COUNCIL_CODE } from '../domain/contact/council-code';
import type { AppConfig } from './auth-config.schema';

export type ConfigProblem = { readonly path: string; readonly message: string };
export type ConfigCheck =
  | { readonly ok: true; readonly value: AppConfig }
  | { readonly ok: false; readonly problems: readonly ConfigProblem[] };

const GUID = /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/;

// The triage mailboxes' shapes, shared with the zod schema so the two cannot drift.
export const GUID_PATTERN = GUID;
export const MAILBOX_PATTERN = /^[^\s@]{1,64}@[^\s@]+\.[^\s@]+$/;
export const CHANNEL_ID_PATTERN = /^19:[^\s]+@thread\.(tacv2|skype)$/;
export const TRIAGE_MAILBOX_LIMIT = 50;
const DECIDER_ROLES: readonly string[] = ['team-manager', 'parenting-coordinator'];
const SAME_ORIGIN_PATH = /^\/(?!\/)\S*$/;
const HTTPS = 'Expected an https:// address.';

type Json = Record<string, unknown>;

/** An https:// address as zod's z.url({ protocol: /^https$/ }) reads it: trimmed, tabs and newlines dropped. */
function httpsUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return undefined;
  }
  return url.protocol === 'https:' ? trimmed.replace(/[\t\n\r]/g, '') : undefined;
}

class Checker {
  readonly problems: ConfigProblem[] = [];

  add(path: string, message: string): void {
    this.problems.push({ path, message });
  }

  /** The object at `path` with only `keys`, or undefined (and a problem) when it is not one. */
  object(value: unknown, path: string, keys: readonly string[]): Json | undefined {
    if (!isRecord(value)) {
      this.add(path, 'Expected an object.');
      return undefined;
    }
    for (const key of Object.keys(value)) if (!keys.includes(key)) this.add(path, `Unrecognized key: "${key}".`);
    return value;
  }
}

function checkAuth(c: Checker, raw: unknown): AppConfig['auth'] | undefined {
  const mode = isRecord(raw) ? raw.mode : undefined;
  if (mode === 'sandbox') return c.object(raw, 'auth', ['mode']) && { mode };
  if (mode !== 'msal') {
    c.add(isRecord(raw) ? 'auth.mode' : 'auth', 'Expected "sandbox" or "msal".');
    return undefined;
  }
  const auth = c.object(raw, 'auth', ['mode', 'clientId', 'authority', 'redirectUri']);
  if (!auth) return undefined;
  const clientId = typeof auth.clientId === 'string' && GUID.test(auth.clientId) ? auth.clientId : undefined;
  if (!clientId) c.add('auth.clientId', 'Expected the application (client) id, a GUID.');
  const authority = httpsUrl(auth.authority);
  if (!authority) c.add('auth.authority', HTTPS);
  const redirectUri = auth.redirectUri === undefined ? undefined : httpsUrl(auth.redirectUri);
  if (auth.redirectUri !== undefined && !redirectUri) c.add('auth.redirectUri', HTTPS);
  if (!clientId || !authority || (auth.redirectUri !== undefined && !redirectUri)) return undefined;
  return { mode, clientId, authority, ...(redirectUri !== undefined ? { redirectUri } : {}) };
}

const BASE_URL = 'Expected an https:// address or a path starting with "/".';

/** An https:// address, or a path on this origin (not //host, which leaves it). */
const baseUrlOf = (value: unknown): string | undefined =>
  httpsUrl(value) ?? (typeof value === 'string' && SAME_ORIGIN_PATH.test(value) ? value : undefined);

function checkGraph(c: Checker, raw: unknown): AppConfig['graph'] | undefined {
  const graph = c.object(raw, 'graph', ['baseUrl']);
  if (!graph) return undefined;
  const baseUrl = baseUrlOf(graph.baseUrl);
  if (baseUrl === undefined) c.add('graph.baseUrl', BASE_URL);
  return baseUrl === undefined ? undefined : { baseUrl };
}

const API_KEY = /^[\x21-\x7e]{1,200}$/;

function checkAddressLookup(c: Checker, raw: unknown): AppConfig['addressLookup'] {
  if (raw === undefined) return undefined;
  const lookup = c.object(raw, 'addressLookup', ['baseUrl', 'key']);
  if (!lookup) return undefined;
  const baseUrl = baseUrlOf(lookup.baseUrl);
  if (baseUrl === undefined) c.add('addressLookup.baseUrl', BASE_URL);
  const key = typeof lookup.key === 'string' && API_KEY.test(lookup.key) ? lookup.key : undefined;
  if (lookup.key !== undefined && key === undefined)
    c.add('addressLookup.key', 'Expected the API key, without spaces.');
  if (baseUrl === undefined || (lookup.key !== undefined && key === undefined)) return undefined;
  return { baseUrl, ...(key !== undefined ? { key } : {}) };
}

type TriageMailbox = NonNullable<AppConfig['triage']>['mailboxes'][number];

const TRIAGE_FIELDS: readonly [keyof TriageMailbox, (v: unknown) => boolean, string][] = [
  ['mailbox', (v) => typeof v === 'string' && MAILBOX_PATTERN.test(v), 'Expected the referral mailbox address.'],
  ['displayName', (v) => typeof v === 'string' && v.trim().length >= 1 && v.trim().length <= 120, 'Expected a name.'],
  ['teamId', (v) => typeof v === 'string' && GUID.test(v), 'Expected the Teams team id, a GUID.'],
  ['channelId', (v) => typeof v === 'string' && CHANNEL_ID_PATTERN.test(v), 'Expected a Teams channel id.'],
  ['deciderRole', (v) => typeof v === 'string' && DECIDER_ROLES.includes(v), 'Expected a deciding role.'],
];

function checkTriageMailbox(c: Checker, raw: unknown, path: string): TriageMailbox | undefined {
  const m = c.object(
    raw,
    path,
    TRIAGE_FIELDS.map(([key]) => key),
  );
  if (!m) return undefined;
  const before = c.problems.length;
  for (const [key, ok, message] of TRIAGE_FIELDS) if (!ok(m[key])) c.add(`${path}.${key}`, message);
  if (c.problems.length > before) return undefined;
  return { ...(m as TriageMailbox), displayName: (m.displayName as string).trim() };
}

function checkTriage(c: Checker, raw: unknown): AppConfig['triage'] {
  if (raw === undefined) return undefined;
  const triage = c.object(raw, 'triage', ['mailboxes']);
  if (!triage) return undefined;
  const list = triage.mailboxes;
  if (!Array.isArray(list) || list.length < 1 || list.length > TRIAGE_MAILBOX_LIMIT) {
    c.add('triage.mailboxes', `Expected a list of 1 to ${TRIAGE_MAILBOX_LIMIT} referral mailboxes.`);
    return undefined;
  }
  const mailboxes = list.map((m, i) => checkTriageMailbox(c, m, `triage.mailboxes.${i}`));
  return mailboxes.every((m) => m !== undefined) ? { mailboxes } : undefined;
}

/** Checks a parsed app-config.json; problems are data (a path and words), turned into a sentence by the caller. */
export function checkAppConfig(raw: unknown): ConfigCheck {
  const c = new Checker();
  const top = c.object(raw, '', ['auth', 'graph', 'addressLookup', 'council', 'triage']);
  if (!top) return { ok: false, problems: c.problems };
  const auth = checkAuth(c, top.auth);
  const graph = checkGraph(c, top.graph);
  const addressLookup = checkAddressLookup(c, top.addressLookup);
  const triage = checkTriage(c, top.triage);
  const { council } = top;
  if (council !== undefined && !(typeof council === 'string' && COUNCIL_CODE.test(council)))
    c.add('council', 'Choose a council from the list (an ONS code such as E09000023)');
  if (c.problems.length > 0 || !auth || !graph) return { ok: false, problems: c.problems };
  const extra = {
    ...(addressLookup ? { addressLookup } : {}),
    ...(typeof council === 'string' ? { council } : {}),
    ...(triage ? { triage } : {}),
  };
  return { ok: true, value: { auth, graph, ...extra } };
}

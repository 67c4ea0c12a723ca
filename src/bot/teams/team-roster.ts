import { z } from 'zod';
import { CONNECTOR_SCOPE, type AppTokenSource } from '../auth/app-token-source';

/**
 * Someone a referral can be allocated to: their Entra object id (as Graph and the triage record name them), and the
 * address Teams gives for them, which the bot writes to instead of reading the directory (it has no permission to).
 */
export type TeamMember = { readonly id: string; readonly name: string; readonly address?: string };

/** A person's address by their object id; undefined when there is none to write to. */
export type AddressLookup = (userId: string) => Promise<string | undefined>;

/** The people of the team whose channel holds a referral's card. */
export interface TeamRosterPort {
  /** The channel's team members, sorted by name; `limit` exceeded → 'too-many' (the board allocates then). */
  members(channelId: string, limit: number): Promise<readonly TeamMember[] | 'too-many'>;
}

// The Bot Connector's TeamsChannelAccount, reduced to what allocation needs; other fields are ignored.
const pageSchema = z.object({
  continuationToken: z.string().min(1).optional().nullable(),
  members: z.array(
    z.object({
      aadObjectId: z.string().optional(),
      name: z.string().optional(),
      email: z.string().optional().nullable(),
      userPrincipalName: z.string().optional().nullable(),
      userRole: z.string().optional(),
    }),
  ),
});

// Teams' largest page: fewest round trips. A team of more than a few thousand is not a triage team.
const PAGE_SIZE = 500;
const MAX_PAGES = 20;

type Fetch = (url: string, init: RequestInit) => Promise<Response>;

type Account = z.infer<typeof pageSchema>['members'][number];

// Their mail, else their sign-in name, as the directory's lookup chose; neither an address → nothing to send to.
const addressOfAccount = (m: Account): string | undefined =>
  [m.email, m.userPrincipalName].find((a): a is string => typeof a === 'string' && /^[^@\s]+@[^@\s]+$/.test(a));

function memberOf(m: Account): TeamMember[] {
  // Guests (another organisation's people) and anonymous joiners are not the council's workers.
  if (!m.aadObjectId || !m.name || (m.userRole ?? 'user') !== 'user') return [];
  const address = addressOfAccount(m);
  return [{ id: m.aadObjectId, name: m.name, ...(address ? { address } : {}) }];
}

/** The address of `userId` among `team`, compared as Entra compares object ids (case aside). */
export const addressAmong =
  (team: readonly TeamMember[]): AddressLookup =>
  (userId) =>
    Promise.resolve(team.find((m) => m.id.toLowerCase() === userId.toLowerCase())?.address);

// Larger than any team the Connector pages through (MAX_PAGES of PAGE_SIZE): every member counts for an address.
const EVERYONE = Number.MAX_SAFE_INTEGER;

type Log = (message: string, error?: unknown) => void;

/**
 * The team of `channelId`, for one piece of work (a decision, an announcement): read at most once, on first use, and
 * forgotten with the work, so no one's address outlives it. A roster Teams would not give is logged and treated as
 * nobody: the caller then sends no email.
 */
function teamOnce(roster: TeamRosterPort, channelId: string, log?: Log): () => Promise<readonly TeamMember[]> {
  let team: Promise<readonly TeamMember[]> | undefined;
  const read = async (): Promise<readonly TeamMember[]> => {
    try {
      const found = await roster.members(channelId, EVERYONE);
      return found === 'too-many' ? [] : found;
    } catch (error) {
      log?.('Could not read the team’s members', error);
      return [];
    }
  };
  return () => (team ??= read());
}

/** The people of the team of `channelId`, read at most once (see teamOnce): whom a card can name. */
export const rosterPeople = (roster: TeamRosterPort, channelId: string, log?: Log) => teamOnce(roster, channelId, log);

/** People's addresses from the team of `channelId`, the roster read at most once (see teamOnce). */
export function rosterAddresses(roster: TeamRosterPort, channelId: string, log?: Log): AddressLookup {
  const team = teamOnce(roster, channelId, log);
  return async (userId) => addressAmong(await team())(userId);
}

/**
 * Whose address `address` is in the team of `channelId` (their object id), the roster read at most once: how the bot
 * knows who sent a message without reading the directory. Undefined for anyone outside the team.
 */
export function rosterIds(roster: TeamRosterPort, channelId: string, log?: Log): AddressLookup {
  const team = teamOnce(roster, channelId, log);
  return async (address) => {
    const wanted = address.toLowerCase();
    return (await team()).find((m) => m.address?.toLowerCase() === wanted)?.id;
  };
}

/**
 * The Teams roster through the Bot Connector (`GET /v3/conversations/{id}/pagedmembers`): the bot's own Connector
 * token reads it, so no Graph permission is needed, and paging is what Teams asks of bots in teams and channels.
 */
export function connectorRoster(options: {
  readonly serviceUrl: string;
  readonly tokens: AppTokenSource;
  readonly fetch?: Fetch;
}): TeamRosterPort {
  const send = options.fetch ?? ((url, init) => fetch(url, init));
  const base = options.serviceUrl.replace(/\/?$/, '/');
  const page = async (channelId: string, token: string | undefined) => {
    const url = new URL(`v3/conversations/${encodeURIComponent(channelId)}/pagedmembers`, base);
    url.searchParams.set('pageSize', String(PAGE_SIZE));
    if (token) url.searchParams.set('continuationToken', token);
    const bearer = await options.tokens.getToken([CONNECTOR_SCOPE]);
    const res = await send(url.toString(), { method: 'GET', headers: { authorization: `Bearer ${bearer}` } });
    if (!res.ok) throw new Error(`The Bot Connector answered ${res.status} to the team's members.`);
    return pageSchema.parse(await res.json());
  };
  return {
    async members(channelId, limit) {
      const found = new Map<string, TeamMember>();
      let token: string | undefined;
      for (let n = 0; n < MAX_PAGES; n += 1) {
        const read = await page(channelId, token);
        for (const m of read.members.flatMap(memberOf)) found.set(m.id.toLowerCase(), m);
        if (found.size > limit) return 'too-many';
        token = read.continuationToken ?? undefined;
        if (!token) return [...found.values()].sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
      }
      return 'too-many';
    },
  };
}

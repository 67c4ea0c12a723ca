import type { Persona } from '../auth';
import type { ChannelSeed, GroupSeed, SandboxSeed, TeamSeed } from '../config/seed';
import { folderIdFor } from './ids';
import { WELL_KNOWN_FOLDERS, type WellKnownFolder } from './records';

/** A mailbox the sandbox hosts: each persona's own, and each shared referral mailbox. */
export type Mailbox = {
  /** The user object id (shared mailboxes are user objects in Graph). */
  id: string;
  address: string;
  /** Lower-case address: the key messages are stored under (addresses compare case-insensitively). */
  key: string;
  displayName: string;
  kind: 'personal' | 'shared';
  persona: Persona | undefined;
};

/** Who holds mailbox rights: a persona (delegated, full access) or the bot app (application permissions). */
export type Grantee = { id: string; mailboxAccess: readonly string[] };

export const FOLDER_NAMES: Record<WellKnownFolder, string> = {
  inbox: 'Inbox',
  drafts: 'Drafts',
  sentitems: 'Sent Items',
};

/** Read-only view of the seeded directory: users, mailboxes, folders, groups, teams. */
export class Directory {
  readonly mailboxes: readonly Mailbox[];
  private readonly byKey = new Map<string, Mailbox>();
  private readonly byId = new Map<string, Mailbox>();
  private readonly folderById = new Map<string, { mailbox: string; folder: WellKnownFolder }>();

  constructor(readonly seed: SandboxSeed) {
    const boxes: Mailbox[] = [
      ...seed.sharedMailboxes.map((s): Mailbox => ({
        id: s.id,
        address: s.address,
        key: s.address.toLowerCase(),
        displayName: s.displayName,
        kind: 'shared',
        persona: undefined,
      })),
      ...seed.personas.map((p): Mailbox => ({
        id: p.id,
        address: p.upn,
        key: p.upn.toLowerCase(),
        displayName: p.displayName,
        kind: 'personal',
        persona: p,
      })),
    ];
    for (const b of boxes) {
      if (this.byKey.has(b.key) || this.byId.has(b.id.toLowerCase()))
        throw new Error(`Duplicate mailbox ${b.address} in the sandbox seed.`);
      this.byKey.set(b.key, b);
      this.byId.set(b.id.toLowerCase(), b);
      for (const f of WELL_KNOWN_FOLDERS) this.folderById.set(folderIdFor(b.key, f), { mailbox: b.key, folder: f });
    }
    this.mailboxes = boxes;
    // A typo in persona config fails at start-up, not at the first request.
    for (const who of [
      ...seed.personas.map((p) => ({ name: `Persona ${p.upn}`, ...p })),
      { name: 'The bot', ...seed.bot },
    ]) {
      for (const m of who.mailboxAccess) {
        if (this.byKey.get(m.toLowerCase())?.kind !== 'shared') {
          throw new Error(`${who.name} has access to ${m}, which is not a shared mailbox of the sandbox.`);
        }
      }
    }
    for (const p of seed.personas) {
      for (const g of p.groups) {
        if (!this.group(g)) throw new Error(`Persona ${p.upn} is in group ${g}, which is not in the seed.`);
      }
    }
  }

  get personas(): readonly Persona[] {
    return this.seed.personas;
  }

  get groups(): readonly GroupSeed[] {
    return this.seed.groups;
  }

  get teams(): readonly TeamSeed[] {
    return this.seed.teams;
  }

  get bot(): SandboxSeed['bot'] {
    return this.seed.bot;
  }

  /** A mailbox (= a directory user) by user id, UPN or address, case-insensitively. */
  mailbox(idOrAddress: string): Mailbox | undefined {
    const key = idOrAddress.toLowerCase();
    return this.byKey.get(key) ?? this.byId.get(key);
  }

  /**
   * Full access: a persona's own mailbox, or a shared mailbox listed in its (or the bot app's) mailboxAccess. An
   * app has no mailbox of its own, so a persona's mailbox is never the app's.
   */
  canAccess(grantee: Grantee, mailbox: Mailbox): boolean {
    if (mailbox.persona?.id === grantee.id) return true;
    return mailbox.kind === 'shared' && grantee.mailboxAccess.some((a) => a.toLowerCase() === mailbox.key);
  }

  /** A folder of a mailbox by well-known name (any case) or by id. */
  folder(mailbox: Mailbox, idOrName: string): WellKnownFolder | undefined {
    const name = idOrName.toLowerCase();
    if ((WELL_KNOWN_FOLDERS as readonly string[]).includes(name)) return name as WellKnownFolder;
    const byId = this.folderById.get(idOrName);
    return byId !== undefined && byId.mailbox === mailbox.key ? byId.folder : undefined;
  }

  group(id: string): GroupSeed | undefined {
    const key = id.toLowerCase();
    return this.seed.groups.find((g) => g.id.toLowerCase() === key);
  }

  groupsOf(persona: Persona): GroupSeed[] {
    return persona.groups.flatMap((id) => this.group(id) ?? []);
  }

  groupMembers(groupId: string): Persona[] {
    const key = groupId.toLowerCase();
    return this.seed.personas.filter((p) => p.groups.some((g) => g.toLowerCase() === key));
  }

  team(id: string): TeamSeed | undefined {
    const key = id.toLowerCase();
    return this.seed.teams.find((t) => t.id.toLowerCase() === key);
  }

  channel(team: TeamSeed, channelId: string): ChannelSeed | undefined {
    return team.channels.find((c) => c.id.toLowerCase() === channelId.toLowerCase());
  }

  /** The team holding a channel id (the Bot Connector addresses channels without their team). */
  teamOfChannel(channelId: string): { team: TeamSeed; channel: ChannelSeed } | undefined {
    for (const team of this.seed.teams) {
      const channel = this.channel(team, channelId);
      if (channel !== undefined) return { team, channel };
    }
    return undefined;
  }

  isTeamMember(persona: Persona, team: TeamSeed): boolean {
    return persona.groups.some((g) => g.toLowerCase() === team.id.toLowerCase());
  }
}

import type { Persona } from '../auth';
import { channelIdFor, guidFromText } from '../model/ids';

// The sandbox's directory: personas, shared mailboxes, groups and teams (personas seeded from config).

export type Role = Persona['roles'][number];

export type SharedMailboxSeed = {
  address: string;
  displayName?: string;
  /** Who screens this mailbox; default team manager. */
  managerRole?: 'team-manager' | 'parenting-coordinator';
};

export type SharedMailbox = { id: string; address: string; displayName: string };

export type GroupSeed = {
  id: string;
  displayName: string;
  description: string;
  /** "managers": the team-manager security group of a service; "team": a Microsoft 365 group with a team. */
  kind: 'managers' | 'team';
  /** The shared mailbox of the service this group belongs to. */
  mailbox: string;
};

export type ChannelSeed = { id: string; displayName: string; description: string };
export type TeamSeed = { id: string; displayName: string; channels: ChannelSeed[] };

export type SandboxSeed = {
  personas: Persona[];
  sharedMailboxes: SharedMailbox[];
  groups: GroupSeed[];
  /** Team ids equal the ids of their "team" groups, as in Microsoft 365. */
  teams: TeamSeed[];
  /**
   * The app the bot signs in as (POST /sandbox/token with {"appId"}). Its application permissions reach the
   * shared mailboxes in `mailboxAccess` only (Mail.ReadWrite and Mail.Send, scoped as RBAC for Applications
   * scopes them in a tenant) and the directory; never a persona's own mailbox.
   */
  bot: SandboxBot;
  /** The sandbox's Entra tenant: Teams activities and the tokens that sign them name it. */
  tenantId: string;
};

export type SandboxBot = { appId: string; displayName: string; mailboxAccess: string[] };

/** The Referrals channel of each service team: where the bot posts its triage cards. */
export const REFERRALS_CHANNEL = 'Referrals';

// A reserved test domain (RFC 2606): the sandbox never holds real people.
export const PERSONA_DOMAIN = 'sandbox.test';

const localPart = (address: string): string => address.split('@')[0] ?? address;
const domainLabel = (address: string): string =>
  (address.split('@')[1] ?? 'service')
    .split('.')[0]
    ?.toLowerCase()
    .replace(/[^a-z0-9]/g, '') || 'service';

function titleFromAddress(address: string): string {
  return localPart(address)
    .split(/[._-]+/)
    .filter((w) => w.length > 0)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
}

function persona(upn: string, displayName: string, roles: Role[], mailboxAccess: string[], groups: string[]): Persona {
  return { id: guidFromText(`persona:${upn.toLowerCase()}`), upn, displayName, roles, mailboxAccess, groups };
}

/**
 * The default directory for a list of shared mailboxes: a referrer with no shared-mailbox access; per mailbox a
 * team manager (or parenting coordinator) with full access who is in that service's team-manager group and team;
 * Morgan Manager, a second team manager of every service; a worker and a service manager who are members of every
 * service team.
 */
export function buildSandboxSeed(sharedMailboxes: readonly (string | SharedMailboxSeed)[]): SandboxSeed {
  const seen = new Set<string>();
  const labels = new Map<string, number>();
  const shared: SharedMailbox[] = [];
  const groups: GroupSeed[] = [];
  const teams: TeamSeed[] = [];
  const managers: Persona[] = [];
  for (const entry of sharedMailboxes) {
    const m = typeof entry === 'string' ? { address: entry } : entry;
    const key = m.address.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    const name = m.displayName ?? titleFromAddress(m.address);
    shared.push({ id: guidFromText(`mailbox:${key}`), address: m.address, displayName: name });
    const managersGroup: GroupSeed = {
      id: guidFromText(`group:managers:${key}`),
      displayName: `${name} team managers`,
      description: 'Members may make triage decisions and approve extensions.',
      kind: 'managers',
      mailbox: m.address,
    };
    const teamGroup: GroupSeed = {
      id: guidFromText(`group:team:${key}`),
      displayName: `${name} team`,
      description: 'The service team: triage channel and bot cards.',
      kind: 'team',
      mailbox: m.address,
    };
    groups.push(managersGroup, teamGroup);
    teams.push({
      id: teamGroup.id,
      displayName: teamGroup.displayName,
      channels: [
        { id: channelIdFor(`general:${key}`), displayName: 'General', description: 'Team-wide conversation.' },
        {
          id: channelIdFor(`referrals:${key}`),
          displayName: REFERRALS_CHANNEL,
          description: 'Referral triage cards.',
        },
      ],
    });
    const label = domainLabel(m.address);
    const n = (labels.get(label) ?? 0) + 1;
    labels.set(label, n);
    const suffix = n === 1 ? label : `${label}${n}`;
    const role = m.managerRole ?? 'team-manager';
    const coordinator = role === 'parenting-coordinator';
    const upn = `${coordinator ? 'coordinator' : 'manager'}.${suffix}@${PERSONA_DOMAIN}`;
    const title = coordinator ? 'Parenting coordinator' : 'Team manager';
    managers.push(persona(upn, `${title}, ${name}`, [role], [m.address], [managersGroup.id, teamGroup.id]));
  }
  const allTeams = teams.map((t) => t.id);
  // A second decider in every service, so what cannot be one's own (approving an extension one asked for) and two
  // managers deciding at once can be tried by one person switching personas.
  const second = persona(
    `morgan.manager@${PERSONA_DOMAIN}`,
    'Morgan Manager',
    ['team-manager'],
    shared.map((m) => m.address),
    groups.map((g) => g.id),
  );
  return {
    personas: [
      persona(`riley.referrer@${PERSONA_DOMAIN}`, 'Riley Referrer', ['referrer'], [], []),
      ...managers,
      second,
      persona(`wren.worker@${PERSONA_DOMAIN}`, 'Wren Worker', ['worker'], [], allTeams),
      persona(`sam.servicemanager@${PERSONA_DOMAIN}`, 'Sam Service Manager', ['service-manager'], [], allTeams),
    ],
    sharedMailboxes: shared,
    groups,
    teams,
    bot: {
      appId: guidFromText('bot:referral-card'),
      displayName: 'Referral Card',
      mailboxAccess: shared.map((m) => m.address),
    },
    tenantId: guidFromText('tenant:referral-card-sandbox'),
  };
}

import { REFERRALS_CHANNEL, type SandboxSeed } from './seed';

/** One referral mailbox's triage team, in the shape of REFERRAL_CARD_SERVICE_BINDINGS. */
export type SandboxServiceBinding = {
  mailbox: string;
  teamId: string;
  channelId: string;
  decidingGroupId: string;
  serviceManager: string;
  /** What the triage board calls the mailbox. */
  displayName: string;
  /** Who decides: the role of the deciding group's members (Nottinghamshire's parenting coordinators). */
  deciderRole: 'team-manager' | 'parenting-coordinator';
};

/**
 * The service bindings that match a seeded directory: per shared mailbox its team, the team's Referrals channel,
 * the team-manager group that decides, and the service manager. env/.env.sandbox holds these values (a test keeps
 * them equal), so the bot and the board reach the same teams the sandbox seeds.
 */
export function sandboxServiceBindings(seed: SandboxSeed): SandboxServiceBinding[] {
  const serviceManager = seed.personas.find((p) => p.roles.includes('service-manager'));
  if (!serviceManager) throw new Error('The sandbox seed has no service manager.');
  return seed.sharedMailboxes.map((m) => {
    const key = m.address.toLowerCase();
    const ofMailbox = (kind: 'managers' | 'team') =>
      seed.groups.find((g) => g.kind === kind && g.mailbox.toLowerCase() === key);
    const team = seed.teams.find((t) => t.id === ofMailbox('team')?.id);
    const channel = team?.channels.find((c) => c.displayName === REFERRALS_CHANNEL);
    const deciders = ofMailbox('managers');
    if (!team || !channel || !deciders) throw new Error(`The sandbox seed has no triage team for ${m.address}.`);
    const coordinated = seed.personas.some(
      (p) => p.groups.includes(deciders.id) && p.roles.includes('parenting-coordinator'),
    );
    return {
      mailbox: m.address,
      teamId: team.id,
      channelId: channel.id,
      decidingGroupId: deciders.id,
      serviceManager: serviceManager.upn,
      displayName: m.displayName,
      deciderRole: coordinated ? 'parenting-coordinator' : 'team-manager',
    };
  });
}

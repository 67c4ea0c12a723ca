// The service bindings in env/.env.sandbox are the sandbox's own teams, channels and groups, so the bot and the board
// built from that file reach what `npm start` seeds; the example file's bindings pass the same schema.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseDeploymentEnv, parseEnvText } from '../../../src/auth/auth-config-env';
import { catalogue } from '../../../src/catalogues';
import { buildSandboxSeed } from '../../../src/sandbox/config/seed';
import { sandboxServiceBindings } from '../../../src/sandbox/config/service-bindings';
import { catalogueMailboxes } from '../../../src/sandbox/config/shared-mailboxes';

const envFile = (name: string) => {
  const file = path.join(__dirname, '../../../env', `.env.${name}`);
  return parseDeploymentEnv(parseEnvText(readFileSync(file, 'utf8'), file), file);
};

test('env/.env.sandbox holds exactly the bindings and bot id of the seeded sandbox', () => {
  const seed = buildSandboxSeed(catalogueMailboxes(catalogue));
  const env = envFile('sandbox');
  expect(env.REFERRAL_CARD_SERVICE_BINDINGS).toEqual(sandboxServiceBindings(seed));
  expect(env.REFERRAL_CARD_BOT_ID).toBe(seed.bot.appId);
});

test('one binding per referral mailbox: its team, that team’s Referrals channel, its managers and the service manager', () => {
  const seed = buildSandboxSeed(catalogueMailboxes(catalogue));
  const bindings = sandboxServiceBindings(seed);
  expect(bindings.map((b) => b.mailbox)).toEqual(seed.sharedMailboxes.map((m) => m.address));
  for (const b of bindings) {
    const team = seed.teams.find((t) => t.id === b.teamId);
    expect(team?.channels.find((c) => c.id === b.channelId)?.displayName).toBe('Referrals');
    expect(b.channelId).toMatch(/^19:[0-9a-f]{32}@thread\.tacv2$/);
    // The service's own manager (full access to that mailbox alone), and Morgan, the second manager of every service.
    const deciders = seed.personas.filter((p) => p.groups.includes(b.decidingGroupId));
    expect(deciders.map((p) => p.upn)).toEqual([expect.any(String), 'morgan.manager@sandbox.test']);
    expect(deciders[0]!.mailboxAccess).toEqual([b.mailbox]);
    expect(b.serviceManager).toBe('sam.servicemanager@sandbox.test');
  }
  const notts = bindings.find((b) => b.mailbox === 'parenting.courses@nottsc.gov.uk')!;
  expect(seed.personas.find((p) => p.groups.includes(notts.decidingGroupId))?.roles).toEqual(['parenting-coordinator']);
});

test('the example environment carries a realistic binding and a bot id', () => {
  const env = envFile('example');
  expect(env.REFERRAL_CARD_BOT_ID).toMatch(/^[0-9a-f-]{36}$/);
  expect(env.REFERRAL_CARD_SERVICE_BINDINGS).toHaveLength(1);
  expect(env.REFERRAL_CARD_SERVICE_BINDINGS?.[0]?.channelId).toMatch(/^19:.+@thread\.tacv2$/);
});

test('a seed without its service manager or a Referrals channel is refused with the reason', () => {
  const seed = buildSandboxSeed(['a@x.gov.uk']);
  expect(() =>
    sandboxServiceBindings({ ...seed, personas: seed.personas.filter((p) => !p.roles.includes('service-manager')) }),
  ).toThrow(/no service manager/);
  expect(() =>
    sandboxServiceBindings({ ...seed, teams: seed.teams.map((t) => ({ ...t, channels: t.channels.slice(0, 1) })) }),
  ).toThrow(/no triage team for a@x.gov.uk/);
});

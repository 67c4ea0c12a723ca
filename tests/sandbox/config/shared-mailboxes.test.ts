import { catalogue } from '../../../src/catalogues';
import { buildSandboxSeed } from '../../../src/sandbox/config/seed';
import { catalogueMailboxes } from '../../../src/sandbox/config/shared-mailboxes';

const MORGAN = 'morgan.manager@sandbox.test';

test('every referral mailbox of the catalogue becomes one shared mailbox, with its manager persona and Morgan', () => {
  const boxes = catalogueMailboxes(catalogue);
  const inCatalogue = new Set(catalogue.services.flatMap((s) => (s.mailbox ? [s.mailbox.toLowerCase()] : [])));
  expect(new Set(boxes.map((b) => b.address.toLowerCase()))).toEqual(inCatalogue);
  expect(boxes.find((b) => b.address === 'parenting.courses@nottsc.gov.uk')?.managerRole).toBe('parenting-coordinator');
  const seed = buildSandboxSeed(boxes);
  expect(seed.sharedMailboxes).toHaveLength(inCatalogue.size);
  for (const b of boxes) {
    const managers = seed.personas.filter((p) =>
      p.mailboxAccess.some((m) => m.toLowerCase() === b.address.toLowerCase()),
    );
    expect(managers.map((p) => p.upn)).toEqual([expect.stringMatching(/^(manager|coordinator)\./), MORGAN]);
  }
});

test('the seed is stable, case-insensitive on addresses, and gives the referrer no shared mailbox', () => {
  const a = buildSandboxSeed(['A.Box@x.example', 'a.box@X.example', 'other@x.example']);
  const b = buildSandboxSeed(['a.box@x.example', 'other@x.example']);
  expect(a.sharedMailboxes.map((m) => m.id)).toEqual(b.sharedMailboxes.map((m) => m.id));
  expect(a.personas.map((p) => p.upn)).toEqual([
    'riley.referrer@sandbox.test',
    'manager.x@sandbox.test',
    'manager.x2@sandbox.test',
    MORGAN,
    'wren.worker@sandbox.test',
    'sam.servicemanager@sandbox.test',
  ]);
  expect(a.personas[0]).toMatchObject({ roles: ['referrer'], mailboxAccess: [], groups: [] });
  // Morgan decides in every service: full access to every mailbox, in every managers group and team.
  expect(a.personas[3]).toMatchObject({
    roles: ['team-manager'],
    mailboxAccess: a.sharedMailboxes.map((m) => m.address),
  });
  expect(a.personas[3]!.groups).toEqual(a.groups.map((g) => g.id));
});

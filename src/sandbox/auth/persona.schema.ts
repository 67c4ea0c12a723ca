import { z } from 'zod';

/** Roles of the seeded personas (referrer, team manager, parenting coordinator, worker, service manager). */
export const personaRoleSchema = z.enum([
  'referrer',
  'team-manager',
  'parenting-coordinator',
  'worker',
  'service-manager',
]);
export type PersonaRole = z.infer<typeof personaRoleSchema>;

const upnSchema = z.string().regex(/^[^@\s]+@[^@\s]+\.[^@\s]+$/, 'Expected a user principal name like name@domain.');

/** A sandbox user. Validate persona config with it so a typo fails at start-up, not at sign-in. */
export const personaSchema = z.object({
  id: z.string().min(1),
  upn: upnSchema,
  displayName: z.string().min(1),
  roles: z.array(personaRoleSchema),
  /** Shared mailbox UPNs this persona has full access to. */
  mailboxAccess: z.array(upnSchema),
  /** Group ids this persona is a member of. */
  groups: z.array(z.string().min(1)),
});

export type Persona = z.infer<typeof personaSchema>;

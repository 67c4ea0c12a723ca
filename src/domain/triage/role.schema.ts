import { z } from 'zod';

// Who acts on a referral (GFPO §4, §9, §15 name the team manager and parenting coordinator).
export const ROLES = [
  'team-manager',
  'parenting-coordinator',
  'service-manager',
  'worker',
  'referrer',
  'system',
] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

/** The person (or the bot, role 'system') making a change. `id` is an opaque directory id, never a name. */
export const actorSchema = z.strictObject({
  id: z.string().trim().min(1).max(200),
  role: roleSchema,
});
export type Actor = z.infer<typeof actorSchema>;

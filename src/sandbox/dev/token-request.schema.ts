import { z } from 'zod';

/** POST /sandbox/token: a persona signs in by UPN, the bot by its app id. */
export const tokenRequestSchema = z
  .strictObject({ upn: z.string().min(1).optional(), appId: z.string().min(1).optional() })
  .refine((r) => (r.upn === undefined) !== (r.appId === undefined), {
    message: 'Send exactly one of "upn" or "appId".',
  });
export type TokenRequest = z.infer<typeof tokenRequestSchema>;

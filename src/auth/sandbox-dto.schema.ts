import { z } from 'zod';

// The sandbox's dev sign-in wire format (src/sandbox/handlers/dev-handlers.ts). Declared here, not imported: nothing
// imports src/sandbox (the lint zones refuse it), and the client checks what it is given.

export const sandboxPersonaSchema = z.object({
  id: z.string().min(1),
  upn: z.string().min(1),
  displayName: z.string().min(1),
  roles: z.array(z.string()),
});
export type SandboxPersona = z.infer<typeof sandboxPersonaSchema>;

/** GET /sandbox/personas */
export const sandboxPersonasResponseSchema = z.object({ value: z.array(sandboxPersonaSchema) });

/** POST /sandbox/token */
export const sandboxTokenResponseSchema = z.object({
  access_token: z.string().min(1),
  token_type: z.literal('Bearer'),
  expires_in: z.number().int().positive(),
});

/** Graph's error envelope, which the sandbox speaks. */
export const graphErrorEnvelopeSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    innerError: z.object({ 'request-id': z.string().optional() }).partial().optional(),
  }),
});

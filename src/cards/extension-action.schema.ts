import { z } from 'zod';

// The wire names of the extension card's buttons; `refresh` is what Teams and Outlook send to get a person's view.
export const EXTENSION_VERBS = {
  approve: 'extension.approve',
  decline: 'extension.decline',
  refresh: 'extension.refresh',
} as const;
export type ExtensionVerb = (typeof EXTENSION_VERBS)[keyof typeof EXTENSION_VERBS];

/** What every extension button carries: which request, of which referral, in which mailbox. */
const target = {
  referralId: z.uuid(),
  mailbox: z.email(),
  requestId: z.uuid(),
};

/** An extension button's data after the host merged the card's inputs into it; unknown fields are dropped. */
export const extensionActionSchema = z.discriminatedUnion('verb', [
  z.object({ verb: z.literal(EXTENSION_VERBS.approve), data: z.object(target) }),
  z.object({
    verb: z.literal(EXTENSION_VERBS.decline),
    data: z.object({
      ...target,
      comment: z
        .string({ error: 'Say why the extension is declined.' })
        .trim()
        .min(1, { error: 'Say why the extension is declined.' })
        .max(2000, { error: 'Keep the comment under 2,000 characters.' }),
    }),
  }),
  z.object({ verb: z.literal(EXTENSION_VERBS.refresh), data: z.object(target) }),
]);
export type ExtensionAction = z.infer<typeof extensionActionSchema>;

import { z } from 'zod';
import type { TriageState } from '../domain';

// The wire names of the triage card's buttons, one table: each verb is one move of the triage state machine.
export const TRIAGE_VERBS = {
  'triage.start-screening': { to: 'screening', label: 'Start screening' },
  'triage.accept': { to: 'accepted', label: 'Accept' },
  'triage.decline': { to: 'declined', label: 'Decline', input: 'reason' },
  'triage.ask': { to: 'more-information-requested', label: 'Ask for more information', input: 'question' },
  'triage.allocate': { to: 'allocated', label: 'Allocate', input: 'worker' },
} as const satisfies Record<string, { to: TriageState; label: string; input?: 'reason' | 'question' | 'worker' }>;

export type TriageVerb = keyof typeof TRIAGE_VERBS;
export const TRIAGE_VERB_NAMES = Object.keys(TRIAGE_VERBS) as TriageVerb[];

/**
 * Buttons that change no referral: "Allocate to a worker" asks for the deciders' own view of the card with the team
 * to choose from (the bot answers the clicker alone), and "Back" asks for the card as everyone sees it.
 */
export const TRIAGE_VIEW_VERBS = { chooseWorker: 'triage.choose-worker', back: 'triage.back' } as const;
export const CHOOSE_WORKER = 'Choose the worker to allocate.';

const typed = (what: string) =>
  z
    .string({ error: `Say ${what}.` })
    .trim()
    .min(1, { error: `Say ${what}.` })
    .max(2000, { error: `Keep ${what} under 2,000 characters.` });

/** What every triage button carries: which referral, in which mailbox, at the version the card showed. */
const target = {
  referralId: z.string().trim().min(1).max(200),
  mailbox: z.email(),
  expectedVersion: z.number().int().min(0).max(1_000_000),
};

/** A triage button's data after the host merged the card's inputs into it; unknown fields are dropped. */
export const triageActionSchema = z.discriminatedUnion('verb', [
  z.object({ verb: z.literal('triage.start-screening'), data: z.object(target) }),
  z.object({ verb: z.literal('triage.accept'), data: z.object(target) }),
  z.object({ verb: z.literal('triage.decline'), data: z.object({ ...target, reason: typed('why it is declined') }) }),
  z.object({
    verb: z.literal('triage.ask'),
    data: z.object({ ...target, question: typed('what information is needed') }),
  }),
  // A directory object id; whether it is one of the team's people is the bot's check, against the roster.
  z.object({
    verb: z.literal('triage.allocate'),
    data: z.object({ ...target, workerId: z.guid({ error: CHOOSE_WORKER }) }),
  }),
]);
export type TriageAction = z.infer<typeof triageActionSchema>;

/** A view button's data: the card it came from. */
export const triageViewActionSchema = z.object({
  verb: z.enum([TRIAGE_VIEW_VERBS.chooseWorker, TRIAGE_VIEW_VERBS.back]),
  data: z.object(target),
});
export type TriageViewAction = z.infer<typeof triageViewActionSchema>;

/** The value of an `adaptiveCard/action` invoke, as Teams sends it for Action.Execute. */
export const cardInvokeValueSchema = z.object({
  action: z.object({
    type: z.literal('Action.Execute'),
    verb: z.string().min(1).max(100),
    data: z.unknown().optional(),
  }),
  trigger: z.enum(['manual', 'automatic']).optional(),
});
export type CardInvokeValue = z.infer<typeof cardInvokeValueSchema>;

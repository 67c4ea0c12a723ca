import { z } from 'zod';
import { citationSchema } from './citation.schema';

export const outcomeSchema = z.enum(['ineligible', 'review']);

/** Fields every criterion has. */
export const baseCriterionShape = {
  /** Stable reason code, e.g. `lewisham.general.active-substance-misuse`. */
  id: z
    .string()
    .regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/, { message: 'Use lower-case words joined by . or -' })
    .max(120),
  /** The rule in the seed's words, paraphrased: shown as the reason. */
  requirement: z.string().trim().min(1).max(1000),
  citation: citationSchema,
  /** What happens when the criterion is not met; defaults to ineligible. */
  otherwise: outcomeSchema.optional(),
  alternatives: z.array(z.string().min(1).max(100)).max(10).optional(),
  /** The finding in plain words when the rule is met, where the facts' own words do not read well. */
  met: z.string().trim().min(1).max(500).optional(),
  /** The finding and the rule in plain words when it is not met, e.g. "Open to children's social care: …". */
  notMet: z.string().trim().min(1).max(1000).optional(),
  /** How the rule was read from its source, for the people who maintain the catalogue; never shown on the card. */
  notes: z.string().trim().min(1).max(4000).optional(),
};

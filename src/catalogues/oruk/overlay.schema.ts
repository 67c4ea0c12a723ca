import { z } from 'zod';
import {
  contactSchema,
  criterionSchema,
  packageRuleSchema,
  questionSchema,
  ruleSetSchema,
  serviceSchema,
} from '../../domain';

// A council's own rules on top of an imported feed, keyed by service id: ORUK describes services, the overlay
// adds the criteria it cannot express. Written in YAML (with comments) or JSON.

export const overlayServiceSchema = z.strictObject({
  /** Criteria added to the service (after the imported ones). */
  criteria: z.array(criterionSchema).max(100).optional(),
  /** true: the overlay's criteria replace the imported ones (e.g. drop the "check with the provider" review). */
  replaceCriteria: z.boolean().optional(),
  /** Shared rule sets (from this overlay or the catalogue) applied to the service. */
  ruleSets: z.array(z.string().min(1).max(100)).max(20).optional(),
  /** The referral mailbox; replaces the feed's email. */
  mailbox: serviceSchema.shape.mailbox,
  /** Replaces the service's contacts. */
  contacts: z.array(contactSchema).max(20).optional(),
});

export const overlaySchema = z.strictObject({
  /** The merged catalogue's version; default: the catalogue's. */
  version: z.string().trim().min(1).max(60).optional(),
  services: z.record(z.string().min(1).max(100), overlayServiceSchema).optional(),
  ruleSets: z.array(ruleSetSchema).max(1000).optional(),
  questions: z.array(questionSchema).max(2000).optional(),
  packageRules: z.array(packageRuleSchema).max(1000).optional(),
});

export type OverlayService = z.infer<typeof overlayServiceSchema>;
export type Overlay = z.infer<typeof overlaySchema>;

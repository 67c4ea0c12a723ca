import { z } from 'zod';
import { areasSchema } from '../areas/area.schema';
import { citationSchema } from '../criteria/citation.schema';
import { baseCriterionShape } from '../criteria/criterion-base.schema';
import { criterionSchema } from '../criteria/criterion.schema';
import { packageRuleSchema } from '../criteria/package/rules.schema';
import { timeStandardSchema } from '../triage/time-standard.schema';
import { sourceDocumentSchema } from './source-document.schema';
import { statementWordsSchema } from '../facts/fact-statements.schema';

const slug = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const serviceIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*\.[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    message: 'A service id is provider.service in lower case, e.g. lewisham.nvr',
  })
  .max(100);

export const contactSchema = z.strictObject({
  name: z.string().trim().min(1).max(200).optional(),
  email: z.email().max(320).optional(),
  phone: z.string().trim().max(60).optional(),
  hours: z.string().trim().max(200).optional(),
  note: z.string().trim().max(1000).optional(),
});

export const providerSchema = z.strictObject({
  id: z.string().regex(slug).max(60),
  name: z.string().trim().min(1).max(200),
  area: z.string().trim().max(200).optional(),
  description: z.string().trim().max(4000).optional(),
  /** The seed document the provider's services come from. */
  seed: citationSchema.shape.seed,
  /** The documents its citations name, with the words people see for them. */
  sources: z.array(sourceDocumentSchema).max(50).optional(),
  website: z.url().optional(),
  contacts: z.array(contactSchema).max(20).optional(),
  /** The councils it serves; the build gives each service an area criterion from these (or the service's own). */
  areas: areasSchema.optional(),
  notes: baseCriterionShape.notes,
});

/** A service-specific question, answered in `referral.answers[id]` and read as the fact `answers.<id>`. */
export const questionSchema = z
  .strictObject({
    id: z
      .string()
      .regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/)
      .max(100),
    label: z.string().trim().min(1).max(500),
    type: z.enum(['answer', 'number', 'choice', 'multi', 'date']),
    options: z
      .array(z.strictObject({ value: z.string().min(1).max(100), label: z.string().min(1).max(300) }))
      .max(50)
      .optional(),
    hint: z.string().max(1000).optional(),
    statements: statementWordsSchema.optional(),
    citation: citationSchema.optional(),
  })
  .refine((q) => (q.type === 'choice' || q.type === 'multi') === Boolean(q.options?.length), {
    message: 'choice and multi questions need options; other types must not have them',
  });

export const ruleSetSchema = z.strictObject({
  id: z
    .string()
    .regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/)
    .max(100),
  description: z.string().trim().min(1).max(1000),
  criteria: z.array(criterionSchema).min(1).max(100),
});

export const serviceSchema = z.strictObject({
  id: serviceIdSchema,
  providerId: z.string().regex(slug).max(60),
  name: z.string().trim().min(1).max(200),
  description: z.string().trim().min(1).max(4000),
  /** The shared referral mailbox; absent means filing is refused with the contact to use instead. */
  mailbox: z.email().max(320).optional(),
  contacts: z.array(contactSchema).max(20).optional(),
  kind: z.enum([
    'programme',
    'workshop',
    'group',
    'one-to-one',
    'intervention',
    'assessment',
    'conference',
    'advocacy',
    'accommodation',
    'resource',
    'support',
  ]),
  /** Who the service works with directly. */
  audience: z.enum(['child', 'adult', 'family']),
  format: z.string().trim().max(500).optional(),
  length: z.string().trim().max(300).optional(),
  ages: z
    .strictObject({
      min: z.number().int().min(-1).max(120).optional(),
      max: z.number().int().min(0).max(120).optional(),
    })
    .optional(),
  /** Plain-words eligibility, as published (also exported to Open Referral UK). */
  eligibilityDescription: z.string().trim().max(4000).optional(),
  /** Shared rule sets applied to this service, by id (rules the seed states once for many services). */
  ruleSets: z.array(z.string().min(1).max(100)).max(20),
  criteria: z.array(criterionSchema).max(100),
  citations: z.array(citationSchema).min(1).max(50),
  notes: baseCriterionShape.notes,
});

export const catalogueSchema = z.strictObject({
  version: z.string().trim().min(1).max(60),
  providers: z.array(providerSchema).max(500),
  services: z.array(serviceSchema).max(20000),
  ruleSets: z.array(ruleSetSchema).max(1000),
  questions: z.array(questionSchema).max(2000),
  packageRules: z.array(packageRuleSchema).max(1000),
  timeStandards: z.array(timeStandardSchema).max(1000),
});

export type Contact = z.infer<typeof contactSchema>;
export type Provider = z.infer<typeof providerSchema>;
export type Question = z.infer<typeof questionSchema>;
export type RuleSet = z.infer<typeof ruleSetSchema>;
export type Service = z.infer<typeof serviceSchema>;
export type Catalogue = z.infer<typeof catalogueSchema>;

/** The part of a catalogue one provider's file contributes. */
export type ProviderCatalogue = {
  provider: Provider;
  services: Service[];
  ruleSets?: RuleSet[];
  questions?: Question[];
  packageRules?: Catalogue['packageRules'];
  timeStandards?: Catalogue['timeStandards'];
};

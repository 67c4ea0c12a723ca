import { z } from 'zod';
import { citationSchema } from '../criteria/citation.schema';
import { ageCriterionSchema } from '../criteria/age.criterion.schema';
import { conditionCriterionSchema } from '../criteria/condition.criterion.schema';
import { personCriterionSchema } from '../criteria/person.criterion.schema';
import { reviewCriterionSchema } from '../criteria/review.criterion.schema';
import {
  maxItemsRuleSchema,
  packageConditionRuleSchema,
  separateGroupsRuleSchema,
} from '../criteria/package/rules.schema';
import { areasSchema } from '../areas/area.schema';
import { timeStandardSchema } from '../triage/time-standard.schema';
import { providerSchema, questionSchema, ruleSetSchema, serviceSchema } from './catalogue.schema';

// The shape of one provider's file (YAML or JSON) as a council officer writes it: the catalogue schema with
// defaults, so a citation may name only its section and services share a mailbox, contacts and rule sets.

/** A section heading of the provider's own source document, or a full citation. */
export const fileCitationSchema = z.union([
  citationSchema.shape.section.describe("A section heading of the provider's source document (its `seed`)"),
  citationSchema.extend({ seed: citationSchema.shape.seed.optional() }),
]);

/** The same object schema with a file citation in place of a full one, keeping its checks (min ≤ max, options…). */
function withFileCitation<Shape extends z.ZodRawShape, C extends z.ZodType>(schema: z.ZodObject<Shape>, citation: C) {
  const checks = (schema._zod.def.checks ?? []) as z.core.$ZodCheck<unknown>[];
  const shape = { ...schema.shape, citation } as Omit<Shape, 'citation'> & { citation: C };
  return z.strictObject(shape).check(...checks);
}

export const fileCriterionSchema = z.union([
  withFileCitation(conditionCriterionSchema, fileCitationSchema),
  withFileCitation(ageCriterionSchema, fileCitationSchema),
  withFileCitation(personCriterionSchema, fileCitationSchema),
  withFileCitation(reviewCriterionSchema, fileCitationSchema),
]);

const fileCriteria = z.array(fileCriterionSchema).max(100);

export const fileQuestionSchema = withFileCitation(questionSchema, fileCitationSchema.optional());

export const fileRuleSetSchema = ruleSetSchema.extend({ criteria: fileCriteria.min(1) });

export const filePackageRuleSchema = z.discriminatedUnion('kind', [
  withFileCitation(maxItemsRuleSchema, fileCitationSchema),
  withFileCitation(separateGroupsRuleSchema, fileCitationSchema),
  withFileCitation(packageConditionRuleSchema, fileCitationSchema),
]);

export const fileTimeStandardSchema = withFileCitation(timeStandardSchema, fileCitationSchema);

export const serviceDefaultsSchema = z
  .strictObject({
    mailbox: serviceSchema.shape.mailbox,
    contacts: serviceSchema.shape.contacts,
    ruleSets: serviceSchema.shape.ruleSets.optional(),
  })
  .describe('What every service in this file has unless the service says otherwise');

/** The councils a provider or a service serves, as ONS codes; the build turns them into each service's area criterion. */
export const fileAreasSchema = withFileCitation(areasSchema, fileCitationSchema).describe(
  'The councils served (ONS codes); every service gets an area criterion from these',
);

export const fileServiceSchema = serviceSchema.omit({ providerId: true }).extend({
  areas: fileAreasSchema.optional().describe("This service's own area, in place of the provider's"),
  ruleSets: serviceSchema.shape.ruleSets.optional().describe('Shared rule sets by id; default: serviceDefaults'),
  criteria: fileCriteria.optional().describe("The service's own criteria; default: none"),
  citations: z.array(fileCitationSchema).min(1).max(50),
});

export const providerFileSchema = z.strictObject({
  provider: providerSchema.extend({ areas: fileAreasSchema.optional() }),
  serviceDefaults: serviceDefaultsSchema.optional(),
  questions: z.array(fileQuestionSchema).max(2000).optional(),
  ruleSets: z.array(fileRuleSetSchema).max(1000).optional(),
  services: z.array(fileServiceSchema).max(20000),
  packageRules: z.array(filePackageRuleSchema).max(1000).optional(),
  timeStandards: z.array(fileTimeStandardSchema).max(1000).optional(),
});

/** The list of provider files the built-in catalogue is made of, in the order the card shows them. */
export const catalogueManifestSchema = z.strictObject({
  /** Recorded in every referral filed: bump it whenever a provider file changes. */
  version: z.string().trim().min(1).max(60),
  providers: z
    .array(
      z.string().regex(/^[a-z0-9-]+\.catalogue\.(yaml|yml|json)$/, {
        message: 'A file name such as my-council.catalogue.yaml',
      }),
    )
    .min(1)
    .max(500),
});

export type FileCitation = z.infer<typeof fileCitationSchema>;
export type FileCriterion = z.infer<typeof fileCriterionSchema>;
export type FileAreas = z.infer<typeof fileAreasSchema>;
export type ProviderFile = z.infer<typeof providerFileSchema>;
export type CatalogueManifest = z.infer<typeof catalogueManifestSchema>;

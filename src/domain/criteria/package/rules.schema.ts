import { z } from 'zod';
import { citationSchema } from '../citation.schema';
import { conditionSchema } from '../condition.schema';
import { servicePatternSchema } from './package-rule.schema';

const baseShape = {
  id: z
    .string()
    .regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/)
    .max(120),
  services: z.array(servicePatternSchema).min(1).max(100),
  message: z.string().trim().min(1).max(1000),
  citation: citationSchema,
};

// e.g. GFPO section 7: the package can include up to a maximum of three intervention items.
export const maxItemsRuleSchema = z.strictObject({
  kind: z.literal('max-items'),
  ...baseShape,
  max: z.number().int().min(1).max(100),
});
export type MaxItemsRule = z.infer<typeof maxItemsRuleSchema>;

// e.g. Lewisham CODA and Juniper: siblings cannot access the same group.
export const separateGroupsRuleSchema = z.strictObject({ kind: z.literal('separate-groups'), ...baseShape });
export type SeparateGroupsRule = z.infer<typeof separateGroupsRuleSchema>;

// A rule that must hold whenever one of its services is in the package, e.g. GFPO's primary need category.
export const packageConditionRuleSchema = z.strictObject({
  kind: z.literal('condition'),
  ...baseShape,
  test: conditionSchema,
  severity: z.enum(['blocking', 'advice']),
});
export type PackageConditionRule = z.infer<typeof packageConditionRuleSchema>;

export const packageRuleSchema = z.discriminatedUnion('kind', [
  maxItemsRuleSchema,
  separateGroupsRuleSchema,
  packageConditionRuleSchema,
]);
export type PackageRule = z.infer<typeof packageRuleSchema>;

import { z } from 'zod';
import { citationSchema } from '../citation.schema';
import { conditionFacts, conditionSchema, evaluateCondition } from '../condition';
import { missingFrom } from '../kind';
import { matchesService, servicePatternSchema } from './package-rule';
import type { Finding, PackageRuleKind } from './package-rule';

const baseShape = {
  id: z.string().regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/).max(120),
  services: z.array(servicePatternSchema).min(1).max(100),
  message: z.string().trim().min(1).max(1000),
  citation: citationSchema,
};

const finding = (rule: z.infer<z.ZodObject<typeof baseShape>>, extra: Omit<Finding, 'code' | 'message' | 'citation'>, message = rule.message): Finding => ({
  code: rule.id,
  message,
  citation: rule.citation,
  ...extra,
});

// e.g. GFPO section 7: the package can include up to a maximum of three intervention items.
export const maxItemsRuleSchema = z.strictObject({ kind: z.literal('max-items'), ...baseShape, max: z.number().int().min(1).max(100) });
export type MaxItemsRule = z.infer<typeof maxItemsRuleSchema>;
export const maxItemsKind: PackageRuleKind<MaxItemsRule> = {
  kind: 'max-items',
  schema: maxItemsRuleSchema,
  facts: () => [],
  evaluate: (rule, env) => {
    const items = env.requested.filter((r) => matchesService(rule.services, r.serviceId)).map((r) => r.serviceId);
    if (items.length <= rule.max) return [];
    return [finding(rule, { severity: 'blocking', status: 'not-met', serviceIds: items, missing: [] }, `${rule.message} (${items.length} chosen)`)];
  },
};

// e.g. Lewisham CODA and Juniper: siblings cannot access the same group.
export const separateGroupsRuleSchema = z.strictObject({ kind: z.literal('separate-groups'), ...baseShape });
export type SeparateGroupsRule = z.infer<typeof separateGroupsRuleSchema>;
export const separateGroupsKind: PackageRuleKind<SeparateGroupsRule> = {
  kind: 'separate-groups',
  schema: separateGroupsRuleSchema,
  facts: () => [],
  evaluate: (rule, env) =>
    env.requested
      .filter((r) => matchesService(rule.services, r.serviceId) && r.personIds.filter((p) => env.isChild(p)).length > 1)
      .map((r) => finding(rule, { severity: 'blocking', status: 'not-met', serviceIds: [r.serviceId], missing: [] })),
};

// A rule that must hold whenever one of its services is in the package, e.g. GFPO's primary need category.
export const packageConditionRuleSchema = z.strictObject({
  kind: z.literal('condition'),
  ...baseShape,
  test: conditionSchema,
  severity: z.enum(['blocking', 'advice']),
});
export type PackageConditionRule = z.infer<typeof packageConditionRuleSchema>;
export const packageConditionKind: PackageRuleKind<PackageConditionRule> = {
  kind: 'condition',
  schema: packageConditionRuleSchema,
  facts: (rule) => conditionFacts(rule.test),
  evaluate: (rule, env) => {
    const items = env.requested.filter((r) => matchesService(rule.services, r.serviceId)).map((r) => r.serviceId);
    if (items.length === 0) return [];
    const truth = evaluateCondition(rule.test, (id) => env.read(id));
    if (truth.value === true) return [];
    if (truth.value === 'missing') {
      return [finding(rule, { severity: rule.severity, status: 'missing', serviceIds: items, missing: missingFrom(truth.missing, env.label) })];
    }
    const status = truth.value === false ? 'not-met' : 'review';
    return [finding(rule, { severity: rule.severity, status, serviceIds: items, missing: [] })];
  },
};

export const PACKAGE_RULE_KINDS = {
  'max-items': maxItemsKind,
  'separate-groups': separateGroupsKind,
  condition: packageConditionKind,
} as const;

export const packageRuleSchema = z.discriminatedUnion('kind', [maxItemsRuleSchema, separateGroupsRuleSchema, packageConditionRuleSchema]);
export type PackageRule = z.infer<typeof packageRuleSchema>;

export function packageKindOf<R extends PackageRule>(rule: R): PackageRuleKind<R> {
  return PACKAGE_RULE_KINDS[rule.kind] as unknown as PackageRuleKind<R>;
}

export type { Finding, PackageEnv } from './package-rule';
export { matchesService };

import type { Citation } from '../citation.schema';
import { conditionFacts, evaluateCondition } from '../condition';
import { missingFrom } from '../kind';
import { matchesService } from './package-rule';
import type { Finding, PackageRuleKind } from './package-rule';
import type { MaxItemsRule, PackageConditionRule, PackageRule, SeparateGroupsRule } from './rules.schema';

// The schemas live in rules.schema.ts, so evaluating a package loads no zod; this module still offers them.
export {
  maxItemsRuleSchema,
  packageConditionRuleSchema,
  packageRuleSchema,
  separateGroupsRuleSchema,
} from './rules.schema';
export type { MaxItemsRule, PackageConditionRule, PackageRule, SeparateGroupsRule } from './rules.schema';

type BaseRule = { readonly id: string; readonly message: string; readonly citation: Citation };

const finding = (
  rule: BaseRule,
  extra: Omit<Finding, 'code' | 'message' | 'citation'>,
  message = rule.message,
): Finding => ({
  code: rule.id,
  message,
  citation: rule.citation,
  ...extra,
});

// e.g. GFPO section 7: the package can include up to a maximum of three intervention items.
export const maxItemsKind: PackageRuleKind<MaxItemsRule> = {
  kind: 'max-items',
  facts: () => [],
  evaluate: (rule, env) => {
    const items = env.requested.filter((r) => matchesService(rule.services, r.serviceId)).map((r) => r.serviceId);
    if (items.length <= rule.max) return [];
    return [
      finding(
        rule,
        { severity: 'blocking', status: 'not-met', serviceIds: items, missing: [] },
        `${rule.message} (${items.length} chosen)`,
      ),
    ];
  },
};

// e.g. Lewisham CODA and Juniper: siblings cannot access the same group.
export const separateGroupsKind: PackageRuleKind<SeparateGroupsRule> = {
  kind: 'separate-groups',
  facts: () => [],
  evaluate: (rule, env) =>
    env.requested
      .filter((r) => matchesService(rule.services, r.serviceId) && r.personIds.filter((p) => env.isChild(p)).length > 1)
      .map((r) => finding(rule, { severity: 'blocking', status: 'not-met', serviceIds: [r.serviceId], missing: [] })),
};

// A rule that must hold whenever one of its services is in the package, e.g. GFPO's primary need category.
export const packageConditionKind: PackageRuleKind<PackageConditionRule> = {
  kind: 'condition',
  facts: (rule) => conditionFacts(rule.test),
  evaluate: (rule, env) => {
    const items = env.requested.filter((r) => matchesService(rule.services, r.serviceId)).map((r) => r.serviceId);
    if (items.length === 0) return [];
    const truth = evaluateCondition(rule.test, (id) => env.read(id));
    if (truth.value === true) return [];
    if (truth.value === 'missing') {
      return [
        finding(rule, {
          severity: rule.severity,
          status: 'missing',
          serviceIds: items,
          missing: missingFrom(truth.missing, env.label),
        }),
      ];
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

export function packageKindOf<R extends PackageRule>(rule: R): PackageRuleKind<R> {
  return PACKAGE_RULE_KINDS[rule.kind] as unknown as PackageRuleKind<R>;
}

export type { Finding, PackageEnv } from './package-rule';
export { matchesService };

// Criteria as data: each kind's evaluator (zod-free, so the engine runs without zod) and, apart, its zod schema.
export { CRITERION_KINDS, kindOf } from './kinds';
export { criterionSchema } from './criterion.schema';
export type { Criterion } from './criterion.schema';
export { baseCriterionShape, outcomeSchema } from './criterion-base.schema';
export { conditionSchema } from './condition.schema';

export * from './kind';
export * from './condition';
export * from './citation.schema';

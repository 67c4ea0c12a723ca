/** The parsed form of a `$filter` expression (the subset Graph mail queries use). */

export type Literal =
  | { kind: 'string'; value: string }
  | { kind: 'number'; value: number }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'null' }
  /** An unquoted DateTimeOffset (`2026-01-01T00:00:00Z`) or Date (`2026-01-01`), as epoch ms. */
  | { kind: 'datetime'; value: number; text: string };

/**
 * A property path. `variable` is set when the path starts at a lambda variable (`ep/id` in
 * `singleValueExtendedProperties/any(ep: ep/id eq '…')`); `segments` may then be empty (`c eq 'x'`).
 */
export type PathOperand = { type: 'path'; variable?: string; segments: string[] };
export type Operand = { type: 'literal'; literal: Literal } | PathOperand;

export type ComparisonOp = 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le';
export type StringFunction = 'contains' | 'startswith' | 'endswith';

export type FilterExpr =
  | { type: 'compare'; op: ComparisonOp; left: Operand; right: Operand }
  | { type: 'and' | 'or'; left: FilterExpr; right: FilterExpr }
  | { type: 'not'; expr: FilterExpr }
  | { type: 'function'; name: StringFunction; args: [Operand, Operand] }
  /** `collection/any(v: predicate)`; `predicate` is absent for `collection/any()` (non-empty test). */
  | { type: 'lambda'; quantifier: 'any' | 'all'; collection: PathOperand; variable: string; predicate?: FilterExpr };

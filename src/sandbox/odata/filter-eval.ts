import type { ComparisonOp, FilterExpr, Operand, PathOperand } from './filter-ast';
import { parseODataDate } from './filter-lexer';

/** A value ready to compare. Strings compare case-insensitively, as Exchange does for mail filters. */
type Value =
  | { kind: 'null' }
  | { kind: 'string'; v: string }
  | { kind: 'number'; v: number }
  | { kind: 'boolean'; v: boolean }
  | { kind: 'date'; v: number }
  | { kind: 'other' };

type Scope = ReadonlyMap<string, unknown>;

/** True when `item` satisfies the parsed `$filter` expression. Never throws on odd data. */
export function matchesFilter(item: object, expr: FilterExpr): boolean {
  return evaluate(expr, item, new Map());
}

function evaluate(expr: FilterExpr, root: object, scope: Scope): boolean {
  switch (expr.type) {
    case 'and':
      return evaluate(expr.left, root, scope) && evaluate(expr.right, root, scope);
    case 'or':
      return evaluate(expr.left, root, scope) || evaluate(expr.right, root, scope);
    case 'not':
      return !evaluate(expr.expr, root, scope);
    case 'compare':
      return compare(expr.op, valueOf(expr.left, root, scope), valueOf(expr.right, root, scope));
    case 'function': {
      const [haystack, needle] = expr.args.map((arg) => valueOf(arg, root, scope));
      if (haystack?.kind !== 'string' || needle?.kind !== 'string') return false;
      const [h, n] = [haystack.v.toLowerCase(), needle.v.toLowerCase()];
      if (expr.name === 'contains') return h.includes(n);
      return expr.name === 'startswith' ? h.startsWith(n) : h.endsWith(n);
    }
    case 'lambda': {
      const collection = resolvePath(expr.collection, root, scope);
      if (!Array.isArray(collection)) return expr.quantifier === 'all';
      const { predicate } = expr;
      if (!predicate) return collection.length > 0;
      const test = (element: unknown): boolean => evaluate(predicate, root, new Map(scope).set(expr.variable, element));
      return expr.quantifier === 'any' ? collection.some(test) : collection.every(test);
    }
  }
}

function resolvePath(path: PathOperand, root: object, scope: Scope): unknown {
  let current: unknown = path.variable === undefined ? root : scope.get(path.variable);
  for (const segment of path.segments) {
    if (current === null || typeof current !== 'object' || Array.isArray(current)) return undefined;
    current = Object.prototype.hasOwnProperty.call(current, segment)
      ? (current as Record<string, unknown>)[segment]
      : undefined;
  }
  return current;
}

function valueOf(operand: Operand, root: object, scope: Scope): Value {
  if (operand.type === 'path') return fromRaw(resolvePath(operand, root, scope));
  const { literal } = operand;
  switch (literal.kind) {
    case 'null':
      return { kind: 'null' };
    case 'datetime':
      return { kind: 'date', v: literal.value };
    default:
      return { kind: literal.kind, v: literal.value } as Value;
  }
}

function fromRaw(raw: unknown): Value {
  if (raw === null || raw === undefined) return { kind: 'null' };
  if (typeof raw === 'string') return { kind: 'string', v: raw };
  if (typeof raw === 'number') return { kind: 'number', v: raw };
  if (typeof raw === 'boolean') return { kind: 'boolean', v: raw };
  return { kind: 'other' };
}

function compare(op: ComparisonOp, a: Value, b: Value): boolean {
  const order = ordering(a, b);
  switch (op) {
    case 'eq':
      return order === 0;
    case 'ne':
      return order !== 0;
    case 'gt':
      return order !== undefined && order > 0;
    case 'ge':
      return order !== undefined && order >= 0;
    case 'lt':
      return order !== undefined && order < 0;
    case 'le':
      return order !== undefined && order <= 0;
  }
}

/**
 * -1/0/1, or undefined when the values cannot be ordered (type mismatch, null against a value):
 * then eq is false, ne is true and ordered comparisons are false. null eq null is true.
 */
function ordering(a: Value, b: Value): number | undefined {
  if (a.kind === 'null' || b.kind === 'null') return a.kind === b.kind ? 0 : undefined;
  if (a.kind === 'date' || b.kind === 'date') {
    const [x, y] = [asDate(a), asDate(b)];
    return x === undefined || y === undefined ? undefined : Math.sign(x - y);
  }
  if (a.kind === 'other' || b.kind === 'other' || a.kind !== b.kind) return undefined;
  if (a.kind === 'string') {
    const [x, y] = [a.v.toLowerCase(), (b as { v: string }).v.toLowerCase()];
    return x === y ? 0 : x < y ? -1 : 1;
  }
  const [x, y] = [Number(a.v), Number((b as { v: number | boolean }).v)];
  return Math.sign(x - y);
}

/** A date literal, or a string property holding an ISO instant (Graph sends dates as strings). */
function asDate(value: Value): number | undefined {
  if (value.kind === 'date') return value.v;
  return value.kind === 'string' ? parseODataDate(value.v) : undefined;
}

import type { ComparisonOp, FilterExpr, Operand, PathOperand, StringFunction } from './filter-ast';
import { FilterSyntaxError, type Token, tokenize } from './filter-lexer';

const COMPARISONS = new Set<string>(['eq', 'ne', 'gt', 'ge', 'lt', 'le']);
const FUNCTIONS = new Set<string>(['contains', 'startswith', 'endswith']);
// Real OData that the sandbox does not emulate: named, so the 400 says what is missing.
const UNSUPPORTED_OPERATORS = new Set(['has', 'in', 'add', 'sub', 'mul', 'div', 'divby', 'mod']);
const MAX_DEPTH = 50;

/** Parses a `$filter` expression; throws FilterSyntaxError (with a position) on anything else. */
export function parseFilter(text: string): FilterExpr {
  const parser = new Parser(tokenize(text));
  const expr = parser.parseOr();
  parser.expectEnd();
  return expr;
}

class Parser {
  private index = 0;
  private depth = 0;
  private readonly scopes: string[] = [];

  constructor(private readonly tokens: Token[]) {}

  parseOr(): FilterExpr {
    let left = this.parseAnd();
    while (this.isWord('or')) {
      this.index += 1;
      left = { type: 'or', left, right: this.parseAnd() };
    }
    return left;
  }

  expectEnd(): void {
    const token = this.peek();
    if (token.t === 'end') return;
    if (token.t === 'punct' && token.v === ')')
      throw new FilterSyntaxError("unbalanced parentheses: unexpected ')'", token.pos);
    throw new FilterSyntaxError(`unexpected ${describe(token)}`, token.pos);
  }

  private parseAnd(): FilterExpr {
    let left = this.parseUnary();
    while (this.isWord('and')) {
      this.index += 1;
      left = { type: 'and', left, right: this.parseUnary() };
    }
    return left;
  }

  private parseUnary(): FilterExpr {
    this.enter();
    let expr: FilterExpr;
    if (this.isWord('not')) {
      this.index += 1;
      expr = { type: 'not', expr: this.parseUnary() };
    } else {
      expr = this.parsePrimary();
    }
    this.depth -= 1;
    return expr;
  }

  private parsePrimary(): FilterExpr {
    const open = this.peek();
    if (open.t === 'punct' && open.v === '(') {
      this.index += 1;
      const inner = this.parseOr();
      const close = this.peek();
      if (!(close.t === 'punct' && close.v === ')'))
        throw new FilterSyntaxError(`unbalanced parentheses: expected ')' but found ${describe(close)}`, close.pos);
      this.index += 1;
      return inner;
    }
    const left = this.parseTerm();
    if (left.type !== 'literal' && left.type !== 'path') return left;
    const opToken = this.peek();
    if (opToken.t !== 'ident')
      throw new FilterSyntaxError(`expected a comparison operator but found ${describe(opToken)}`, opToken.pos);
    if (!COMPARISONS.has(opToken.v)) {
      const what = UNSUPPORTED_OPERATORS.has(opToken.v.toLowerCase()) ? 'is not supported' : 'is not a known operator';
      throw new FilterSyntaxError(`'${opToken.v}' ${what}`, opToken.pos);
    }
    this.index += 1;
    return { type: 'compare', op: opToken.v as ComparisonOp, left, right: this.parseOperand() };
  }

  private parseOperand(): Operand {
    const start = this.peek();
    const term = this.parseTerm();
    if (term.type === 'literal' || term.type === 'path') return term;
    throw new FilterSyntaxError('a boolean expression cannot be compared here', start.pos);
  }

  /** A literal, a property path, a string function call or a lambda. */
  private parseTerm(): Operand | FilterExpr {
    const token = this.next();
    if (token.t === 'literal') return { type: 'literal', literal: token.literal };
    if (token.t !== 'ident')
      throw new FilterSyntaxError(`expected a property, value or function but found ${describe(token)}`, token.pos);
    if (this.isPunct('(')) return this.parseFunction(token.v, token.pos);
    const path: PathOperand = this.scopes.includes(token.v)
      ? { type: 'path', variable: token.v, segments: [] }
      : { type: 'path', segments: [token.v] };
    while (this.isPunct('/')) {
      this.index += 1;
      const segment = this.next();
      if (segment.t !== 'ident')
        throw new FilterSyntaxError(`expected a property name after '/' but found ${describe(segment)}`, segment.pos);
      const lower = segment.v.toLowerCase();
      // Graph's docs write `Any(ep: …)` for extended properties; OData says `any`: accept both.
      if ((lower === 'any' || lower === 'all') && this.isPunct('(')) return this.parseLambda(lower, path, segment.pos);
      path.segments.push(segment.v);
    }
    return path;
  }

  private parseFunction(name: string, pos: number): FilterExpr {
    if (!FUNCTIONS.has(name)) throw new FilterSyntaxError(`the function '${name}' is not supported`, pos);
    this.expectPunct('(');
    const first = this.parseOperand();
    this.expectPunct(',');
    const second = this.parseOperand();
    this.expectPunct(')');
    return { type: 'function', name: name as StringFunction, args: [first, second] };
  }

  private parseLambda(quantifier: 'any' | 'all', collection: PathOperand, pos: number): FilterExpr {
    this.expectPunct('(');
    if (this.isPunct(')')) {
      if (quantifier === 'all') throw new FilterSyntaxError("'all' needs a lambda expression", pos);
      this.index += 1;
      return { type: 'lambda', quantifier, collection, variable: '' };
    }
    const variable = this.next();
    if (variable.t !== 'ident')
      throw new FilterSyntaxError(`expected a lambda variable but found ${describe(variable)}`, variable.pos);
    this.expectPunct(':');
    this.scopes.push(variable.v);
    const predicate = this.parseOr();
    this.scopes.pop();
    this.expectPunct(')');
    return { type: 'lambda', quantifier, collection, variable: variable.v, predicate };
  }

  private enter(): void {
    this.depth += 1;
    if (this.depth > MAX_DEPTH) throw new FilterSyntaxError('the expression is nested too deeply', this.peek().pos);
  }

  private peek(): Token {
    return this.tokens[this.index] as Token; // tokenize always ends with an 'end' token
  }

  private next(): Token {
    const token = this.peek();
    if (token.t !== 'end') this.index += 1;
    return token;
  }

  private isWord(word: string): boolean {
    const token = this.peek();
    return token.t === 'ident' && token.v === word;
  }

  private isPunct(v: string): boolean {
    const token = this.peek();
    return token.t === 'punct' && token.v === v;
  }

  private expectPunct(v: string): void {
    const token = this.peek();
    if (token.t === 'punct' && token.v === v) {
      this.index += 1;
      return;
    }
    const detail = v === ')' ? `unbalanced parentheses: expected ')'` : `expected '${v}'`;
    throw new FilterSyntaxError(`${detail} but found ${describe(token)}`, token.pos);
  }
}

function describe(token: Token): string {
  switch (token.t) {
    case 'end':
      return 'the end of the expression';
    case 'punct':
      return `'${token.v}'`;
    case 'ident':
      return `'${token.v}'`;
    case 'literal':
      return 'a literal';
  }
}

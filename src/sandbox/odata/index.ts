// OData system query options for the sandbox's Graph collections ($filter, $select, $orderby, paging…).
export type { ComparisonOp, FilterExpr, Literal, Operand, PathOperand, StringFunction } from './filter-ast';
export { matchesFilter } from './filter-eval';
export { FilterSyntaxError, parseODataDate } from './filter-lexer';
export { parseFilter } from './filter-parser';
export { type ApplyOptions, type ODataPage, DEFAULT_PAGE_SIZE, applyODataQuery } from './query-apply';
export { type ODataParseResult, type ODataQuery, type OrderBy, MAX_TOP, parseODataQuery } from './query-parser';
export { decodeSkipToken, encodeSkipToken } from './skip-token';

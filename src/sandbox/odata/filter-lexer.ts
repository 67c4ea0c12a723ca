import type { Literal } from './filter-ast';

export type Token =
  | { t: 'punct'; v: '(' | ')' | ',' | ':' | '/'; pos: number }
  | { t: 'ident'; v: string; pos: number }
  | { t: 'literal'; literal: Literal; pos: number }
  | { t: 'end'; pos: number };

/** A syntax error at a 0-based character position of the expression. */
export class FilterSyntaxError extends Error {
  constructor(
    message: string,
    readonly position: number,
  ) {
    super(message);
    this.name = 'FilterSyntaxError';
  }
}

const IDENT = /[A-Za-z_][A-Za-z0-9_]*/y;
const NUMBER = /-?[0-9]+(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const DATE_LIKE = /[0-9]{4}-[0-9A-Za-z:.+-]*/y;
const MAX_TOKENS = 2000;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let pos = 0;
  while (pos < text.length) {
    if (tokens.length > MAX_TOKENS) throw new FilterSyntaxError('the expression is too long', pos);
    const ch = text[pos] as string;
    if (ch === ' ' || ch === '\t' || ch === '\r' || ch === '\n') {
      pos += 1;
    } else if (ch === '(' || ch === ')' || ch === ',' || ch === ':' || ch === '/') {
      tokens.push({ t: 'punct', v: ch, pos });
      pos += 1;
    } else if (ch === "'") {
      const [value, end] = readString(text, pos);
      tokens.push({ t: 'literal', literal: { kind: 'string', value }, pos });
      pos = end;
    } else if (/[0-9-]/.test(ch)) {
      const [literal, end] = readNumberOrDate(text, pos);
      tokens.push({ t: 'literal', literal, pos });
      pos = end;
    } else {
      IDENT.lastIndex = pos;
      const word = IDENT.exec(text)?.[0];
      if (!word) throw new FilterSyntaxError(`unexpected character '${ch}'`, pos);
      tokens.push(keywordLiteral(word, pos) ?? { t: 'ident', v: word, pos });
      pos += word.length;
    }
  }
  tokens.push({ t: 'end', pos });
  return tokens;
}

function keywordLiteral(word: string, pos: number): Token | undefined {
  if (word === 'true' || word === 'false')
    return { t: 'literal', literal: { kind: 'boolean', value: word === 'true' }, pos };
  if (word === 'null') return { t: 'literal', literal: { kind: 'null' }, pos };
  return undefined;
}

/** OData string literal: single quotes, a quote inside doubled (`'O''Brien'`). */
function readString(text: string, start: number): [string, number] {
  let value = '';
  let pos = start + 1;
  for (;;) {
    const quote = text.indexOf("'", pos);
    if (quote < 0) throw new FilterSyntaxError('unterminated string literal', start);
    value += text.slice(pos, quote);
    if (text[quote + 1] !== "'") return [value, quote + 1];
    value += "'";
    pos = quote + 2;
  }
}

function readNumberOrDate(text: string, start: number): [Literal, number] {
  DATE_LIKE.lastIndex = start;
  const dateText = DATE_LIKE.exec(text)?.[0];
  if (dateText) {
    const value = parseODataDate(dateText);
    if (value === undefined) throw new FilterSyntaxError(`'${dateText}' is not a valid date`, start);
    return [{ kind: 'datetime', value, text: dateText }, start + dateText.length];
  }
  NUMBER.lastIndex = start;
  const numberText = NUMBER.exec(text)?.[0];
  const value = numberText === undefined ? NaN : Number(numberText);
  if (numberText === undefined || !Number.isFinite(value)) throw new FilterSyntaxError('invalid number', start);
  return [{ kind: 'number', value }, start + numberText.length];
}

// DateTimeOffset needs a zone (Z or ±hh:mm); a bare date is an Edm.Date taken as midnight UTC.
const DATE =
  /^([0-9]{4})-([0-9]{2})-([0-9]{2})(?:T([0-9]{2}):([0-9]{2})(?::([0-9]{2})(?:\.([0-9]{1,7}))?)?(Z|[+-][0-9]{2}:[0-9]{2}))?$/i;

// $orderby/$filter parse the same stored date strings on every page request: remember them.
const parsedDates = new Map<string, number | undefined>();
const MAX_CACHED_DATES = 100_000;

/** Epoch ms of an OData Date/DateTimeOffset literal, or undefined when it is not a real instant. */
export function parseODataDate(text: string): number | undefined {
  const first = text.charCodeAt(0);
  if (text.length > 40 || !(first >= 0x30 && first <= 0x39)) return undefined; // not a date: skip the cache
  if (parsedDates.has(text)) return parsedDates.get(text);
  const ms = parseDate(text);
  if (parsedDates.size >= MAX_CACHED_DATES) parsedDates.clear();
  parsedDates.set(text, ms);
  return ms;
}

function parseDate(text: string): number | undefined {
  const m = DATE.exec(text);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const hour = m[4] === undefined ? 0 : Number(m[4]);
  const minute = m[5] === undefined ? 0 : Number(m[5]);
  const second = m[6] === undefined ? 0 : Number(m[6]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59 || second > 59)
    return undefined;
  let offsetMinutes = 0;
  const zone = m[8];
  if (zone !== undefined && zone !== 'Z' && zone !== 'z') {
    const zh = Number(zone.slice(1, 3));
    const zm = Number(zone.slice(4, 6));
    if (zh > 14 || zm > 59) return undefined;
    offsetMinutes = (zone.startsWith('-') ? -1 : 1) * (zh * 60 + zm);
  }
  const fraction = m[7] === undefined ? 0 : Number(`0.${m[7]}`) * 1000;
  let ms = Date.UTC(year, month - 1, day, hour, minute, second);
  if (year < 100) ms = new Date(ms).setUTCFullYear(year); // Date.UTC maps years 0–99 to 1900–1999
  return ms + fraction - offsetMinutes * 60_000;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeap(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

import type { FormatArgRef, FormatCount, FormatPiece, FormatSpec } from './ast.js';
import { isIdContinue, isIdStart } from './lexcheck.js';
import { escapeDebug } from './literals.js';

/**
 * Format strings, following rustc_parse_format (the parser) and rustc_builtin_macros/format.rs
 * (argument resolution and its errors), so that the same strings are accepted and rejected
 * with the same messages.
 *
 * Offsets here are indices into the format string's *value* (after escape processing); the
 * caller maps them back to the source.
 *
 * Implicit positions stay `{kind:'next'}` in the pieces. They are numbered like rustc does:
 * walk the `arg` pieces in order with a counter starting at 0; in each piece, a `next`
 * precision (`.*`) takes the counter first, then a `next` argument takes it.
 * `resolveImplicitPositions` does exactly that.
 */

export interface ValueRange {
  readonly start: number;
  readonly end: number;
}

/** A problem found while parsing or checking a format string. */
export class FormatProblem {
  constructor(
    readonly message: string,
    /** Where it is: inside the string (value offsets), at explicit arguments (indices), or the whole literal. */
    readonly at:
      | { readonly kind: 'string'; readonly range: ValueRange }
      | { readonly kind: 'args'; readonly indices: readonly number[] }
      | { readonly kind: 'literal' },
    readonly label?: string,
    /** For `{:p}`: valid Rust that the AST cannot express. */
    readonly unsupported = false,
  ) {}
}

type Position =
  | { readonly kind: 'implicit'; readonly index: number }
  | { readonly kind: 'number'; readonly index: number }
  | { readonly kind: 'named'; readonly name: string };

type Count =
  | { readonly kind: 'is'; readonly value: number }
  | { readonly kind: 'name'; readonly name: string; readonly range: ValueRange }
  | { readonly kind: 'param'; readonly index: number }
  | { readonly kind: 'star'; readonly index: number }
  | { readonly kind: 'implied' };

interface Spec {
  fill: string | null;
  align: '<' | '>' | '^' | null;
  sign: '+' | '-' | null;
  alternate: boolean;
  zeroPad: boolean;
  debugHex: 'x' | 'X' | null;
  precision: Count;
  precisionRange: ValueRange | null;
  width: Count;
  widthRange: ValueRange | null;
  ty: string;
  tyRange: ValueRange | null;
}

/** One `{...}` placeholder with the positions the checks need. */
export interface Placeholder {
  readonly position: Position;
  readonly positionRange: ValueRange;
  /** From `{` to `}` inclusive. */
  readonly range: ValueRange;
  readonly spec: Readonly<Spec>;
}

export interface ParsedFormat {
  readonly pieces: readonly FormatPiece[];
  readonly placeholders: readonly Placeholder[];
}

interface Err {
  readonly message: string;
  readonly range: ValueRange;
  readonly label: string;
}

interface Ch {
  readonly ch: string;
  readonly idx: number;
}

function defaultSpec(): Spec {
  return {
    fill: null,
    align: null,
    sign: null,
    alternate: false,
    zeroPad: false,
    debugHex: null,
    precision: { kind: 'implied' },
    precisionRange: null,
    width: { kind: 'implied' },
    widthRange: null,
    ty: '',
    tyRange: null,
  };
}

function isDefaultSpec(s: Spec): boolean {
  return (
    s.fill === null &&
    s.align === null &&
    s.sign === null &&
    !s.alternate &&
    !s.zeroPad &&
    s.debugHex === null &&
    s.precision.kind === 'implied' &&
    s.width.kind === 'implied' &&
    s.ty === ''
  );
}

const isWhitespace = (c: string): boolean => /\s/u.test(c);

class FormatParser {
  private readonly chars: Ch[] = [];
  private k = 0;
  private curarg = 0;
  readonly errors: Err[] = [];

  constructor(private readonly value: string) {
    for (let i = 0; i < value.length; ) {
      const ch = String.fromCodePoint(value.codePointAt(i) as number);
      this.chars.push({ ch, idx: i });
      i += ch.length;
    }
  }

  /** rustc's `input_vec_index2range(k).start`. */
  private pos(k: number): number {
    return this.chars[k]?.idx ?? this.value.length;
  }

  private rangeOf(k: number): ValueRange {
    const c = this.chars[k];
    return c === undefined ? { start: this.value.length, end: this.value.length } : { start: c.idx, end: c.idx + c.ch.length };
  }

  private peek(): string | undefined {
    return this.chars[this.k]?.ch;
  }

  private peekAhead(): string | undefined {
    return this.chars[this.k + 1]?.ch;
  }

  private consume(c: string): boolean {
    if (this.peek() === c) {
      this.k++;
      return true;
    }
    return false;
  }

  private ws(): void {
    while (this.k < this.chars.length && isWhitespace(this.chars[this.k]?.ch as string)) this.k++;
  }

  parse(): ParsedFormat {
    const pieces: FormatPiece[] = [];
    const placeholders: Placeholder[] = [];
    let text = '';
    const flush = (): void => {
      if (text !== '') pieces.push({ kind: 'text', text });
      text = '';
    };
    while (this.k < this.chars.length) {
      const { ch } = this.chars[this.k] as Ch;
      const start = this.k;
      if (ch === '{') {
        this.k++;
        if (this.consume('{')) {
          text += '{';
          continue;
        }
        const arg = this.argument();
        this.ws();
        let end = this.pos(this.k);
        if (this.peek() === '}') {
          end = this.rangeOf(this.k).end;
          this.k++;
        } else {
          this.missingClosingBrace(arg);
        }
        if (this.errors.length > 0) break;
        flush();
        pieces.push({ kind: 'arg', arg: toRef(arg.position), spec: toSpec(arg.spec) });
        placeholders.push({ ...arg, range: { start: this.pos(start), end } });
      } else if (ch === '}') {
        this.k++;
        if (this.consume('}')) {
          text += '}';
          continue;
        }
        this.errors.push({ message: 'unmatched `}` found', range: this.rangeOf(start), label: 'unmatched `}`' });
        break;
      } else {
        text += ch;
        this.k++;
      }
    }
    flush();
    return { pieces, placeholders };
  }

  private argument(): { position: Position; positionRange: ValueRange; spec: Spec } {
    const startK = this.k;
    let position = this.position();
    this.ws();
    const endK = this.k;
    const spec = this.format();
    position ??= { kind: 'implicit', index: this.curarg++ };
    return { position, positionRange: { start: this.pos(startK), end: this.pos(endK) }, spec };
  }

  private position(): Position | null {
    const i = this.integer();
    if (i !== null) return { kind: 'number', index: i };
    const c = this.peek();
    if (c === undefined || !isIdStart(c)) return null;
    const start = this.pos(this.k);
    const word = this.word();
    if (word === 'r' && this.peek() === '#' && isIdStart(this.peekAhead() ?? '')) {
      this.k++;
      const raw = this.word();
      this.errors.unshift({ message: 'raw identifiers are not supported', range: { start, end: this.pos(this.k) }, label: 'raw identifier used here' });
      return { kind: 'named', name: raw };
    }
    return { kind: 'named', name: word };
  }

  private format(): Spec {
    const spec = defaultSpec();
    if (!this.consume(':')) return spec;
    const next = this.peekAhead();
    if (this.peek() !== undefined && (next === '<' || next === '>' || next === '^')) {
      spec.fill = this.peek() as string;
      this.k++;
    }
    if (this.consume('<')) spec.align = '<';
    else if (this.consume('>')) spec.align = '>';
    else if (this.consume('^')) spec.align = '^';
    if (this.consume('+')) spec.sign = '+';
    else if (this.consume('-')) spec.sign = '-';
    if (this.consume('#')) spec.alternate = true;
    let haveWidth = false;
    if (this.peek() === '0') {
      const zeroK = this.k;
      this.k++;
      // `0$` is the width taken from argument 0, not the zero flag.
      if (this.consume('$')) {
        spec.width = { kind: 'param', index: 0 };
        spec.widthRange = { start: this.pos(zeroK), end: this.pos(this.k) };
        haveWidth = true;
      } else {
        spec.zeroPad = true;
      }
    }
    if (!haveWidth) {
      const startK = this.k;
      spec.width = this.count();
      if (spec.width.kind !== 'implied') spec.widthRange = { start: this.pos(startK), end: this.pos(this.k) };
    }
    if (this.peek() === '.') {
      const dotK = this.k;
      this.k++;
      if (this.consume('*')) spec.precision = { kind: 'star', index: this.curarg++ };
      else spec.precision = this.count();
      spec.precisionRange = { start: this.pos(dotK), end: this.pos(this.k) };
    }
    const tyK = this.k;
    if (this.consume('x')) {
      if (this.consume('?')) {
        spec.debugHex = 'x';
        spec.ty = '?';
      } else spec.ty = 'x';
    } else if (this.consume('X')) {
      if (this.consume('?')) {
        spec.debugHex = 'X';
        spec.ty = '?';
      } else spec.ty = 'X';
    } else if (this.peek() === '?') {
      this.k++;
      spec.ty = '?';
      const c = this.peek();
      if (c === '#' || c === 'x' || c === 'X') {
        this.errors.unshift({ message: `expected \`}\`, found \`${c}\``, range: this.rangeOf(this.k), label: "expected `'}'`" });
      }
    } else {
      spec.ty = this.word();
      if (spec.ty !== '') spec.tyRange = { start: this.pos(tyK), end: this.pos(this.k) };
    }
    return spec;
  }

  private count(): Count {
    const i = this.integer();
    if (i !== null) return this.consume('$') ? { kind: 'param', index: i } : { kind: 'is', value: i };
    const startK = this.k;
    const word = this.word();
    if (word === '') return { kind: 'implied' };
    if (this.peek() === '$') {
      const range = { start: this.pos(startK), end: this.pos(this.k) };
      this.k++;
      return { kind: 'name', name: word, range };
    }
    this.k = startK;
    return { kind: 'implied' };
  }

  private word(): string {
    const startK = this.k;
    const c = this.peek();
    if (c === undefined || !isIdStart(c)) return '';
    this.k++;
    while (this.k < this.chars.length && isIdContinue(this.chars[this.k]?.ch as string)) this.k++;
    const word = this.value.slice(this.pos(startK), this.pos(this.k));
    if (word === '_') {
      this.errors.push({ message: 'invalid argument name `_`', range: { start: this.pos(startK), end: this.pos(this.k) }, label: 'invalid argument name' });
    }
    return word;
  }

  private integer(): number | null {
    const startK = this.k;
    let cur = 0;
    let found = false;
    let overflow = false;
    for (;;) {
      const c = this.peek();
      if (c === undefined || c < '0' || c > '9') break;
      this.k++;
      cur = cur * 10 + (c.charCodeAt(0) - 48);
      if (cur > 0xffff) {
        overflow = true;
        cur %= 0x10000;
      }
      found = true;
    }
    if (overflow) {
      const digits = this.value.slice(this.pos(startK), this.pos(this.k));
      this.errors.push({
        message: `integer \`${digits}\` does not fit into the type \`u16\` whose range is \`0..=65535\``,
        range: { start: this.pos(startK), end: this.rangeOf(this.k - 1).end },
        label: 'integer out of range for `u16`',
      });
    }
    return found ? cur : null;
  }

  private missingClosingBrace(arg: { position: Position; positionRange: ValueRange; spec: Spec }): void {
    const c = this.peek();
    const at = this.pos(this.k);
    const message = c === undefined ? 'expected `}` but string was terminated' : `expected \`}\`, found \`${escapeDebug(c)}\``;
    this.errors.push({ message, range: { start: at, end: at }, label: 'expected `}`' });
    const n = this.peekAhead();
    if (c === undefined || n === undefined) return;
    if (c === '?' && n === '}') {
      const r = this.rangeOf(this.k);
      this.k++;
      this.errors.unshift({ message: 'expected `}`, found `?`', range: r, label: 'expected `:` before `?` to format with `Debug`' });
    } else if (c === '?') {
      const r = this.rangeOf(this.k);
      this.k++;
      if (this.consume(':')) {
        this.word();
        this.errors.unshift({ message: 'expected format parameter to occur after `:`', range: r, label: 'expected `?` to occur after `:`' });
      }
    } else if (c === '<' || c === '^' || c === '>') {
      const r = this.rangeOf(this.k);
      this.k++;
      this.errors.unshift({ message: 'expected alignment specifier after `:` in format string; example: `{:>?}`', range: r, label: `expected \`${c}\` to occur after \`:\`` });
    } else if (c === ',') {
      const r = this.rangeOf(this.k);
      this.k++;
      this.errors.unshift({ message: "python's numeric grouping `,` is not supported in rust format strings", range: r, label: 'expected `}`' });
    } else if (c === '=' && n === '}') {
      const r = this.rangeOf(this.k);
      this.k++;
      this.errors.unshift({ message: "python's f-string debug `=` is not supported in rust, use `dbg(x)` instead", range: r, label: 'expected `}`' });
    } else if (arg.position.kind === 'named' && isDefaultSpec(arg.spec) && c === '.') {
      this.k++;
      const field = this.argument();
      if (!this.consume('}')) return;
      const range = { start: arg.positionRange.start, end: field.positionRange.end };
      if (field.position.kind === 'named') {
        this.errors.unshift({ message: "field access isn't supported", range, label: 'not supported' });
      } else if (field.position.kind === 'number') {
        this.errors.unshift({ message: "tuple index access isn't supported", range, label: 'not supported' });
      }
    }
  }
}

function toRef(p: Position): FormatArgRef {
  switch (p.kind) {
    case 'implicit':
      return { kind: 'next' };
    case 'number':
      return { kind: 'index', index: p.index };
    case 'named':
      return { kind: 'name', name: p.name };
  }
}

function toCount(c: Count): FormatCount | null {
  switch (c.kind) {
    case 'implied':
      return null;
    case 'is':
      return { kind: 'literal', value: c.value };
    case 'name':
      return { kind: 'arg', arg: { kind: 'name', name: c.name } };
    case 'param':
      return { kind: 'arg', arg: { kind: 'index', index: c.index } };
    case 'star':
      return { kind: 'arg', arg: { kind: 'next' } };
  }
}

const TRAITS = new Set(['', '?', 'x', 'X', 'o', 'b', 'e', 'E', 'p']);

function toSpec(s: Spec): FormatSpec {
  return {
    fill: s.fill ?? ' ',
    align: s.align,
    sign: s.sign,
    alternate: s.alternate,
    zeroPad: s.zeroPad,
    width: toCount(s.width),
    precision: toCount(s.precision),
    // Unknown traits are rejected by `checkFormatArgs`; until then keep the piece well-typed.
    trait: (TRAITS.has(s.ty) ? s.ty : '') as FormatSpec['trait'],
    debugHex: s.debugHex,
  };
}

/**
 * Parses a format string's value. Throws FormatProblem with rustc's message
 * ("invalid format string: ...") for the first error, like rustc reports it.
 */
export function parseFormatString(value: string): ParsedFormat {
  const p = new FormatParser(value);
  const parsed = p.parse();
  const err = p.errors[0];
  if (err !== undefined) {
    throw new FormatProblem(`invalid format string: ${err.message}`, { kind: 'string', range: err.range }, `${err.label} in format string`);
  }
  return parsed;
}

/** An explicit argument after the format string, as the checks see it. */
export interface ExplicitArg {
  /** The name of a `name = value` argument; null for a positional one. */
  readonly name: string | null;
  /** The variable name when the argument is a plain single-segment path (for "redundant argument"). */
  readonly pathName: string | null;
}

type UsedAs = 'placeholder' | 'precision' | 'width';

/**
 * Resolves a parsed format string against its explicit arguments the way rustc does and
 * reports the same errors in the same order: unknown traits, invalid references, unused
 * arguments. Returns the names captured implicitly from the surrounding scope, in first-use order.
 */
export function checkFormatArgs(parsed: ParsedFormat, args: readonly ExplicitArg[]): { captures: string[] } {
  for (const ph of parsed.placeholders) {
    const ty = ph.spec.ty;
    if (TRAITS.has(ty)) continue;
    const range = ph.spec.tyRange ?? ph.range;
    throw new FormatProblem(`unknown format trait \`${ty}\``, { kind: 'string', range });
  }

  const used = args.map(() => false);
  const captures: string[] = [];
  const invalid: { index: number; range: ValueRange | null; usedAs: UsedAs }[] = [];
  const byIndex = (index: number, range: ValueRange | null, usedAs: UsedAs): void => {
    if (index < args.length) used[index] = true;
    else invalid.push({ index, range, usedAs });
  };
  const byName = (name: string): void => {
    const i = args.findIndex((a) => a.name === name);
    if (i >= 0) used[i] = true;
    else if (!captures.includes(name)) captures.push(name);
  };
  const count = (c: Count, range: ValueRange | null, usedAs: UsedAs): void => {
    if (c.kind === 'name') byName(c.name);
    else if (c.kind === 'param' || c.kind === 'star') byIndex(c.index, range, usedAs);
  };
  for (const ph of parsed.placeholders) {
    if (ph.position.kind === 'named') byName(ph.position.name);
    else byIndex(ph.position.index, ph.positionRange, 'placeholder');
    count(ph.spec.precision, ph.spec.precisionRange, 'precision');
    count(ph.spec.width, ph.spec.widthRange, 'width');
  }

  if (invalid.length > 0) throw invalidReferences(parsed, args.length, invalid);

  const unused = args.flatMap((_, i) => (used[i] ? [] : [i]));
  if (unused.length > 0) {
    const namedPlaceholders = new Set(parsed.placeholders.flatMap((p) => (p.position.kind === 'named' ? [p.position.name] : [])));
    if (namedPlaceholders.size > 0) {
      const redundant = unused.filter((i) => {
        const a = args[i] as ExplicitArg;
        return a.name === null && a.pathName !== null && namedPlaceholders.has(a.pathName);
      });
      if (redundant.length > 0) {
        throw new FormatProblem(redundant.length === 1 ? 'redundant argument' : 'redundant arguments', { kind: 'args', indices: redundant });
      }
    }
    if (unused.length === 1) {
      const what = (args[unused[0] as number] as ExplicitArg).name !== null ? 'named argument' : 'argument';
      throw new FormatProblem(`${what} never used`, { kind: 'args', indices: unused }, `${what} never used`);
    }
    throw new FormatProblem('multiple unused formatting arguments', { kind: 'args', indices: unused }, 'argument never used');
  }
  return { captures };
}

function invalidReferences(parsed: ParsedFormat, nargs: number, invalid: readonly { index: number; range: ValueRange | null }[]): FormatProblem {
  const desc = nargs === 0 ? 'no arguments were given' : nargs === 1 ? 'there is 1 argument' : `there are ${nargs} arguments`;
  const numeric = (c: Count): boolean => c.kind === 'param';
  const anyNumbered = parsed.placeholders.some((p) => p.position.kind === 'number' || numeric(p.spec.precision) || numeric(p.spec.width));
  const earliest = (ranges: readonly ValueRange[]): FormatProblem['at'] => {
    const first = [...ranges].sort((a, b) => a.start - b.start)[0];
    return first === undefined ? { kind: 'literal' } : { kind: 'string', range: first };
  };
  if (!anyNumbered) {
    let n = 0;
    const ranges: ValueRange[] = [];
    for (const p of parsed.placeholders) {
      let r: ValueRange | null = null;
      if (p.spec.precision.kind === 'star') {
        r = p.spec.precisionRange;
        n++;
      }
      if (p.position.kind === 'implicit') {
        r = p.range;
        n++;
      }
      if (r !== null) ranges.push(r);
    }
    return new FormatProblem(`${n} positional argument${n === 1 ? '' : 's'} in format string, but ${desc}`, earliest(ranges));
  }
  const indexes = [...new Set(invalid.map((r) => r.index))].sort((a, b) => a - b);
  const list = indexes.length === 1 ? String(indexes[0]) : `${indexes.slice(0, -1).join(', ')} and ${indexes[indexes.length - 1]}`;
  const ranges = invalid.flatMap((r) => (r.range === null ? [] : [r.range]));
  return new FormatProblem(`invalid reference to positional argument${indexes.length === 1 ? '' : 's'} ${list} (${desc})`, earliest(ranges));
}

/** Rewrites every implicit (`next`) reference into the index rustc assigns it (see the module comment). */
export function resolveImplicitPositions(pieces: readonly FormatPiece[]): FormatPiece[] {
  let next = 0;
  return pieces.map((p) => {
    if (p.kind === 'text') return p;
    let precision = p.spec.precision;
    if (precision?.kind === 'arg' && precision.arg.kind === 'next') precision = { kind: 'arg', arg: { kind: 'index', index: next++ } };
    const arg: FormatArgRef = p.arg.kind === 'next' ? { kind: 'index', index: next++ } : p.arg;
    return { kind: 'arg', arg, spec: { ...p.spec, precision } };
  });
}

import { Diagnostic } from '../diagnostics/diagnostic.js';
import { LiteralError, byteStrLiteralValue, charLiteralValue, floatLiteralValue, intLiteralValue, strLiteralValue } from './literals.js';
import type { LineIndex } from './positions.js';

/**
 * The checks rustc's lexer makes before any parsing: unterminated literals and comments,
 * characters that start no token, and unbalanced delimiters. rustc reports these first and
 * with fixed wording, while tree-sitter's error recovery would describe them in terms of
 * whatever it managed to parse, so they are checked here on the raw text.
 */
export function checkTokens(text: string, lines: LineIndex): void {
  const lexer = new Lexer(text, lines);
  const tokens = lexer.run();
  checkDelimiters(tokens, text.length, lines);
  if (lexer.larrow !== null) {
    const at = lexer.larrow;
    throw new Diagnostic('syntax', 'unexpected token: `<-`', lines.span(at, at + 2));
  }
}

interface DelimToken {
  readonly ch: '(' | '[' | '{' | ')' | ']' | '}';
  readonly start: number;
}

const ID_START = /[\p{XID_Start}_]/u;
const ID_CONTINUE = /\p{XID_Continue}/u;
/** Pattern_White_Space, which is what rustc skips between tokens. */
const WHITESPACE = new Set([0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0x85, 0x200e, 0x200f, 0x2028, 0x2029]);
const PUNCT = new Set([...';,.(){}[]@#~?:$=!<>-&|+*/^%']);

export function isIdStart(ch: string): boolean {
  return ID_START.test(ch);
}

export function isIdContinue(ch: string): boolean {
  return ID_CONTINUE.test(ch);
}

class Lexer {
  private pos = 0;
  private readonly delims: DelimToken[] = [];
  /** Where the first `<-` token is: a parse error, reported after the lexer's own errors. */
  larrow: number | null = null;

  constructor(
    private readonly text: string,
    private readonly lines: LineIndex,
  ) {}

  run(): DelimToken[] {
    const t = this.text;
    if (t.charCodeAt(0) === 0xfeff) this.pos = 1;
    // A shebang line is not Rust (but `#![attr]` is).
    if (t.startsWith('#!', this.pos) && !/^#!\s*\[/.test(t.slice(this.pos, this.pos + 64))) {
      const nl = t.indexOf('\n', this.pos);
      this.pos = nl < 0 ? t.length : nl;
    }
    while (this.pos < t.length) this.token();
    return this.delims;
  }

  private cp(at: number): string {
    const c = this.text.codePointAt(at);
    return c === undefined ? '' : String.fromCodePoint(c);
  }

  private error(code: string | undefined, headline: string, start: number, end: number, label?: string): Diagnostic {
    return new Diagnostic('syntax', headline, this.lines.span(start, end), code, label);
  }

  private token(): void {
    const t = this.text;
    const start = this.pos;
    const ch = this.cp(start);
    const code = ch.codePointAt(0) as number;
    if (WHITESPACE.has(code)) {
      this.pos += ch.length;
      return;
    }
    if (ch === '/' && t[start + 1] === '/') {
      const nl = t.indexOf('\n', start);
      this.pos = nl < 0 ? t.length : nl;
      return;
    }
    if (ch === '/' && t[start + 1] === '*') {
      this.blockComment(start);
      return;
    }
    if (ch === '(' || ch === '[' || ch === '{' || ch === ')' || ch === ']' || ch === '}') {
      this.delims.push({ ch, start });
      this.pos++;
      return;
    }
    if (ch === '"') {
      this.quoted(start, start + 1);
      return;
    }
    if (ch === "'") {
      this.lifetimeOrChar(start, false);
      return;
    }
    if ((ch === 'b' || ch === 'c') && t[start + 1] === '"') {
      this.quoted(start, start + 2);
      return;
    }
    if (ch === 'b' && t[start + 1] === "'") {
      this.lifetimeOrChar(start + 1, true);
      return;
    }
    if ((ch === 'r' || ((ch === 'b' || ch === 'c') && t[start + 1] === 'r')) && this.rawString(start)) return;
    if (isIdStart(ch) || (code >= 0x30 && code <= 0x39)) {
      // Identifiers and number literals: neither can contain a delimiter or a quote.
      this.pos += ch.length;
      while (this.pos < t.length) {
        const c = this.cp(this.pos);
        if (!isIdContinue(c)) break;
        this.pos += c.length;
      }
      if (code >= 0x30 && code <= 0x39) this.number(start);
      return;
    }
    if (PUNCT.has(ch)) {
      // rustc glues `<<` before `<-` (`a<<-1` shifts), and reads a remaining `<-` as the obsolete
      // arrow token, which no expression accepts.
      if (ch === '<' && t[start + 1] === '<') this.pos++;
      else if (ch === '<' && t[start + 1] === '-' && this.larrow === null) this.larrow = start;
      this.pos++;
      return;
    }
    throw this.error(undefined, `unknown start of token: ${escapeDefault(ch)}`, start, start + ch.length);
  }

  /**
   * The rest of a number literal whose first run of digits and letters has been read: a
   * fraction (`1.5`, not `1..2` or `1.max()`) and an exponent sign (`1e-3`) belong to it too.
   * rustc lexes `256u7`, `0b102` or `1.0u8` as one (invalid) literal where tree-sitter sees a
   * literal and junk; checking here gives rustc's message, located at the whole literal.
   */
  private number(start: number): void {
    const t = this.text;
    const isDigit = (i: number): boolean => /[0-9]/.test(t[i] ?? '');
    const radix = /^0[xob]/.test(t.slice(start, start + 2));
    const idRun = (): void => {
      while (this.pos < t.length) {
        const c = this.cp(this.pos);
        if (!isIdContinue(c)) break;
        this.pos += c.length;
      }
    };
    const exponentSign = (): void => {
      if (!radix && /[eE]$/.test(t.slice(start, this.pos)) && (t[this.pos] === '+' || t[this.pos] === '-') && isDigit(this.pos + 1)) {
        this.pos++;
        idRun();
      }
    };
    exponentSign();
    if (!radix && /^[0-9_]+$/.test(t.slice(start, this.pos)) && t[this.pos] === '.' && isDigit(this.pos + 1)) {
      this.pos++;
      idRun();
      exponentSign();
    }
    const run = t.slice(start, this.pos);
    try {
      if (!radix && (run.includes('.') || /^[0-9][0-9_]*[eE]/.test(run))) floatLiteralValue(run);
      else intLiteralValue(run);
    } catch (e) {
      if (e instanceof LiteralError) throw this.error(undefined, e.message, start + e.start, start + e.end);
      throw e;
    }
  }

  private blockComment(start: number): void {
    const t = this.text;
    let depth = 0;
    let i = start;
    while (i < t.length) {
      if (t[i] === '/' && t[i + 1] === '*') {
        depth++;
        i += 2;
      } else if (t[i] === '*' && t[i + 1] === '/') {
        depth--;
        i += 2;
        if (depth === 0) {
          this.pos = i;
          return;
        }
      } else i++;
    }
    throw this.error('E0758', 'unterminated block comment', start, start + 2);
  }

  /** `"..."` with escapes; `bodyStart` is just past the opening quote. */
  private quoted(start: number, bodyStart: number): void {
    const t = this.text;
    let i = bodyStart;
    while (i < t.length) {
      const c = t[i];
      if (c === '"') {
        this.pos = i + 1;
        // rustc reports bad escapes while lexing, before any parse error.
        if (t[start] === '"' || t[start] === 'b') this.checkEscapes(start, t.slice(start, i + 1));
        this.suffix(start);
        return;
      }
      if (c === '\\' && (t[i + 1] === '\\' || t[i + 1] === '"')) i += 2;
      else i++;
    }
    const what = t[start] === 'b' ? 'byte string' : t[start] === 'c' ? 'C string' : 'double quote string';
    throw this.error('E0765', `unterminated ${what}`, start, bodyStart);
  }

  private checkEscapes(start: number, literal: string): void {
    try {
      if (literal.startsWith('b')) byteStrLiteralValue(literal);
      else strLiteralValue(literal);
    } catch (e) {
      if (e instanceof LiteralError) throw this.error(undefined, e.message, start + e.start, start + e.end);
      throw e;
    }
  }

  /** Returns false when this is not a raw string after all (e.g. a raw identifier `r#x`). */
  private rawString(start: number): boolean {
    const t = this.text;
    let i = start + (t[start] === 'r' ? 1 : 2);
    let hashes = 0;
    while (t[i] === '#') {
      hashes++;
      i++;
    }
    if (t[i] !== '"') return false;
    const close = '"' + '#'.repeat(hashes);
    const end = t.indexOf(close, i + 1);
    if (end < 0) throw this.error('E0748', 'unterminated raw string', start, i + 1);
    this.pos = end + close.length;
    if (t[start] === 'b') this.checkEscapes(start, t.slice(start, this.pos));
    this.suffix(start);
    return true;
  }

  /** rustc's `lifetime_or_char`: `'a'` is a char, `'a` a lifetime or label. */
  private lifetimeOrChar(start: number, isByte: boolean): void {
    const t = this.text;
    const first = this.cp(start + 1);
    const second = this.cp(start + 1 + first.length);
    const canBeLifetime = second !== "'" && (isIdStart(first) || /[0-9]/.test(first));
    if (!canBeLifetime) {
      this.singleQuoted(start, isByte);
      return;
    }
    let i = start + 1 + first.length;
    while (i < t.length) {
      const c = this.cp(i);
      if (!isIdContinue(c)) break;
      i += c.length;
    }
    if (t[i] === "'") {
      // `'ab'`: a char literal with too many chars, not a lifetime.
      this.pos = i + 1;
      this.checkChar(isByte ? start - 1 : start);
      this.suffix(isByte ? start - 1 : start);
    } else {
      this.pos = i;
    }
  }

  private singleQuoted(start: number, isByte: boolean): void {
    const t = this.text;
    let i = start + 1;
    const first = this.cp(i);
    if (first !== '\\' && first !== '' && t[i + first.length] === "'") {
      this.pos = i + first.length + 1;
      this.checkChar(isByte ? start - 1 : start);
      this.suffix(isByte ? start - 1 : start);
      return;
    }
    for (;;) {
      if (i >= t.length) break;
      const c = t[i];
      if (c === "'") {
        this.pos = i + 1;
        this.checkChar(isByte ? start - 1 : start);
        this.suffix(isByte ? start - 1 : start);
        return;
      }
      if (c === '/') break;
      if (c === '\n' && t[i + 1] !== "'") break;
      i += c === '\\' ? 2 : 1;
    }
    if (isByte) throw this.error('E0763', 'unterminated byte constant', start - 1, start + 1);
    throw this.error('E0762', 'unterminated character literal', start, start + 1);
  }

  /** rustc checks a char or byte literal's escapes and length while lexing. */
  private checkChar(start: number): void {
    try {
      charLiteralValue(this.text.slice(start, this.pos));
    } catch (e) {
      if (e instanceof LiteralError) throw this.error(undefined, e.message, start + e.start, start + e.end);
      throw e;
    }
  }

  /** A literal's suffix such as `u8` in `b'a'u8` lexes as part of the literal. */
  private suffix(start: number): void {
    const from = this.pos;
    while (this.pos < this.text.length) {
      const c = this.cp(this.pos);
      if (!isIdContinue(c)) break;
      this.pos += c.length;
    }
    if (this.pos === from) return;
    // Only number literals may have suffixes.
    const t = this.text;
    const what = t[start] === 'b' ? (t[from - 1] === "'" ? 'byte' : 'byte string') : t[start] === 'c' ? 'C string' : t[start] === "'" ? 'char' : 'string';
    throw this.error(undefined, `suffixes on ${what} literals are invalid`, start, this.pos, `invalid suffix \`${t.slice(from, this.pos)}\``);
  }
}

/** Rust's `char::escape_default`, used in "unknown start of token" errors. */
function escapeDefault(ch: string): string {
  const code = ch.codePointAt(0) as number;
  if (ch === '\t') return '\\t';
  if (ch === '\r') return '\\r';
  if (ch === '\n') return '\\n';
  if (ch === '\\' || ch === "'" || ch === '"') return '\\' + ch;
  if (code >= 0x20 && code <= 0x7e) return ch;
  return `\\u{${code.toString(16)}}`;
}

/** rustc's token-tree pass: mismatched closers are reported first, then an unexpected closer or an unclosed opener. */
function checkDelimiters(tokens: readonly DelimToken[], eof: number, lines: LineIndex): void {
  const open: DelimToken[] = [];
  const mismatches: { found: DelimToken; unclosed: DelimToken | undefined }[] = [];
  let lastMismatchAt = -1;
  let i = 0;
  const matching: Record<string, string> = { ')': '(', ']': '[', '}': '{' };
  const isOpen = (t: DelimToken): boolean => t.ch === '(' || t.ch === '[' || t.ch === '{';

  // rustc's `parse_token_trees`, with the openers in `open` instead of on the call stack (so
  // that no nesting depth overflows it): how the trees end, 'eof' inside an opener, an
  // unexpected closer at the top level, or null.
  let result: 'eof' | DelimToken | null = null;
  for (;;) {
    const tok = tokens[i];
    if (tok === undefined) {
      result = open.length > 0 ? 'eof' : null;
      break;
    }
    if (isOpen(tok)) {
      open.push(tok);
      i++;
      continue;
    }
    const opener = open[open.length - 1];
    if (opener === undefined) {
      result = tok;
      break;
    }
    open.pop();
    if (matching[tok.ch] === opener.ch) {
      i++;
      continue;
    }
    if (lastMismatchAt !== tok.start) {
      lastMismatchAt = tok.start;
      mismatches.push({ found: tok, unclosed: opener });
    }
    // A closer that matches no outer opener is skipped; one that does closes that opener next.
    if (!open.some((o) => o.ch === matching[tok.ch])) i++;
  }
  const first = mismatches[0];
  if (first !== undefined) {
    const { found, unclosed } = first;
    // rustc's primary spans are sorted, so the unclosed opener (which comes first) is the location.
    const at = unclosed ?? found;
    throw new Diagnostic('syntax', `mismatched closing delimiter: \`${found.ch}\``, lines.span(at.start, at.start + 1), undefined, 'unclosed delimiter');
  }
  if (result === 'eof') {
    throw new Diagnostic('syntax', 'this file contains an unclosed delimiter', lines.span(eof, eof));
  }
  if (result !== null) {
    throw new Diagnostic('syntax', `unexpected closing delimiter: \`${result.ch}\``, lines.span(result.start, result.start + 1), undefined, 'unexpected closing delimiter');
  }
}

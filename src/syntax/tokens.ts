/**
 * Rust's tokens and token trees, as `macro_rules!` sees them: the program's macros
 * (`syntax/macro-rules.ts`) and std's own (`resolve/std-macros.ts`) read their definitions and
 * invocations through this one tokenizer.
 */

export type TokenKind = 'ident' | 'lifetime' | 'literal' | 'punct' | 'open' | 'close';

export interface Token {
  readonly kind: TokenKind;
  readonly text: string;
  /** Offsets in the text the token was read from. */
  readonly start: number;
  readonly end: number;
}

/** A token, or a delimited group of token trees (`open` and `close` are its delimiters). */
export type TokenTree = { readonly token: Token } | TokenGroup;
export interface TokenGroup {
  readonly open: Token;
  readonly trees: readonly TokenTree[];
  readonly close: Token;
}

export const CLOSING: Readonly<Record<string, string>> = { '(': ')', '[': ']', '{': '}' };

/** Multi-character punctuation, longest first where one is a prefix of another. */
const PUNCTUATION = ['>>=', '<<=', '...', '..=', '::', '->', '=>', '==', '!=', '<=', '>=', '&&', '||', '+=', '-=', '*=', '/=', '%=', '^=', '&=', '|=', '<<', '>>', '..'];

/** What the tokenizer calls on text that is no token (never returns). */
export type TokenFailure = (at: number, what: string) => never;

function isIdentChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95 || code === 0xb7 || code > 0x7f;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Rust's tokens of `text` from `from` to `to` (comments and whitespace skipped). */
export function tokenize(text: string, fail: TokenFailure, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  /** The end of the quoted literal whose opening quote is at `i`. */
  const quoted = (i: number, quote: string): number => {
    let j = i + 1;
    while (j < to && text[j] !== quote) j += text[j] === '\\' ? 2 : 1;
    if (j >= to) fail(i, 'an unterminated literal');
    return j + 1;
  };
  /** A literal's suffix (`1u8`, `"a"` has none here, `1.5f32`). */
  const suffix = (i: number): number => {
    while (i < to && isIdentChar(text.charCodeAt(i))) i++;
    return i;
  };
  const push = (kind: TokenKind, start: number, end: number): void => {
    tokens.push({ kind, text: text.slice(start, end), start, end });
  };
  let i = from;
  while (i < to) {
    const c = text[i]!;
    const code = text.charCodeAt(i);
    const start = i;
    if (c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\ufeff') {
      i++;
    } else if (c === '/' && text[i + 1] === '/') {
      const newline = text.indexOf('\n', i);
      i = newline < 0 || newline > to ? to : newline;
    } else if (c === '/' && text[i + 1] === '*') {
      // Block comments nest.
      let depth = 0;
      do {
        if (i >= to) fail(start, 'an unterminated comment');
        if (text.startsWith('/*', i)) (depth++, (i += 2));
        else if (text.startsWith('*/', i)) (depth--, (i += 2));
        else i++;
      } while (depth > 0);
    } else if ((c === 'r' || ((c === 'b' || c === 'c') && text[i + 1] === 'r')) && /^[bc]?r#*"/.test(text.slice(i, i + 260))) {
      const open = /^[bc]?r(#*)"/.exec(text.slice(i, i + 260))!;
      const close = `"${open[1]}`;
      const end = text.indexOf(close, i + open[0].length);
      if (end < 0 || end >= to) fail(i, 'an unterminated raw string');
      i = end + close.length;
      push('literal', start, i);
    } else if (c === 'r' && text[i + 1] === '#' && isIdentChar(text.charCodeAt(i + 2))) {
      i += 2;
      while (i < to && isIdentChar(text.charCodeAt(i))) i++;
      push('ident', start, i);
    } else if (c === '"' || ((c === 'b' || c === 'c') && text[i + 1] === '"')) {
      i = suffix(quoted(c === '"' ? i : i + 1, '"'));
      push('literal', start, i);
    } else if (c === "'" && isIdentChar(text.charCodeAt(i + 1)) && text[i + 2] !== "'") {
      // `'a` is a lifetime; `'a'` is a char.
      i++;
      while (i < to && isIdentChar(text.charCodeAt(i))) i++;
      push('lifetime', start, i);
    } else if (c === "'" || (c === 'b' && text[i + 1] === "'")) {
      i = quoted(c === 'b' ? i + 1 : i, "'");
      push('literal', start, i);
    } else if (isDigit(code)) {
      // A `.` continues a number only before a digit (`1.5`, not `0..n` or `1.max(2)`), and
      // not after a `.` (`t.0.1` is two fields).
      const afterDot = tokens.at(-1)?.text === '.' && tokens.at(-1)!.end === start;
      while (i < to && (isIdentChar(text.charCodeAt(i)) || (!afterDot && text[i] === '.' && isDigit(text.charCodeAt(i + 1))) || ((text[i] === '+' || text[i] === '-') && /[eE]$/.test(text.slice(start, i)) && !/^0[xb]/.test(text.slice(start, i))))) i++;
      push('literal', start, i);
    } else if (isIdentChar(code)) {
      while (i < to && isIdentChar(text.charCodeAt(i))) i++;
      push('ident', start, i);
    } else if (c === '(' || c === '[' || c === '{') {
      push('open', start, ++i);
    } else if (c === ')' || c === ']' || c === '}') {
      push('close', start, ++i);
    } else {
      i += (PUNCTUATION.find((p) => text.startsWith(p, i)) ?? c).length;
      push('punct', start, i);
    }
  }
  return tokens;
}

/** The token trees of balanced tokens. */
export function treesOf(tokens: readonly Token[], fail: TokenFailure): TokenTree[] {
  const stack: { open: Token | null; trees: TokenTree[] }[] = [{ open: null, trees: [] }];
  for (const token of tokens) {
    const top = stack.at(-1)!;
    if (token.kind === 'open') stack.push({ open: token, trees: [] });
    else if (token.kind === 'close') {
      if (top.open === null || CLOSING[top.open.text] !== token.text) fail(token.start, `an unbalanced \`${token.text}\``);
      stack.pop();
      stack.at(-1)!.trees.push({ open: top.open!, trees: top.trees, close: token });
    } else top.trees.push({ token });
  }
  if (stack.length !== 1) fail(stack.at(-1)!.open!.start, `an unclosed \`${stack.at(-1)!.open!.text}\``);
  return stack[0]!.trees;
}

/** Keywords rustc's parser uses (edition 2024), and those it reserves. */
const USED_KEYWORDS = new Set('as async await break const continue crate dyn else enum extern false fn for if impl in let loop match mod move mut pub ref return self Self static struct super trait true type unsafe use where while'.split(' '));
const RESERVED_KEYWORDS = new Set('abstract become box do final gen macro override priv try typeof unsized virtual yield'.split(' '));

/** A token as rustc's messages name it (its `token_descr`): ``keyword `if` ``, ``reserved
 *  identifier `_` ``, `` `x` ``. */
export function describeTokenText(text: string): string {
  if (text === '_') return `reserved identifier \`${text}\``;
  if (USED_KEYWORDS.has(text)) return `keyword \`${text}\``;
  if (RESERVED_KEYWORDS.has(text)) return `reserved keyword \`${text}\``;
  return `\`${text}\``;
}

export const firstToken = (tree: TokenTree): Token => ('token' in tree ? tree.token : tree.open);
export const lastToken = (tree: TokenTree): Token => ('token' in tree ? tree.token : tree.close);
export const isToken = (tree: TokenTree | undefined, text: string): boolean => tree !== undefined && 'token' in tree && tree.token.text === text;
export const isGroup = (tree: TokenTree | undefined, open: string): tree is TokenGroup => tree !== undefined && 'open' in tree && tree.open.text === open;

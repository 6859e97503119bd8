/**
 * Literal tokens: the value of string literals (with a map back to the source, so errors inside
 * a format string can point at the exact character like rustc does) and integer literals.
 */

/** A problem in a literal, located by offsets relative to the literal's first character. */
export class LiteralError {
  constructor(
    readonly message: string,
    readonly start: number,
    readonly end: number,
  ) {}
}

export interface StrValue {
  readonly value: string;
  /**
   * For each UTF-16 unit of `value`, the offset (relative to the literal start) where the
   * source text of that character begins; one extra entry for the closing quote.
   */
  readonly map: readonly number[];
}

const SIMPLE_ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', '\\': '\\', '0': '\0', "'": "'", '"': '"' };

/**
 * The value of a `"..."` or `r#"..."#` literal as written in source (`raw` includes the quotes).
 * Returns null for byte and C strings, which are not `str` literals. Throws LiteralError.
 */
export function strLiteralValue(raw: string): StrValue | null {
  if (raw.startsWith('r')) return rawStrValue(raw, 1);
  if (!raw.startsWith('"')) return null;
  return unescape(raw, 1, 'str');
}

/**
 * The value of a byte string `b"..."` or `br#"..."#`: one UTF-16 unit per byte (0..=255).
 * Returns null for anything else. Throws LiteralError.
 */
export function byteStrLiteralValue(raw: string): StrValue | null {
  if (raw.startsWith('br')) {
    const v = rawStrValue(raw, 2);
    if (v === null) return null;
    for (let k = 0; k < v.value.length; k++) {
      const c = v.value.codePointAt(k) as number;
      if (c > 0x7f) {
        const at = v.map[k] as number;
        throw new LiteralError('non-ASCII character in raw byte string literal', at, at + String.fromCodePoint(c).length);
      }
    }
    return v;
  }
  if (!raw.startsWith('b"')) return null;
  return unescape(raw, 2, 'byteStr');
}

type EscapeMode = 'str' | 'byteStr' | 'char' | 'byte';

/** Processes the escapes of a quoted literal from `bodyStart` to the closing quote (the last char). */
function unescape(raw: string, bodyStart: number, mode: EscapeMode): StrValue {
  const bytes = mode === 'byteStr' || mode === 'byte';
  let value = '';
  const map: number[] = [];
  const push = (s: string, at: number): void => {
    value += s;
    for (let k = 0; k < s.length; k++) map.push(at);
  };
  const end = raw.length - 1;
  let i = bodyStart;
  while (i < end) {
    const c = raw[i] as string;
    if (c === '\r' && raw[i + 1] === '\n' && (mode === 'str' || mode === 'byteStr')) {
      // CRLF is normalized to LF before lexing.
      i++;
      continue;
    }
    if (c === '\r') throw new LiteralError(`bare CR not allowed in ${LITERAL_NAME[mode]}, use \`\\r\` instead`, i, i + 1);
    if (c !== '\\') {
      const cp = String.fromCodePoint(raw.codePointAt(i) as number);
      if (bytes && (cp.codePointAt(0) as number) > 0x7f) {
        throw new LiteralError(`non-ASCII character in ${mode === 'byte' ? 'byte literal' : 'byte string literal'}`, i, i + cp.length);
      }
      if (mode === 'char' || mode === 'byte') {
        if (cp === '\n' || cp === '\t' || cp === "'") throw new LiteralError(`character constant must be escaped: \`${escapeDebug(cp)}\``, i, i + cp.length);
      }
      push(cp, i);
      i += cp.length;
      continue;
    }
    const e = raw[i + 1] ?? '';
    const simple = SIMPLE_ESCAPES[e];
    if (simple !== undefined) {
      push(simple, i);
      i += 2;
    } else if ((e === '\n' || (e === '\r' && raw[i + 2] === '\n')) && (mode === 'str' || mode === 'byteStr')) {
      // Line continuation: the newline and the next line's leading whitespace vanish.
      i += 2;
      while (i < end && (raw[i] === ' ' || raw[i] === '\t' || raw[i] === '\n' || raw[i] === '\r')) i++;
    } else if (e === 'x') {
      const hex = raw.slice(i + 2, i + 4);
      if (hex.length < 2 || i + 4 > end) throw new LiteralError('numeric character escape is too short', i, Math.min(end, i + 4));
      for (let k = 0; k < 2; k++) {
        const h = hex[k] as string;
        if (!/[0-9a-fA-F]/.test(h)) throw new LiteralError(`invalid character in numeric character escape: \`${h}\``, i + 2 + k, i + 3 + k);
      }
      const n = parseInt(hex, 16);
      if (n > 0x7f && !bytes) throw new LiteralError('out of range hex escape', i, i + 4);
      push(String.fromCharCode(n), i);
      i += 4;
    } else if (e === 'u') {
      const r = unicodeEscape(raw, i, end);
      if (bytes) throw new LiteralError('unicode escape in byte string', i, r.next);
      push(String.fromCodePoint(r.code), i);
      i = r.next;
    } else {
      const ch = String.fromCodePoint(raw.codePointAt(i + 1) ?? 0x5c);
      throw new LiteralError(`unknown character escape: \`${escapeDebug(ch)}\``, i + 1, i + 1 + ch.length);
    }
  }
  map.push(end);
  return { value, map };
}

const LITERAL_NAME: Record<EscapeMode, string> = { str: 'string', byteStr: 'byte string', char: 'character literal', byte: 'byte literal' };

/**
 * The value of a char literal `'a'` (a code point) or a byte literal `b'a'` (0..=255), from its
 * source text with the quotes. Throws LiteralError.
 */
export function charLiteralValue(raw: string): { readonly kind: 'char' | 'byte'; readonly value: number } {
  const isByte = raw.startsWith('b');
  const open = isByte ? 2 : 1;
  const close = raw.lastIndexOf("'");
  if (close < open) throw new LiteralError(isByte ? 'unterminated byte constant' : 'unterminated character literal', 0, raw.length);
  if (close !== raw.length - 1) {
    throw new LiteralError(`suffixes on ${isByte ? 'byte' : 'char'} literals are invalid`, 0, raw.length);
  }
  if (close === open) throw new LiteralError('empty character literal', close, close + 1);
  const v = unescape(raw, open, isByte ? 'byte' : 'char');
  const first = v.value.codePointAt(0) as number;
  if (String.fromCodePoint(first).length !== v.value.length) throw new LiteralError('character literal may only contain one codepoint', 0, raw.length);
  return { kind: isByte ? 'byte' : 'char', value: first };
}

export type FloatLiteral = { readonly text: string; readonly suffix: 'f32' | 'f64' | null };

/**
 * A float literal token such as `1.5e3`, `2.`, `1_000.0f32` or `2f64`: the text without `_` and
 * suffix. Throws LiteralError (offsets relative to the token).
 */
export function floatLiteralValue(text: string): FloatLiteral {
  const m = /^([0-9][0-9_]*)(\.(?![._\p{XID_Start}])[0-9_]*)?([eE][+-]?[0-9_]*)?(.*)$/su.exec(text);
  if (m === null) throw new LiteralError('invalid float literal', 0, text.length);
  const [, int = '', frac = '', exp = '', suffix = ''] = m;
  if (/^0[xob]/.test(text)) throw new LiteralError('invalid float literal', 0, text.length);
  if (exp !== '' && !/[0-9]/.test(exp)) throw new LiteralError('expected at least one digit in exponent', 0, text.length);
  if (suffix !== '' && suffix !== 'f32' && suffix !== 'f64') {
    throw new LiteralError(`invalid suffix \`${suffix}\` for float literal`, 0, text.length);
  }
  return { text: (int + frac + exp).replace(/_/g, ''), suffix: suffix === '' ? null : suffix };
}

function unicodeEscape(raw: string, i: number, end: number): { code: number; next: number } {
  if (raw[i + 2] !== '{') throw new LiteralError('incorrect unicode escape sequence', i, i + 2);
  let j = i + 3;
  if (raw[j] === '_') throw new LiteralError('invalid start of unicode escape: `_`', j, j + 1);
  let digits = '';
  for (;;) {
    const c = raw[j];
    if (c === undefined || j >= end) throw new LiteralError('unterminated unicode escape', i, j);
    if (c === '}') break;
    if (c === '_') {
      j++;
      continue;
    }
    if (!/[0-9a-fA-F]/.test(c)) {
      const ch = String.fromCodePoint(raw.codePointAt(j) as number);
      throw new LiteralError(`invalid character in unicode escape: \`${escapeDebug(ch)}\``, j, j + ch.length);
    }
    digits += c;
    j++;
  }
  if (digits.length === 0) throw new LiteralError('empty unicode escape', i, j + 1);
  if (digits.length > 6) throw new LiteralError('overlong unicode escape', i, j + 1);
  const code = parseInt(digits, 16);
  if (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) throw new LiteralError('invalid unicode character escape', i, j + 1);
  return { code, next: j + 1 };
}

function rawStrValue(raw: string, prefix: number): StrValue | null {
  const m = /^(#*)"/.exec(raw.slice(prefix));
  if (m === null) return null;
  const open = prefix + m[0].length;
  const close = raw.length - (m[1] as string).length - 1;
  let value = '';
  const map: number[] = [];
  for (let i = open; i < close; i++) {
    if (raw[i] === '\r' && raw[i + 1] === '\n') continue;
    value += raw[i];
    map.push(i);
  }
  map.push(close);
  return { value, map };
}

/** Rust's `char::escape_debug` for the characters that show up in error messages. */
export function escapeDebug(ch: string): string {
  switch (ch) {
    case '\n':
      return '\\n';
    case '\r':
      return '\\r';
    case '\t':
      return '\\t';
    case '\0':
      return '\\0';
    case '\\':
      return '\\\\';
    case "'":
      return "\\'";
    case '"':
      return '\\"';
    default:
      return ch;
  }
}

export const INT_SUFFIXES = new Set(['i8', 'i16', 'i32', 'i64', 'i128', 'isize', 'u8', 'u16', 'u32', 'u64', 'u128', 'usize']);

export type IntLiteral =
  | { readonly kind: 'int'; readonly value: bigint; readonly suffix: string | null }
  /** `2f64` lexes as an integer token but is a float. */
  | { readonly kind: 'float' };

/** Parses an integer literal token such as `0xffu8` or `1_000i64`. Throws LiteralError. */
export function intLiteralValue(text: string): IntLiteral {
  let base = 10;
  let i = 0;
  if (text.startsWith('0x')) base = 16;
  else if (text.startsWith('0o')) base = 8;
  else if (text.startsWith('0b')) base = 2;
  if (base !== 10) i = 2;
  const digitRe = base === 16 ? /[0-9a-fA-F_]/ : /[0-9_]/;
  let digits = '';
  while (i < text.length && digitRe.test(text[i] as string)) {
    const d = text[i] as string;
    if (d !== '_') {
      if (parseInt(d, 16) >= base) throw new LiteralError(`invalid digit for a base ${base} literal`, i, i + 1);
      digits += d;
    }
    i++;
  }
  const suffix = text.slice(i);
  if (digits === '') throw new LiteralError('no valid digits found for number', 0, text.length);
  if (suffix === 'f32' || suffix === 'f64') {
    if (base !== 10) throw new LiteralError(`${base === 16 ? 'hexadecimal' : base === 8 ? 'octal' : 'binary'} float literal is not supported`, 0, text.length);
    return { kind: 'float' };
  }
  if (suffix !== '' && !INT_SUFFIXES.has(suffix)) {
    throw new LiteralError(`invalid suffix \`${suffix}\` for number literal`, 0, text.length);
  }
  const prefix = base === 16 ? '0x' : base === 8 ? '0o' : base === 2 ? '0b' : '';
  return { kind: 'int', value: BigInt(prefix + digits), suffix: suffix === '' ? null : suffix };
}

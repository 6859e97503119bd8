import type { Span } from '../diagnostics/span.js';

/**
 * Where the lowering's nodes are in the program: the file's own offsets (`LineIndex`), or a
 * macro expansion's, whose code is located at the macro's call site (`syntax/expansion.ts`).
 */
export interface Spans {
  span(start: number, end: number): Span;
  /** The span of `[start, end)` when it is the program's own text (not made by a macro), else null. */
  exactSpan(start: number, end: number): Span | null;
  /** The span from `a`'s start to `b`'s end. */
  join(a: Span, b: Span): Span;
  /** Whether the token at `at` is one of the parentheses a macro's expansion puts around an
   *  `expr` fragment (rustc's invisible delimiters, which `stringify!` does not print). */
  isInvisibleDelimiter(at: number): boolean;
  /** The expansion whose macro's own tokens the token at `at` is (`mark`, 0 for the program's
   *  text and a caller's fragments), and where the macro's definition writes that token. */
  macroOrigin(at: number): MacroOrigin;
}

export interface MacroOrigin {
  readonly mark: number;
  readonly written: Span | null;
  /** The fragment of a macro's matcher the token was substituted for, when it stays one opaque
   *  fragment (`expr`, `ty`, ...: not `ident`, `lifetime` or `tt`) for a macro it is passed on
   *  to: its kind, and where the transcriber writes it (`$e`). */
  readonly fragment: { readonly kind: string; readonly at: Span } | null;
}

const PROGRAM_TEXT: MacroOrigin = { mark: 0, written: null, fragment: null };

/**
 * Maps JS string offsets (UTF-16 code units) to rustc-style 1-based line and column.
 * rustc counts columns in chars (code points), so a surrogate pair is one column.
 */
export class LineIndex implements Spans {
  private readonly lineStarts: number[] = [0];

  constructor(private readonly text: string) {
    // rustc strips a leading BOM before it computes positions.
    if (text.charCodeAt(0) === 0xfeff) this.lineStarts[0] = 1;
    for (let i = 0; i < text.length; i++) {
      // No line starts after a final newline: rustc drops that line, so an end-of-file
      // position stays on the last line (matters for "unclosed delimiter" errors).
      if (text.charCodeAt(i) === 10 && i + 1 < text.length) this.lineStarts.push(i + 1);
    }
  }

  /** 1-based line and column of a string offset. */
  position(offset: number): { line: number; col: number } {
    const off = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.lineStarts[mid] as number) <= off) lo = mid;
      else hi = mid - 1;
    }
    const start = this.lineStarts[lo] as number;
    let col = 1;
    for (let i = start; i < off; i++) {
      const c = this.text.charCodeAt(i);
      // The low half of a surrogate pair belongs to the char already counted.
      if (c >= 0xdc00 && c <= 0xdfff && i > start) {
        const prev = this.text.charCodeAt(i - 1);
        if (prev >= 0xd800 && prev <= 0xdbff) continue;
      }
      // rustc normalizes CRLF to LF before counting.
      if (c === 13 && this.text.charCodeAt(i + 1) === 10) continue;
      col++;
    }
    return { line: lo + 1, col };
  }

  span(start: number, end: number): Span {
    const s = this.position(start);
    const e = end === start ? s : this.position(end);
    return { start, end, line: s.line, col: s.col, endLine: e.line, endCol: e.col };
  }

  exactSpan(start: number, end: number): Span {
    return this.span(start, end);
  }

  join(a: Span, b: Span): Span {
    return { start: a.start, end: b.end, line: a.line, col: a.col, endLine: b.endLine, endCol: b.endCol };
  }

  macroOrigin(): MacroOrigin {
    return PROGRAM_TEXT;
  }

  isInvisibleDelimiter(): boolean {
    return false;
  }
}

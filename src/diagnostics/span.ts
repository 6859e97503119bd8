/** A region of the source file. Lines and columns are 1-based, as rustc prints them. */
export interface Span {
  readonly start: number;
  readonly end: number;
  readonly line: number;
  readonly col: number;
  readonly endLine: number;
  readonly endCol: number;
}

export interface SourceFile {
  /** The path exactly as the user gave it; rustc prints it this way in panics and errors. */
  readonly path: string;
  readonly text: string;
}

/**
 * Where a macro's definition writes the code a span at its invocation stands for: rustc reports
 * an error about that code there (with the invocation), and a panic in it at the invocation.
 */
export interface MacroSite {
  readonly written: Span;
  readonly macro: string;
}

const macroSites = new WeakMap<Span, MacroSite>();

/** A copy of `invocation`'s span, for code a macro's own tokens make, which remembers `site`
 *  (`macroSiteOf`); a copy made of it by spreading is the invocation's plain span again. */
export function inMacro(invocation: Span, site: MacroSite): Span {
  const span = { ...invocation };
  macroSites.set(span, site);
  return span;
}

export function macroSiteOf(span: Span): MacroSite | undefined {
  return macroSites.get(span);
}

export const DUMMY_SPAN: Span = { start: 0, end: 0, line: 1, col: 1, endLine: 1, endCol: 1 };

export function spanUnion(a: Span, b: Span): Span {
  const first = a.start <= b.start ? a : b;
  const last = a.end >= b.end ? a : b;
  return { start: first.start, end: last.end, line: first.line, col: first.col, endLine: last.endLine, endCol: last.endCol };
}

/** Characters a terminal shows two columns wide: CJK, Hangul, fullwidth forms, emoji. */
const WIDE = /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{1F300}-\u{1F64F}\u{1F680}-\u{1F6FF}\u{1F900}-\u{1F9FF}\u{20000}-\u{3FFFD}]/u;
/** Characters that take no column: combining marks, zero-width spaces and joiners, variation selectors. */
const ZERO_WIDTH = /[\p{Mn}\p{Me}\u200B-\u200F\u2060\uFE00-\uFE0F]/u;

/** How many columns `text` takes in a monospace font (a CJK character or an emoji is two). */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += WIDE.test(ch) ? 2 : ZERO_WIDTH.test(ch) ? 0 : 1;
  return width;
}

/**
 * The column a panic's location gives for `span`: rustc's `Location::column` counts display
 * width (a CJK character or an emoji is two columns), where its diagnostics count characters.
 */
export function displayColumn(text: string, span: Span): number {
  const lineStart = text.lastIndexOf('\n', span.start - 1) + 1;
  const before = [...text.slice(lineStart, span.start)];
  // A span of another text than `text` (none is expected) keeps its own column.
  if (before.length + 1 !== span.col) return span.col;
  return 1 + displayWidth(before.join(''));
}

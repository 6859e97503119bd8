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

export const DUMMY_SPAN: Span = { start: 0, end: 0, line: 1, col: 1, endLine: 1, endCol: 1 };

export function spanUnion(a: Span, b: Span): Span {
  const first = a.start <= b.start ? a : b;
  const last = a.end >= b.end ? a : b;
  return { start: first.start, end: last.end, line: first.line, col: first.col, endLine: last.endLine, endCol: last.endCol };
}

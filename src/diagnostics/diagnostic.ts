import type { SourceFile, Span } from './span.js';

/**
 * How a failure is reported and which exit code it gets.
 * - `unsupported` and `syntax`: outside what stackheap runs (exit 2).
 * - `compile`: rustc itself would reject the program (exit 1, like rustc).
 */
export type DiagnosticKind = 'syntax' | 'unsupported' | 'compile';

export class Diagnostic extends Error {
  constructor(
    readonly kind: DiagnosticKind,
    readonly headline: string,
    readonly span: Span,
    readonly code?: string,
    readonly label?: string,
    /** The text the span is in, when it is not the program's (the type `stackheap layout` reads). */
    readonly source?: SourceFile,
  ) {
    super(headline);
  }

  get exitCode(): number {
    return this.kind === 'compile' ? 1 : 2;
  }
}

export function unsupported(what: string, span: Span): Diagnostic {
  return new Diagnostic('unsupported', `unsupported: ${what}`, span);
}

export function compileError(code: string | undefined, headline: string, span: Span, label?: string): Diagnostic {
  return new Diagnostic('compile', headline, span, code, label);
}

/** Renders in rustc's shape: `error[CODE]: headline`, ` --> file:line:col`, the line, a caret. */
export function renderDiagnostic(d: Diagnostic, program: SourceFile): string {
  const file = d.source ?? program;
  const lines = file.text.split('\n');
  const lineText = (lines[d.span.line - 1] ?? '').replace(/\r$/, '');
  const gutter = ' '.repeat(String(d.span.line).length);
  const caretLen = d.span.endLine === d.span.line ? Math.max(1, d.span.endCol - d.span.col) : Math.max(1, lineText.length - d.span.col + 1);
  const head = d.code ? `error[${d.code}]: ${d.headline}` : `error: ${d.headline}`;
  const carets = ' '.repeat(d.span.col - 1) + '^'.repeat(caretLen) + (d.label ? ` ${d.label}` : '');
  return [
    head,
    `${gutter}--> ${file.path}:${d.span.line}:${d.span.col}`,
    `${gutter} |`,
    `${d.span.line} | ${lineText}`,
    `${gutter} | ${carets}`,
    '',
  ].join('\n');
}

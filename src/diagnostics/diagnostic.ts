import { shownName } from './names.js';
import type { SourceFile, Span } from './span.js';

/**
 * How a failure is reported and which exit code it gets.
 * - `unsupported` and `syntax`: outside what stackheap runs (exit 2).
 * - `compile`: rustc itself would reject the program (exit 1, like rustc).
 * - `undefined`: a `--unchecked` run did something undefined (exit 4).
 */
export type DiagnosticKind = 'syntax' | 'unsupported' | 'compile' | 'undefined';

/** A located remark after the error: `help: the block was freed here` and its line. */
export interface DiagnosticNote {
  readonly kind: 'note' | 'help';
  readonly message: string;
  readonly span: Span;
}

export class Diagnostic extends Error {
  readonly headline: string;
  readonly label?: string;

  constructor(
    readonly kind: DiagnosticKind,
    headline: string,
    readonly span: Span,
    readonly code?: string,
    label?: string,
    readonly notes: readonly DiagnosticNote[] = [],
    /** The text the span is in, when it is not the program's (the type `stackheap layout` reads). */
    readonly source?: SourceFile,
  ) {
    // Messages name a block's items as the program does, not by their hoisted names.
    super(shownName(headline));
    this.headline = shownName(headline);
    if (label !== undefined) this.label = shownName(label);
  }

  get exitCode(): number {
    return EXIT_CODES[this.kind];
  }
}

const EXIT_CODES: Readonly<Record<DiagnosticKind, number>> = { compile: 1, syntax: 2, unsupported: 2, undefined: 4 };

export function unsupported(what: string, span: Span): Diagnostic {
  return new Diagnostic('unsupported', `unsupported: ${what}`, span);
}

export function compileError(code: string | undefined, headline: string, span: Span, label?: string): Diagnostic {
  return new Diagnostic('compile', headline, span, code, label);
}

/** Renders in rustc's shape: `error[CODE]: headline`, ` --> file:line:col`, the line, a caret;
 *  then each note the same way (`help: ...`, its location, line and caret). */
export function renderDiagnostic(d: Diagnostic, program: SourceFile): string {
  const file = d.source ?? program;
  const head = d.code ? `error[${d.code}]: ${d.headline}` : `error: ${d.headline}`;
  const gutter = ' '.repeat(Math.max(d.span.line, ...d.notes.map((n) => n.span.line)).toString().length);
  const parts = [head, ...snippet(d.span, file, gutter, d.label)];
  for (const note of d.notes) parts.push(`${gutter} |`, `${note.kind}: ${note.message}`, ...snippet(note.span, file, gutter));
  return `${parts.join('\n')}\n`;
}

/** ` --> file:line:col`, then the source line with carets under the span. */
function snippet(span: Span, file: SourceFile, gutter: string, label?: string): string[] {
  const lines = file.text.split('\n');
  const lineText = (lines[span.line - 1] ?? '').replace(/\r$/, '');
  const caretLen = span.endLine === span.line ? Math.max(1, span.endCol - span.col) : Math.max(1, lineText.length - span.col + 1);
  const carets = ' '.repeat(span.col - 1) + '^'.repeat(caretLen) + (label ? ` ${label}` : '');
  return [`${gutter}--> ${file.path}:${span.line}:${span.col}`, `${gutter} |`, `${String(span.line).padStart(gutter.length)} | ${lineText}`, `${gutter} | ${carets}`];
}

/** The first of several errors by location: rustc sorts a body's borrow-check errors so. */
export function firstByLocation(errors: readonly Diagnostic[]): Diagnostic | undefined {
  return [...errors].sort((a, b) => a.span.line - b.span.line || a.span.col - b.span.col)[0];
}

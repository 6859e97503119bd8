import { shownName } from './names.js';
import { macroSiteOf, type SourceFile, type Span } from './span.js';

/**
 * How a failure is reported and which exit code it gets.
 * - `unsupported` and `syntax`: outside what stackheap runs (exit 2).
 * - `compile`: rustc itself would reject the program (exit 1, like rustc).
 * - `undefined`: a `--unchecked` run did something undefined (exit 4).
 */
export type DiagnosticKind = 'syntax' | 'unsupported' | 'compile' | 'undefined';

/** A secondary label: another place the error involves, underlined with `-` and its own words. */
export interface SpanLabel {
  readonly span: Span;
  readonly message: string;
}

/**
 * A remark after the error. Located, it is shown as rustc shows a note with a span (`note:
 * closure is returned here`, its location, line and caret); unlocated, as `= note: ...`.
 */
export interface DiagnosticNote {
  readonly kind: 'note' | 'help';
  readonly message: string;
  readonly span?: Span;
  /** The label under the note's own span. */
  readonly label?: string;
  readonly labels?: readonly SpanLabel[];
}

/** A change rustc proposes (`help: consider changing this to be mutable`), shown as the patched line. */
export interface Suggestion {
  readonly message: string;
  /** Replacements of one line's text: an empty span inserts. */
  readonly edits: readonly { readonly span: Span; readonly text: string }[];
}

export class Diagnostic extends Error {
  readonly headline: string;
  readonly label?: string;
  readonly span: Span;
  /** Secondary labels, in the order rustc adds them (the order decides ties in placement). */
  readonly labels: SpanLabel[] = [];
  readonly suggestions: Suggestion[] = [];
  readonly notes: DiagnosticNote[];
  /** The macro whose own code the error is about (rustc's last note names it). */
  readonly macro?: string;

  constructor(
    readonly kind: DiagnosticKind,
    headline: string,
    span: Span,
    readonly code?: string,
    label?: string,
    notes: readonly DiagnosticNote[] = [],
    /** The text the span is in, when it is not the program's (the type `stackheap layout` reads). */
    readonly source?: SourceFile,
  ) {
    // Messages name a block's items as the program does, not by their hoisted names.
    super(shownName(headline));
    this.headline = shownName(headline);
    this.notes = [...notes];
    if (label !== undefined) this.label = shownName(label);
    // rustc reports an error about a macro's own code where the macro's definition writes it.
    const site = kind === 'compile' ? macroSiteOf(span) : undefined;
    this.span = site?.written ?? span;
    if (site !== undefined) {
      this.macro = site.macro;
      this.labels.push({ span, message: 'in this macro invocation' });
    }
  }

  /** Adds a secondary label; the message is spelled as the program spells its names. A label
   *  on a macro's own code is where its definition writes it. */
  withLabel(span: Span, message: string): this {
    this.labels.push({ span: macroSiteOf(span)?.written ?? span, message: shownName(message) });
    return this;
  }

  withNote(kind: 'note' | 'help', message: string, span?: Span, label?: string): this {
    this.notes.push({ kind, message: shownName(message), ...(span ? { span } : {}), ...(label !== undefined ? { label: shownName(label) } : {}) });
    return this;
  }

  /** A suggestion inserting `text` at `at` (an empty span) or replacing the span's text. */
  withSuggestion(message: string, edits: readonly { readonly span: Span; readonly text: string }[]): this {
    this.suggestions.push({ message: shownName(message), edits });
    return this;
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

/** The first of several errors by location: rustc sorts a body's borrow-check errors so. */
export function firstByLocation(errors: readonly Diagnostic[]): Diagnostic | undefined {
  return [...errors].sort((a, b) => a.span.line - b.span.line || a.span.col - b.span.col)[0];
}

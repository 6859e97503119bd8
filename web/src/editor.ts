import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { rust } from '@codemirror/lang-rust';
import { bracketMatching, HighlightStyle, indentOnInput, syntaxHighlighting } from '@codemirror/language';
import { lintGutter, setDiagnostics, type Diagnostic as LintDiagnostic } from '@codemirror/lint';
import { EditorState, StateEffect, StateField, type Extension } from '@codemirror/state';
import { Decoration, drawSelection, EditorView, highlightActiveLine, keymap, lineNumbers, type DecorationSet } from '@codemirror/view';
import { tags } from '@lezer/highlight';
import type { Span } from '../../src/diagnostics/span.js';
import { TENSE_WORDS, type Tense } from '../../src/views/narration.js';
import type { DiagnosticData } from './protocol.js';

/**
 * The Rust editor: CodeMirror 6 with Rust highlighting, diagnostics as lint squiggles, the
 * current step's line highlighted, and clicks on a line number reported (to run to that line).
 * Tab is left to the browser so keyboard users can move on from the editor.
 */

export interface EditorHooks {
  readonly onChange: () => void;
  readonly onRun: () => void;
  readonly onLineClick: (line: number) => void;
}

const setStepLine = StateEffect.define<{ readonly line: number; readonly tense: Tense }>();

/** The line of the current step (0 = none), as a line decoration: `ran` (the step is after the
 *  line ran) and `next` (before it runs) look different, and say so at the line's end. */
const stepLine = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(decorations, tr) {
    let next = decorations.map(tr.changes);
    for (const effect of tr.effects) {
      if (!effect.is(setStepLine)) continue;
      const { line, tense } = effect.value;
      const mark = Decoration.line({ class: `cm-step-line ${tense}`, attributes: { 'data-tense': TENSE_WORDS[tense].toLowerCase() } });
      next = line >= 1 && line <= tr.state.doc.lines ? Decoration.set([mark.range(tr.state.doc.line(line).from)]) : Decoration.none;
    }
    // Once the text changes the trace no longer matches it.
    return tr.docChanged ? Decoration.none : next;
  },
  provide: (field) => EditorView.decorations.from(field),
});

// Colours come from CSS variables, so the same style serves light and dark mode.
const highlight = HighlightStyle.define([
  { tag: [tags.keyword, tags.controlKeyword, tags.definitionKeyword, tags.modifier, tags.self], color: 'var(--syn-keyword)' },
  { tag: [tags.typeName, tags.className, tags.namespace], color: 'var(--syn-type)' },
  { tag: [tags.function(tags.variableName), tags.function(tags.definition(tags.variableName)), tags.macroName], color: 'var(--syn-fn)' },
  { tag: [tags.number, tags.bool, tags.atom], color: 'var(--syn-number)' },
  { tag: [tags.string, tags.character, tags.special(tags.string)], color: 'var(--syn-string)' },
  { tag: [tags.comment, tags.lineComment, tags.blockComment], color: 'var(--syn-comment)', fontStyle: 'italic' },
  { tag: [tags.operator, tags.punctuation, tags.derefOperator], color: 'var(--syn-punct)' },
]);

export class Editor {
  readonly view: EditorView;

  constructor(parent: HTMLElement, text: string, hooks: EditorHooks) {
    const extensions: Extension[] = [
      lineNumbers({
        domEventHandlers: {
          mousedown(view, block) {
            hooks.onLineClick(view.state.doc.lineAt(block.from).number);
            return true;
          },
        },
      }),
      lintGutter(),
      history(),
      drawSelection(),
      highlightActiveLine(),
      indentOnInput(),
      bracketMatching(),
      rust(),
      syntaxHighlighting(highlight),
      stepLine,
      keymap.of([
        { key: 'Mod-Enter', run: () => (hooks.onRun(), true) },
        // The keyboard's way to "click a line number": run to the cursor's line.
        { key: 'Alt-Enter', run: (view) => (hooks.onLineClick(view.state.doc.lineAt(view.state.selection.main.head).number), true) },
        ...defaultKeymap,
        ...historyKeymap,
      ]),
      EditorState.tabSize.of(4),
      EditorView.lineWrapping, // long lines must not push the page sideways at phone width
      EditorView.contentAttributes.of({ 'aria-label': 'Rust program. Control+Enter runs it; Alt+Enter steps to the cursor’s line.' }),
      EditorView.updateListener.of((update) => {
        if (update.docChanged) hooks.onChange();
      }),
    ];
    this.view = new EditorView({ parent, state: EditorState.create({ doc: text, extensions }) });
  }

  get text(): string {
    return this.view.state.doc.toString();
  }

  set text(text: string) {
    this.view.dispatch({ changes: { from: 0, to: this.view.state.doc.length, insert: text } });
  }

  /** Highlights `line` (1-based; 0 clears) and scrolls it into view. */
  showLine(line: number, tense: Tense = 'ran'): void {
    const effects: StateEffect<unknown>[] = [setStepLine.of({ line, tense })];
    if (line >= 1 && line <= this.view.state.doc.lines) {
      effects.push(EditorView.scrollIntoView(this.view.state.doc.line(line).from, { y: 'nearest' }));
    }
    this.view.dispatch({ effects });
  }

  /**
   * The error as a squiggle under its span, and each of rustc's secondary labels as a squiggle of
   * its own with its own message. `seeWhatWouldHappen`, for an error only the borrow checker
   * gives, is offered as the error's action.
   */
  showDiagnostic(diagnostic: DiagnosticData | null, seeWhatWouldHappen?: () => void): void {
    const diagnostics: LintDiagnostic[] = [];
    if (diagnostic) {
      const length = this.view.state.doc.length;
      const range = (span: Span): { from: number; to: number } => {
        const from = Math.min(span.start, length);
        // An empty span (e.g. at the end of the file) still needs a visible squiggle.
        const to = Math.min(Math.max(span.end, from + 1), length);
        return { from: Math.min(from, to), to };
      };
      const head = diagnostic.code ? `error[${diagnostic.code}]: ${diagnostic.headline}` : `error: ${diagnostic.headline}`;
      const actions = seeWhatWouldHappen ? [{ name: 'See what would happen', apply: () => seeWhatWouldHappen() }] : [];
      diagnostics.push({ ...range(diagnostic.span), severity: 'error', message: diagnostic.label ? `${head}\n${diagnostic.label}` : head, source: diagnostic.kind, actions });
      for (const label of diagnostic.labels) diagnostics.push({ ...range(label.span), severity: 'info', message: label.message, source: diagnostic.code ?? diagnostic.kind });
    }
    this.view.dispatch(setDiagnostics(this.view.state, diagnostics));
  }
}

import type { Diagnostic, DiagnosticNote, SpanLabel, Suggestion } from './diagnostic.js';
import type { SourceFile, Span } from './span.js';

/**
 * rustc's human-readable emitter (rustc_errors, ASCII theme), for what stackheap's diagnostics
 * carry: a primary span with its label, secondary labels, notes and helps (located or `= note:`),
 * and suggestions shown as the patched line. Labels on one line are placed as rustc places them
 * (the rightmost at the end of the underline when nothing overlaps it, the others hanging below
 * on `|` lines); lines between two annotated ones are shown when there is one, elided as `...`
 * when there are more. A span over several lines is underlined to the end of its first line.
 */
export function renderDiagnostic(d: Diagnostic, program: SourceFile): string {
  const file = d.source ?? program;
  const lines = file.text.split('\n').map((l) => l.replace(/\r$/, ''));
  const spans = [d.span, ...d.labels.map((l) => l.span), ...d.notes.flatMap((n) => (n.span ? [n.span, ...(n.labels ?? []).map((l) => l.span)] : []))];
  const gutter = String(Math.max(...spans.map((s) => s.endLine))).length;
  const out = new TextBuffer();
  const head = d.code ? `error[${d.code}]: ` : 'error: ';
  window(out, head, d.headline, annotations(d.span, d.label, d.labels), file.path, lines, gutter);
  if (d.notes.length > 0 || d.suggestions.length > 0 || d.macro !== undefined) out.append(out.rows.length, `${' '.repeat(gutter + 1)}|`);
  for (const note of d.notes) renderNote(out, note, file.path, lines, gutter);
  if (d.macro !== undefined) renderNote(out, { kind: 'note', message: `this error originates in the macro \`${d.macro}\` (in Nightly builds, run with -Z macro-backtrace for more info)` }, file.path, lines, gutter);
  for (const suggestion of d.suggestions) renderSuggestion(out, suggestion, lines, gutter);
  return `${out.render()}\n`;
}

/** The whole of what the CLI prints for a program it stops on: the diagnostic, then for an error
 *  rustc would give, what rustc prints after it. */
export function renderReport(d: Diagnostic, program: SourceFile): string {
  return renderDiagnostic(d, program) + abortTrailer(d);
}

/** What rustc prints after a program's errors: the count, and where each code is explained. */
function abortTrailer(d: Diagnostic): string {
  if (d.kind !== 'compile' && d.kind !== 'syntax') return '';
  const explain = d.code ? `For more information about this error, try \`rustc --explain ${d.code}\`.\n` : '';
  return `\nerror: aborting due to 1 previous error\n\n${explain}`;
}

/** Rows of characters written at given columns, as rustc's StyledBuffer (without the styles). */
class TextBuffer {
  readonly rows: string[][] = [];

  putc(row: number, col: number, ch: string): void {
    const r = this.row(row);
    while (r.length < col) r.push(' ');
    r[col] = ch;
  }

  puts(row: number, col: number, text: string): void {
    [...text].forEach((ch, i) => this.putc(row, col + i, ch));
  }

  append(row: number, text: string): void {
    this.row(row).push(...text);
  }

  private row(i: number): string[] {
    while (this.rows.length <= i) this.rows.push([]);
    return this.rows[i]!;
  }

  render(): string {
    return this.rows.map((r) => r.join('')).join('\n');
  }
}

/** One underline on one source line; columns count characters from 0, `end` exclusive. */
interface Annotation {
  readonly start: number;
  readonly end: number;
  readonly label: string;
  readonly primary: boolean;
}

interface AnnotatedSpan {
  readonly span: Span;
  readonly label: string;
  readonly primary: boolean;
}

function annotations(primary: Span, label: string | undefined, labels: readonly SpanLabel[]): AnnotatedSpan[] {
  return [{ span: primary, label: label ?? '', primary: true }, ...labels.map((l) => ({ span: l.span, label: l.message, primary: false }))];
}

/** A header (`error[E0382]: ...`, `note: ...`), its location and its annotated source lines. */
function window(out: TextBuffer, level: string, message: string, spans: readonly AnnotatedSpan[], path: string, lines: readonly string[], gutter: number): void {
  const first = out.rows.length;
  const [headline, ...more] = message.split('\n');
  out.append(first, `${level}${headline}`);
  more.forEach((text, i) => out.append(first + 1 + i, `${' '.repeat(level.length)}${text}`));
  const primary = spans[0]!.span;
  out.append(out.rows.length, `${' '.repeat(gutter)}--> ${path}:${primary.line}:${primary.col}`);
  out.append(out.rows.length, `${' '.repeat(gutter + 1)}|`);
  const byLine = new Map<number, Annotation[]>();
  for (const { span, label, primary: isPrimary } of spans) {
    const text = lines[span.line - 1] ?? '';
    const start = span.col - 1;
    // An empty span is shown as one column, as rustc does (the parser's end-of-input spans).
    const end = span.endLine === span.line ? Math.max(span.endCol - 1, start + 1) : Math.max([...text].length, start + 1);
    const list = byLine.get(span.line) ?? [];
    list.push({ start, end, label, primary: isPrimary });
    byLine.set(span.line, list);
  }
  const shown = [...byLine.keys()].sort((a, b) => a - b);
  shown.forEach((line, i) => {
    sourceLine(out, line, lines[line - 1] ?? '', byLine.get(line)!, gutter);
    const next = shown[i + 1];
    if (next === undefined) return;
    if (next - line > 2) out.append(out.rows.length, '...');
    else if (next - line === 2) codeLine(out, out.rows.length, line + 1, lines[line] ?? '', gutter);
  });
}

function codeLine(out: TextBuffer, row: number, line: number, text: string, gutter: number): void {
  out.puts(row, gutter - String(line).length, String(line));
  out.puts(row, gutter + 1, '|');
  if (text !== '') out.puts(row, gutter + 3, normalizeWhitespace(text));
}

/** rustc shows a tab as four spaces. */
function normalizeWhitespace(text: string): string {
  return text.replace(/\t/g, '    ');
}

/** Whether `[a.start, a.end + padding)` and `[b.start, b.end)` share a column. */
function overlaps(a: Annotation, b: Annotation, padding: number): boolean {
  return (b.start <= a.start && a.start < b.end) || (a.start <= b.start && b.start < a.end + padding);
}

/** A source line and its underlines, with each label at the row rustc gives it. */
function sourceLine(out: TextBuffer, line: number, text: string, lineAnnotations: readonly Annotation[], gutter: number): void {
  const row = out.rows.length;
  const code = gutter + 3;
  codeLine(out, row, line, text, gutter);
  // Rightmost first; a stable sort keeps annotations of one start in the order they were added.
  const sorted = [...lineAnnotations].sort((a, b) => b.start - a.start);
  const positions: number[] = [];
  let depth = 0;
  let height = 0;
  sorted.forEach((annotation, i) => {
    for (let j = i + 1; j < sorted.length; j++) {
      const next = sorted[j]!;
      if (depth === 0 && annotation.label !== '' && overlaps(next, annotation, 0)) {
        if (next.start === annotation.start && next.end === annotation.end && next.label === '') continue;
        depth++;
        break;
      }
    }
    positions.push(depth);
    for (let j = i + 1; j < sorted.length; j++) {
      const next = sorted[j]!;
      const padding = next.label === '' ? 0 : [...next.label].length + 2;
      if ((overlaps(next, annotation, padding) && annotation.label !== '' && next.label !== '') || (overlaps(next, annotation, padding) && next.end <= annotation.end && next.label !== '' && depth === 0)) {
        depth++;
        break;
      }
    }
    height = Math.max(height, depth);
  });
  if (height !== 0) height++;
  for (let p = 0; p <= height; p++) out.putc(row + p + 1, gutter + 1, '|');
  sorted.forEach((annotation, i) => {
    const pos = positions[i]! + 1;
    if (pos > 1 && annotation.label !== '') for (let p = row + 1; p <= row + pos; p++) out.putc(p, code + annotation.start, '|');
  });
  sorted.forEach((annotation, i) => {
    if (annotation.label === '') return;
    const pos = positions[i]!;
    if (pos === 0) out.puts(row + 1, code + annotation.end + 1, annotation.label);
    else out.puts(row + pos + 2, code + annotation.start, annotation.label);
  });
  // Longest first, so that shorter underlines stay visible; of two equal ones the primary wins.
  const byLength = sorted.map((a, i) => ({ a, i })).sort((x, y) => y.a.end - y.a.start - (x.a.end - x.a.start) || Number(x.a.primary) - Number(y.a.primary));
  for (const { a } of byLength) for (let c = a.start; c < a.end; c++) out.putc(row + 1, code + c, a.primary ? '^' : '-');
}

function renderNote(out: TextBuffer, note: DiagnosticNote, path: string, lines: readonly string[], gutter: number): void {
  if (note.span) {
    window(out, `${note.kind}: `, note.message, annotations(note.span, note.label, note.labels ?? []), path, lines, gutter);
    return;
  }
  const [first, ...more] = note.message.split('\n');
  out.append(out.rows.length, `${' '.repeat(gutter + 1)}= ${note.kind}: ${first}`);
  const pad = ' '.repeat(gutter + note.kind.length + 5);
  for (const text of more) out.append(out.rows.length, `${pad}${text}`);
}

/**
 * A suggestion as rustc shows it: the line as it would read, with `+` under what an insertion
 * adds; a replacement as the old line (`-`) and the new one (`+`).
 */
function renderSuggestion(out: TextBuffer, suggestion: Suggestion, lines: readonly string[], gutter: number): void {
  out.append(out.rows.length, `help: ${suggestion.message}`);
  out.append(out.rows.length, `${' '.repeat(gutter + 1)}|`);
  const edits = suggestion.edits.map((e) => trimTrivialReplacement(e, lines)).sort((a, b) => a.span.start - b.span.start);
  const line = edits[0]!.span.line;
  const original = lines[line - 1] ?? '';
  const chars = [...original];
  let patched = '';
  let at = 0;
  const added: { col: number; length: number }[] = [];
  for (const edit of edits) {
    const start = edit.span.col - 1;
    const end = edit.span.endLine === line ? edit.span.endCol - 1 : chars.length;
    patched += chars.slice(at, start).join('');
    // rustc marks what is added, without the spaces that separate it from what is around it.
    const leading = [...edit.text].length - [...edit.text.trimStart()].length;
    added.push({ col: [...patched].length + leading, length: [...edit.text.trim()].length });
    patched += edit.text;
    at = end;
  }
  patched += chars.slice(at).join('');
  const number = String(line).padStart(gutter);
  const insertsOnly = edits.every((e) => e.span.start === e.span.end);
  if (insertsOnly) {
    out.append(out.rows.length, `${number} | ${normalizeWhitespace(patched)}`);
    const marks = out.rows.length;
    out.puts(marks, gutter + 1, '|');
    for (const { col, length } of added) out.puts(marks, gutter + 3 + col, '+'.repeat(length));
    return;
  }
  out.append(out.rows.length, `${number} - ${normalizeWhitespace(original)}`);
  out.append(out.rows.length, `${number} + ${normalizeWhitespace(patched)}`);
  out.append(out.rows.length, `${' '.repeat(gutter + 1)}|`);
}

/**
 * rustc's `trim_trivial_replacements`: a replacement that keeps the replaced text around what it
 * adds (`self` → `&mut self`, `&self` → `&mut self`) is shown as the insertion it amounts to.
 */
function trimTrivialReplacement(edit: Suggestion['edits'][number], lines: readonly string[]): Suggestion['edits'][number] {
  const { span, text } = edit;
  if (span.start === span.end || span.endLine !== span.line || text === '') return edit;
  const original = [...(lines[span.line - 1] ?? '')].slice(span.col - 1, span.endCol - 1);
  const suggested = [...text];
  let prefix = 0;
  while (prefix < original.length && prefix < suggested.length && original[prefix] === suggested[prefix]) prefix++;
  const rest = original.slice(prefix).join('');
  const added = suggested.slice(prefix).join('');
  if (!added.endsWith(rest)) return edit;
  const at = span.start + prefix;
  const col = span.col + prefix;
  return { span: { start: at, end: at, line: span.line, col, endLine: span.line, endCol: col }, text: added.slice(0, added.length - rest.length) };
}

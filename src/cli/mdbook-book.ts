/**
 * mdBook's side of the `mdbook` command, as plain data: the book JSON mdBook writes on a
 * preprocessor's stdin (`[context, book]`), its chapters (both shapes mdBook has used: `sections`
 * up to 0.4, `items` from 0.5; chapters nest in `sub_items`), the ```` ```rust,stackheap ````
 * blocks in a chapter's Markdown, and the chapter with each block's diagram put after it.
 * Everything but `content` is written back as it came.
 */

/** A chapter as mdBook serialises it; fields this module does not read are kept as they are. */
export interface BookChapter {
  name: string;
  content: string;
  path?: string | null;
  source_path?: string | null;
  sub_items?: unknown[];
  [field: string]: unknown;
}

export interface BookInput {
  readonly context: Record<string, unknown>;
  readonly book: Record<string, unknown>;
}

export class BookError extends Error {}

/** `[context, book]` from mdBook's JSON, or why it is not that. */
export function parseBookInput(text: string): BookInput {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new BookError(`the input is not JSON (${(error as Error).message}): mdBook writes \`[context, book]\` on stdin`);
  }
  if (!Array.isArray(value) || value.length !== 2 || !isObject(value[0]) || !isObject(value[1])) throw new BookError('expected `[context, book]` on stdin, as mdBook writes it');
  const book = value[1];
  if (!Array.isArray(book.sections) && !Array.isArray(book.items)) throw new BookError('the book has neither `sections` (mdBook 0.4) nor `items` (mdBook 0.5)');
  return { context: value[0], book };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every chapter of the book, depth first, in reading order. */
export function chaptersOf(book: Record<string, unknown>): BookChapter[] {
  const out: BookChapter[] = [];
  const walk = (items: unknown): void => {
    if (!Array.isArray(items)) return;
    for (const item of items) {
      // `{"Chapter": {...}}`; `"Separator"` and `{"PartTitle": "..."}` hold no content.
      const chapter = isObject(item) ? item.Chapter : undefined;
      if (!isObject(chapter) || typeof chapter.content !== 'string') continue;
      out.push(chapter as BookChapter);
      walk(chapter.sub_items);
    }
  };
  walk(book.sections ?? book.items);
  return out;
}

/** A ```` ```rust,stackheap ```` block: where it is and what it asks. */
export interface Snippet {
  /** 1-based line of the opening fence in the chapter. */
  readonly line: number;
  /** The program, with mdBook's hidden-line marks (`# `) taken off. */
  readonly source: string;
  /** `key=value` options after `rust,stackheap`, in order. */
  readonly options: readonly (readonly [string, string])[];
  /** Index of the chapter line the diagram goes after (the closing fence). */
  readonly closeLine: number;
}

const OPENING = /^( {0,3})(`{3,}|~{3,})\s*rust\s*,\s*stackheap\b(.*)$/;

/** The chapter's stackheap blocks (an unclosed one runs to the end, as in CommonMark). */
export function snippetsOf(content: string): Snippet[] {
  const lines = content.split('\n');
  const snippets: Snippet[] = [];
  let fence: { char: string; length: number } | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const open = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (fence) {
      if (open && open[1]![0] === fence.char && open[1]!.length >= fence.length && line.slice(open[0].length).trim() === '') fence = null;
      continue;
    }
    if (!open) continue;
    fence = { char: open[1]![0]!, length: open[1]!.length };
    const match = OPENING.exec(line);
    // A backtick fence's info string cannot hold a backtick.
    if (!match || (fence.char === '`' && match[3]!.includes('`'))) continue;
    const indent = match[1]!.length;
    let end = i + 1;
    for (; end < lines.length; end++) {
      const close = /^ {0,3}(`{3,}|~{3,})\s*$/.exec(lines[end]!);
      if (close && close[1]![0] === fence.char && close[1]!.length >= fence.length) break;
    }
    const body = lines.slice(i + 1, end).map((l) => unhide(l.slice(Math.min(indent, l.length - l.trimStart().length))));
    snippets.push({ line: i + 1, source: `${body.join('\n')}\n`, options: parseOptions(match[3]!), closeLine: Math.min(end, lines.length - 1) });
    fence = null;
    i = end;
  }
  return snippets;
}

/** mdBook's hidden lines in Rust blocks: `# code` is code the reader does not see, `##` a `#`. */
function unhide(line: string): string {
  const indent = line.length - line.trimStart().length;
  const rest = line.slice(indent);
  if (rest === '#') return '';
  if (rest.startsWith('# ')) return line.slice(0, indent) + rest.slice(2);
  if (rest.startsWith('##')) return line.slice(0, indent) + rest.slice(1);
  return line;
}

/** `model=real at=statements stop=4 embed=stepper` (spaces or commas between); a bare word is `word=`. */
function parseOptions(text: string): [string, string][] {
  return text
    .split(/[\s,]+/)
    .filter((word) => word !== '')
    .map((word) => {
      const eq = word.indexOf('=');
      return eq < 0 ? [word, ''] : [word.slice(0, eq), word.slice(eq + 1)];
    });
}

/** The chapter with `html[k]` after snippet k's closing fence, between blank lines. */
export function withDiagrams(content: string, snippets: readonly Snippet[], html: readonly string[]): string {
  const lines = content.split('\n');
  const after = new Map(snippets.map((s, k) => [s.closeLine, html[k]!]));
  const out: string[] = [];
  lines.forEach((line, i) => {
    out.push(line);
    const diagram = after.get(i);
    if (diagram !== undefined) out.push('', diagram, '');
  });
  return out.join('\n');
}

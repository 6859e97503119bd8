/**
 * mdBook's preprocessor input as its documentation and its `Book`/`Chapter`/`BookItem` types
 * serialise it: `[context, book]`, the book as `{"sections": [...], "__non_exhaustive": null}`
 * (mdBook up to 0.4) or `{"items": [...]}` (0.5 on); a chapter is `{"Chapter": {...}}` with
 * `name`, `content`, `number`, `sub_items`, `path`, `source_path` and `parent_names`; a separator
 * is `"Separator"`, a part title `{"PartTitle": "..."}`.
 */

export interface ChapterSpec {
  readonly name: string;
  readonly content: string;
  readonly path: string;
  readonly sub?: readonly ChapterSpec[];
}

function chapter(spec: ChapterSpec, number: number[], parents: string[]): unknown {
  return {
    Chapter: {
      name: spec.name,
      content: spec.content,
      number,
      sub_items: (spec.sub ?? []).map((sub, k) => chapter(sub, [...number, k + 1], [...parents, spec.name])),
      path: spec.path,
      source_path: spec.path,
      parent_names: parents,
    },
  };
}

export function bookInput(chapters: readonly ChapterSpec[], shape: 'sections' | 'items', renderer = 'html'): string {
  const version = shape === 'sections' ? '0.4.40' : '0.5.0';
  const context = {
    root: '/home/author/book',
    config: { book: { authors: ['An Author'], language: 'en', src: 'src', title: 'Memory' }, preprocessor: { stackheap: {} }, output: { html: {} } },
    renderer,
    mdbook_version: version,
  };
  const items = [chapters.length > 0 ? chapter(chapters[0]!, [1], []) : null, 'Separator', { PartTitle: 'More' }, ...chapters.slice(1).map((c, k) => chapter(c, [k + 2], []))].filter((x) => x !== null);
  const book = shape === 'sections' ? { sections: items, __non_exhaustive: null } : { items };
  return JSON.stringify([context, book]);
}

/** Every chapter's content in a book mdBook would read back, depth first. */
export function contents(bookJson: string): { name: string; content: string }[] {
  const book = JSON.parse(bookJson) as { sections?: unknown[]; items?: unknown[] };
  const out: { name: string; content: string }[] = [];
  const walk = (items: unknown[] | undefined): void => {
    for (const item of items ?? []) {
      const c = (item as { Chapter?: { name: string; content: string; sub_items: unknown[] } }).Chapter;
      if (!c) continue;
      out.push({ name: c.name, content: c.content });
      walk(c.sub_items);
    }
  };
  walk(book.sections ?? book.items);
  return out;
}

/** The chapters a book's `SUMMARY.md` lists (`[Name](file.md)` and `- [Name](file.md)`, nested
 *  by indentation), with their files' content, as mdBook loads them. */
export function summaryChapters(src: string, read: (path: string) => string): ChapterSpec[] {
  const root: { spec: ChapterSpec & { sub: ChapterSpec[] }; indent: number }[] = [];
  const top: (ChapterSpec & { sub: ChapterSpec[] })[] = [];
  for (const line of read(`${src}/SUMMARY.md`).split('\n')) {
    const match = /^(\s*)(?:- )?\[([^\]]+)\]\(([^)]+)\)\s*$/.exec(line);
    if (!match) continue;
    const indent = match[1]!.length;
    const spec = { name: match[2]!, path: match[3]!, content: read(`${src}/${match[3]!}`), sub: [] as ChapterSpec[] };
    while (root.length > 0 && root[root.length - 1]!.indent >= indent) root.pop();
    if (root.length === 0) top.push(spec);
    else root[root.length - 1]!.spec.sub.push(spec);
    root.push({ spec, indent });
  }
  return top;
}

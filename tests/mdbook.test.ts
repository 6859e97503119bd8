import { describe, expect, it } from 'vitest';
import { preprocess, type SnippetRunner } from '../src/cli/mdbook.js';
import { snippetsOf } from '../src/cli/mdbook-book.js';
import { renderSnippet } from '../src/cli/mdbook-snippet.js';
import { parseXml } from './xml.js';
import { traceHtml } from '../src/render/html.js';
import { markdownTable } from '../src/render/markdown.js';
import { TracePictures } from '../src/render/pictures.js';
import { recordSource, stackheap } from './helpers.js';
import { readFileSync } from 'node:fs';
import { bookInput, contents, summaryChapters } from './mdbook/book.js';

// The preprocessor's logic in process (the CLI test runs it through the built bin, on worker
// threads): mdBook's documented JSON in, the book it would read back out.

const inProcess: SnippetRunner = async (jobs) => {
  const sh = await stackheap();
  return jobs.map((job) => renderSnippet(sh, job));
};

const BOX = 'fn add_one(b: &Box<i32>) -> i32 {\n    **b + 1\n}\n\nfn main() {\n    let b = Box::new(5);\n    let c = add_one(&b);\n    println!("{}", c);\n}\n';

const fence = (options: string, source: string, ticks = '```') => `${ticks}rust,stackheap${options ? ` ${options}` : ''}\n${source}${ticks}\n`;

describe('stackheap mdbook', () => {
  for (const shape of ['sections', 'items'] as const) {
    it(`draws the blocks of nested chapters of a book in the ${shape} shape, and leaves everything else alone`, async () => {
      const intro = `# Intro\n\nSome text.\n\n${fence('stop=2', BOX)}\nAfter.\n`;
      const nested = `# Nested\n\n\`\`\`rust\nfn main() {}\n\`\`\`\n\n${fence('model=real at=statements embed=stepper', BOX)}`;
      const input = bookInput([{ name: 'Intro', content: intro, path: 'intro.md', sub: [{ name: 'Nested', content: nested, path: 'intro/nested.md' }] }, { name: 'Plain', content: '# Plain\n', path: 'plain.md' }], shape);
      const { book, errors } = await preprocess(input, inProcess);
      expect(errors).toEqual([]);
      const before = JSON.parse(input)[1];
      const after = JSON.parse(book!);
      // The same shape and items: only chapters' content changed.
      expect(Object.keys(after)).toEqual(Object.keys(before));
      const items = after[shape] as unknown[];
      expect(items[1]).toBe('Separator');
      expect(items[2]).toEqual({ PartTitle: 'More' });
      const [first, second, third] = contents(book!);
      expect(first!.name).toBe('Intro');
      // The code stays, the diagram follows its closing fence.
      expect(first!.content.startsWith(`# Intro\n\nSome text.\n\n${fence('stop=2', BOX)}\n<div class="stackheap-diagrams">\n<svg`)).toBe(true);
      expect(first!.content.endsWith('</div>\n\n\nAfter.\n')).toBe(true);
      expect(first!.content.match(/<svg /g)).toHaveLength(1);
      const svg = /<svg [\s\S]*?<\/svg>/.exec(first!.content)![0];
      parseXml(svg);
      expect(svg).toContain('aria-label="memory diagram: add_one() returns"');
      // No blank line inside the HTML: Markdown would end the HTML block there.
      expect(first!.content.slice(first!.content.indexOf('<div'), first!.content.indexOf('</div>'))).not.toMatch(/\n\s*\n/);
      expect(second!.name).toBe('Nested');
      expect(second!.content).toContain('```rust\nfn main() {}\n```\n\n```rust,stackheap model=real');
      expect(second!.content).toContain('<div class="stackheap-stepper" data-tab="diagram" data-model="real">');
      expect(second!.content.match(/<template data-step=/g)!.length).toBeGreaterThan(3);
      expect(third).toEqual({ name: 'Plain', content: '# Plain\n' });
    });
  }

  it('fails the build on a snippet rustc rejects or stackheap refuses, naming the chapter, the line and the diagnostic', async () => {
    const bad = 'fn main() {\n    let x: i32 = "no";\n}\n';
    const refused = 'use std::thread;\nfn main() {\n    thread::park();\n}\n';
    const content = `# Errors\n\n${fence('', BOX)}\ntext\n\n${fence('', bad)}\n${fence('', refused)}`;
    const { book, errors } = await preprocess(bookInput([{ name: 'Errors', content, path: 'errors.md' }], 'items'), inProcess);
    expect(book).toBeNull();
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/^error: stackheap could not draw the block at line 17 of chapter "Errors" \(errors\.md\):\nerror\[E0308\]: mismatched types\n --> src\/main\.rs:2:18\n/);
    expect(errors[1]).toMatch(/^error: stackheap could not draw the block at line 23 of chapter "Errors" \(errors\.md\):\nerror: unsupported: /);
  });

  it('fails on an option it does not know, or a stop the program does not reach', async () => {
    const content = `${fence('colour=red', BOX)}\n${fence('stop=99', BOX)}`;
    const { errors } = await preprocess(bookInput([{ name: 'Options', content, path: 'o.md' }], 'sections'), inProcess);
    expect(errors).toHaveLength(2);
    expect(errors[0]).toContain('line 1 of chapter "Options" (o.md):\nerror: unknown option `colour`');
    expect(errors[1]).toContain('line 13 of chapter "Options" (o.md):\nerror: there are ');
  });

  it('draws the sample book under examples/book, each option as its chapter says', async () => {
    const chapters = summaryChapters('examples/book/src', (path) => readFileSync(path, 'utf8'));
    const { book, errors } = await preprocess(bookInput(chapters, 'items'), inProcess);
    expect(errors).toEqual([]);
    const byName = new Map(contents(book!).map((c) => [c.name, c.content]));
    expect([...byName.keys()]).toEqual(['Introduction', 'Every call, as inline SVG', 'One statement', 'The stops on a line', 'The real model', 'A stepper', 'Hidden lines']);
    const svgs = (name: string) => byName.get(name)!.match(/<svg /g)?.length ?? 0;
    // The introduction's example is inside a markdown block: shown, not run.
    expect(svgs('Introduction')).toBe(0);
    expect(svgs('Every call, as inline SVG')).toBe(3);
    expect(svgs('One statement')).toBe(1);
    expect(svgs('The stops on a line')).toBe(2);
    expect(byName.get('The real model')).toContain('data-model="real"');
    expect(byName.get('A stepper')).toContain('<div class="stackheap-stepper"');
    expect(byName.get('Hidden lines')).toContain('<tspan class="sh-ty">Point</tspan>');
  });

  it('takes book-wide options from book.toml, which a block’s own override', async () => {
    const input = JSON.parse(bookInput([{ name: 'Real', content: `${fence('', BOX)}\n${fence('model=book', BOX)}`, path: 'r.md' }], 'items')) as [{ config: { preprocessor: { stackheap: Record<string, unknown> } } }, unknown];
    input[0].config.preprocessor.stackheap = { command: 'npx stackheap mdbook', renderers: ['html'], model: 'real', embed: 'stepper' };
    const { book, errors } = await preprocess(JSON.stringify(input), inProcess);
    expect(errors).toEqual([]);
    const content = contents(book!)[0]!.content;
    expect(content.match(/<div class="stackheap-stepper" data-tab="diagram" data-model="real">/g)).toHaveLength(1);
    expect(content.match(/<div class="stackheap-stepper" data-tab="diagram" data-model="book">/g)).toHaveLength(1);
  });

  it('rejects input that is not mdBook’s', async () => {
    expect((await preprocess('{"sections": []}', inProcess)).errors[0]).toMatch(/^error: expected `\[context, book\]` on stdin/);
    expect((await preprocess('[{}, {"chapters": []}]', inProcess)).errors[0]).toMatch(/neither `sections`/);
    expect((await preprocess('nope', inProcess)).errors[0]).toMatch(/^error: the input is not JSON/);
  });

  it('finds blocks as CommonMark fences them: longer fences, tildes, hidden lines, and not inside another block', () => {
    const content = [
      '````rust,stackheap at=statements',
      '# fn helper() {}',
      'fn main() {',
      '    ## not a hidden line',
      '```',
      '}',
      '````',
      '~~~markdown',
      '```rust,stackheap',
      'fn main() {}',
      '```',
      '~~~',
      '~~~rust,stackheap,model=real',
      'fn main() {}',
      '~~~',
    ].join('\n');
    const snippets = snippetsOf(content);
    expect(snippets.map((s) => s.line)).toEqual([1, 13]);
    expect(snippets[0]!.source).toBe('fn helper() {}\nfn main() {\n    # not a hidden line\n```\n}\n');
    expect(snippets[0]!.options).toEqual([['at', 'statements']]);
    expect(snippets[1]!.options).toEqual([['model', 'real']]);
  });
});

/** A program whose every string, and its panic, is hostile markup. */
const HOSTILE = `struct Tag {
    text: String,
}

fn main() {
    let s = String::from("<script>alert(1)</script>]]></svg>{{#include /etc/passwd}}");
    let lit: &str = "</svg><script>x</script>]]>{{#include a.rs}}\\u{0}\\u{7}";
    let t = Tag { text: s.clone() };
    let ch = '<';
    println!("{}{}{}", lit, t.text, ch);
    panic!("</svg><script>boom</script>]]>{{{{#include b.rs}}}}");
}
`;

describe('exports of a hostile program', () => {
  it('SVG, Markdown, HTML and mdBook output hold its text as text only', async () => {
    const content = `${fence('at=statements', HOSTILE)}\n${fence('at=statements embed=stepper', HOSTILE)}`;
    const { book, errors } = await preprocess(bookInput([{ name: 'Hostile', content, path: 'h.md' }], 'items'), inProcess);
    expect(errors).toEqual([]);
    const chapter = contents(book!)[0]!.content;
    // What stackheap added (after each block's closing fence) is markup of its own only.
    const added = chapter.replace(/^```rust,stackheap[^\n]*\n[\s\S]*?^```$/gm, '');
    expect(added.length).toBeLessThan(chapter.length - 2 * HOSTILE.length);
    expect(added).not.toContain('{{');
    expect(added).not.toMatch(/<script>(?!\(function)/);
    expect(added.match(/<script>/g)).toHaveLength(1); // the stepper's own
    expect(added.match(/<svg /g)!.length).toBe(added.match(/<\/svg>/g)!.length);
    expect(added).not.toContain(']]>');
    for (const svg of added.match(/<svg [\s\S]*?<\/svg>/g)!) {
      const doc = parseXml(svg);
      expect(doc.getElementsByTagName('script').length).toBe(0);
      expect(doc.documentElement!.getElementsByTagName('svg').length).toBe(0);
    }
    // The panic's message is the last step's caption, as text.
    expect(added).toContain('&lt;/svg&gt;&lt;script&gt;boom&lt;/script&gt;]]&gt;&#123;&#123;#include b.rs&#125;&#125;');
    // A NUL the program prints is shown as Rust writes it (XML cannot hold it).
    expect(added).toContain('\\u&#123;0&#125;');
  });
});

describe('Markdown and HTML exports of a hostile program', () => {
  it('hold its text as text only, in both models', async () => {
    for (const model of ['book', 'real'] as const) {
      const pictures = new TracePictures(await recordSource(HOSTILE, { at: 'statements', model }, 'hostile.rs'));
      expect(pictures.trace.outcome.kind).toBe('panicked');
      for (let i = 0; i < pictures.steps.length; i++) {
        const md = markdownTable(pictures.snapshot(i), model, pictures.steps[i]!.caption, i + 1);
        expect(md).not.toMatch(/<|\{\{|\]\]>/);
        // Every table line has its columns' pipes and no more: a `|` in a value is escaped.
        const columns = model === 'book' ? 3 : 4;
        for (const line of md.split('\n').filter((l) => l.startsWith('|'))) expect(line.replace(/\\\|/g, '').split('|').length, line).toBe(columns + 2);
      }
      const html = traceHtml(pictures, 'hostile.rs', HOSTILE);
      expect(html.match(/<script>/g)).toHaveLength(1);
      expect(html).not.toContain('{{');
      expect(html).not.toContain(']]>');
      expect(html.match(/<svg /g)).toHaveLength(pictures.steps.length);
      expect(html.match(/<\/svg>/g)).toHaveLength(pictures.steps.length);
      expect(html.match(/<template /g)).toHaveLength(pictures.steps.length);
      expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;]]&gt;&lt;/svg&gt;&#123;&#123;#include /etc/passwd&#125;&#125;');
    }
  });
});

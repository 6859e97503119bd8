import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { traceHtml } from '../src/render/html.js';
import { markdownCell, markdownTable } from '../src/render/markdown.js';
import { TracePictures } from '../src/render/pictures.js';
import { diagramSvg } from '../src/render/svg.js';
import { bookRows } from '../src/views/book.js';
import { memoryView, type MemoryModel } from '../src/views/memory-view.js';
import { recordFile, recordSource } from './helpers.js';
import { all, parseXml } from './xml.js';

/** The last point of an SVG path's `d`. */
function endPoint(d: string): [number, number] {
  const numbers = d.match(/-?\d+(\.\d+)?/g)!.map(Number);
  return [numbers[numbers.length - 2]!, numbers[numbers.length - 1]!];
}

/** The rectangle drawn for a cell: its group's first rect. */
function rectOf(group: Element): { x: number; y: number; width: number; height: number } {
  const rect = all(group, 'rect')[0]!;
  return { x: Number(rect.getAttribute('x')), y: Number(rect.getAttribute('y')), width: Number(rect.getAttribute('width')), height: Number(rect.getAttribute('height')) };
}

const PROGRAMS = [...readdirSync('examples').map((f) => `examples/${f}`), ...readdirSync('web/src/examples').map((f) => `web/src/examples/${f}`)].filter((f) => f.endsWith('.rs')).sort();

describe('trace --format svg', () => {
  it('draws every example', () => {
    expect(PROGRAMS.length).toBeGreaterThanOrEqual(18);
  });
  for (const model of ['book', 'real'] as const satisfies readonly MemoryModel[]) {
    for (const path of PROGRAMS) {
      it(`${path}, ${model} model: every step is valid XML, its text is text and its arrows end at their cells; Markdown and HTML have every step`, async () => {
        // The endless loop is cut by the budget, which the last step says (a few hundred steps do).
        const budget = path.endsWith('endless.rs') ? 1_000 : 100_000;
        const pictures = new TracePictures(await recordFile(path, { at: 'all', model, maxSteps: budget }), budget);
        expect(pictures.steps.length).toBeGreaterThan(0);
        for (let i = 0; i < pictures.steps.length; i++) {
          const picture = pictures.picture(i);
          const svg = diagramSvg(picture);
          const doc = parseXml(svg);
          const root = doc.documentElement!;
          expect(root.getAttribute('class')).toBe('stackheap-diagram');
          expect(root.getAttribute('data-model')).toBe(model);
          // Colours for both schemes, inside the document.
          expect(all(doc, 'style')[0]!.textContent).toContain('@media (prefers-color-scheme: dark)');
          const texts = [...all(doc, 'text'), ...all(doc, 'tspan')].map((t) => t.textContent ?? '');
          expect(texts.join('\n')).toContain(picture.caption.slice(0, 20));
          const view = memoryView(picture.snapshot, picture.previous, model);
          for (const frame of view.frames.filter((f) => !f.std)) {
            expect(texts).toContain(`${frame.fn}()`);
            for (const local of frame.locals) expect(texts.some((t) => t === local.name || t.startsWith(`${local.name}:`)), local.name).toBe(true);
          }
          const cells = new Map(all(doc, 'g').filter((g) => g.hasAttribute('data-addr')).map((g) => [g.getAttribute('data-addr')!, g] as const));
          const arrows = all(doc, 'path').filter((p) => p.hasAttribute('data-to'));
          // An arrow for every pointer whose target is drawn, and none for another.
          const pointers = all(doc, 'g').filter((g) => g.hasAttribute('data-points-to') && cells.has(g.getAttribute('data-points-to')!));
          expect(arrows.length).toBe(pointers.length);
          for (const arrow of arrows) {
            const target = cells.get(arrow.getAttribute('data-to')!);
            expect(target, `arrow to ${arrow.getAttribute('data-to')}`).toBeDefined();
            const box = rectOf(target!);
            const [x, y] = endPoint(arrow.getAttribute('d')!);
            // The curve stops a marker's length (7) short of the cell's edge, inside its extent.
            expect(x).toBeGreaterThanOrEqual(box.x - 8);
            expect(x).toBeLessThanOrEqual(box.x + box.width + 8);
            expect(y).toBeGreaterThanOrEqual(box.y - 8);
            expect(y).toBeLessThanOrEqual(box.y + box.height + 8);
          }
          const markdown = markdownTable(picture.snapshot, model, picture.caption, i + 1).trimEnd().split('\n');
          expect(markdown[0]).toBe(`**Step ${i + 1}.** ${markdownCell(picture.caption)}`);
          if (model === 'book') expect(markdown.length).toBe(4 + Math.max(1, bookRows(picture.snapshot).length));
        }
        const html = traceHtml(pictures, path, readFileSync(path, 'utf8'));
        expect(html.match(/<template data-step=/g)).toHaveLength(pictures.steps.length);
        expect(html.match(/<svg /g)).toHaveLength(pictures.steps.length);
      });
    }
  }

  it('shows a Vec’s spare capacity, the owner of its buffer, and moved cells', async () => {
    const source = 'fn main() {\n    let mut v: Vec<i32> = Vec::with_capacity(4);\n    v.push(7);\n    let w = v;\n    println!("{}", w.len());\n}\n';
    const pictures = new TracePictures(await recordSource(source, { at: 'statements' }));
    const index = pictures.steps.findIndex((s) => s.caption.includes('let w = v'));
    const doc = parseXml(diagramSvg(pictures.picture(index)));
    const groups = all(doc, 'g');
    const classed = (name: string) => groups.filter((g) => (g.getAttribute('class') ?? '').split(' ').includes(name));
    expect(classed('sh-spare').length).toBe(3);
    expect(groups.some((g) => g.getAttribute('aria-label') === 'spare capacity')).toBe(true);
    expect(classed('sh-moved').length).toBe(3);
    expect(all(doc, 'tspan').some((t) => t.textContent === 'len 1 · cap 4')).toBe(true);
  });
});

describe('trace --format markdown', () => {
  it('is the seed’s table, row for row, led by its caption', async () => {
    const recording = await recordFile('examples/complex.rs', { at: 'calls' });
    const pictures = new TracePictures(recording);
    const text = markdownTable(pictures.snapshot(2), 'book', pictures.steps[2]!.caption, 3);
    const lines = text.trimEnd().split('\n');
    expect(lines[0]).toBe(`**Step 3.** ${pictures.steps[2]!.caption}`);
    expect(lines[2]).toBe('| Address | Name | Value |');
    const rows = bookRows(pictures.snapshot(2));
    expect(lines.length).toBe(4 + rows.length);
    expect(lines[4]).toBe(`| ${rows[0]!.address.replace(/\^/g, '\\^')} | ${rows[0]!.name} | ${rows[0]!.value.replace(/\^/g, '\\^')} |`);
  });
});

import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, browserMissing, servePage } from './browser.js';
import { addressNumber, SEED_TABLES } from './seed-complex.js';

/**
 * The page in Debian's chromium: served from dist/web (built by `npm run build`, never here) by
 * the same static server as `stackheap serve`, on an ephemeral port.
 */

const missing = browserMissing();
if (missing && process.env.CI) throw new Error(`browser tests cannot run in CI: ${missing}`);
if (missing) console.warn(`skipping the browser tests: ${missing}`);

describe.skipIf(missing !== null)('the web page', () => {
  const harness = servePage();

  async function open(hash = '', options: { width?: number; dark?: boolean } = {}): Promise<Page> {
    const { page, errors } = await harness.open(hash, options);
    await page.locator('#status[data-tone="ok"], #status[data-tone="warn"], #status[data-tone="error"]').waitFor({ timeout: 15_000 });
    expect(errors).toEqual([]);
    return page;
  }

  /** Replaces the editor's text as a user would: select all, then type (one input event). */
  async function setSource(page: Page, text: string): Promise<void> {
    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+A');
    await page.keyboard.insertText(text);
  }

  async function editorText(page: Page): Promise<string> {
    return (await page.locator('.cm-line').allTextContents()).join('\n');
  }

  async function goToStep(page: Page, index: number): Promise<void> {
    // Keys go to the page, as after clicking on an empty part of it.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Home');
    for (let i = 0; i < index; i++) await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.locator('#memory').getAttribute('data-step')).toBe(String(index));
  }

  it('steps through the complex example and shows each of the seed’s tables', async () => {
    const page = await open();
    // The complex example is the page's default program; the seed's tables are its call/return stops.
    expect(await editorText(page)).toContain('fn baz(f: &i32)');
    await page.locator('#stops').selectOption('calls');
    await expect.poll(() => page.locator('#counter').textContent()).toBe('1 / 10');

    for (const [index, table] of SEED_TABLES.entries()) {
      await goToStep(page, index);
      expect(await page.locator('#narration .now').textContent()).toBe(table.caption);
      const diagram = await page.evaluate(() => {
        const host = document.getElementById('diagram-host')!;
        const origin = host.getBoundingClientRect();
        const cells = [...host.querySelectorAll<HTMLElement>('[data-addr]')].map((cell) => {
          const r = cell.getBoundingClientRect();
          return {
            addr: Number(cell.dataset.addr),
            region: cell.closest('.stack') ? 'stack' : 'heap',
            name: cell.querySelector('.name')!.textContent,
            value: cell.querySelector('.value')!.textContent,
            pointsTo: cell.dataset.pointsTo === undefined ? null : Number(cell.dataset.pointsTo),
            box: { left: r.left - origin.left + host.scrollLeft, right: r.right - origin.left + host.scrollLeft, top: r.top - origin.top + host.scrollTop, bottom: r.bottom - origin.top + host.scrollTop },
          };
        });
        const arrows = [...host.querySelectorAll<SVGPathElement>('path[data-from]')].map((p) => ({
          from: Number(p.dataset.from),
          to: Number(p.dataset.to),
          d: p.getAttribute('d')!,
        }));
        return { cells, arrows };
      });

      const rows = table.rows.filter((row) => row.address !== '...');
      expect(diagram.cells.map((c) => c.addr).sort((a, b) => b - a), table.caption).toEqual(rows.map((r) => addressNumber(r.address)));
      for (const row of rows) {
        const cell = diagram.cells.find((c) => c.addr === addressNumber(row.address))!;
        expect(cell.region, `${table.caption}: ${row.address}`).toBe(row.address.startsWith('(2^30)') ? 'heap' : 'stack');
        expect(cell.name, `${table.caption}: ${row.address}`).toBe(row.name);
        expect(cell.value, `${table.caption}: ${row.address}`).toBe(row.value);
      }

      // One arrow per pointer, from the pointer's cell to the exact cell it points at.
      const pointers = rows.filter((r) => r.value.startsWith('→ '));
      expect(diagram.arrows.map((a) => `${a.from}→${a.to}`).sort(), table.caption).toEqual(
        pointers.map((r) => `${addressNumber(r.address)}→${addressNumber(r.value.slice(2))}`).sort(),
      );
      for (const arrow of diagram.arrows) {
        const target = diagram.cells.find((c) => c.addr === arrow.to)!.box;
        const source = diagram.cells.find((c) => c.addr === arrow.from)!.box;
        const [sx, sy] = arrow.d.match(/^M([\d.]+),([\d.]+)/)!.slice(1).map(Number) as [number, number];
        const [ex, ey] = arrow.d.match(/([\d.]+),([\d.]+)$/)!.slice(1).map(Number) as [number, number];
        expect(sy).toBeGreaterThan(source.top);
        expect(sy).toBeLessThan(source.bottom);
        expect(sx).toBeGreaterThan(source.left);
        expect(sx).toBeLessThanOrEqual(source.right);
        // The path ends beside the target's edge (the arrowhead covers the last few pixels).
        expect(ey, `${table.caption}: arrow ${arrow.from}→${arrow.to}`).toBeGreaterThan(target.top);
        expect(ey).toBeLessThan(target.bottom);
        expect(Math.min(Math.abs(ex - target.left), Math.abs(ex - target.right))).toBeLessThan(12);
      }
      if (index === 5) await page.screenshot({ path: `${ARTIFACTS}complex-deepest-1280-light.png` });
    }

    // The Table tab shows the seed's table itself.
    await page.locator('#tab-table').click();
    for (const [index, table] of SEED_TABLES.entries()) {
      await goToStep(page, index);
      const shown = await page.locator('.book-table tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((td) => td.textContent).join('|')));
      expect(shown, table.caption).toEqual(table.rows.map((r) => `${r.address}|${r.name}|${r.value}`));
    }
    await page.screenshot({ path: `${ARTIFACTS}complex-table.png` });
    await page.close();
  });

  it('marks changed cells, freed blocks and the current line; narrates; steps over and out', async () => {
    const page = await open();
    await page.locator('#stops').selectOption('calls');
    await goToStep(page, 7); // "foo() returns": bar's box was freed since "bar() returns"
    expect(await page.locator('[data-freed="1073741822"]').count()).toBe(1);
    expect(await page.locator('#narration').getAttribute('title')).toBe('foo() returns — since the last step: d is dropped and frees (2^30) - 2; bar() returns');
    expect(await page.locator('#narration .tense').textContent()).toBe('About to run');
    expect(await page.locator('.cm-step-line').textContent()).toBe('}'); // foo's closing brace
    await goToStep(page, 4); // "bar() calls baz()": bar's frame is new
    expect(await page.locator('[data-addr="9"]').getAttribute('class')).toContain('changed');
    expect(await page.locator('[data-addr="0"]').getAttribute('class')).not.toContain('changed');
    await page.locator('#out').click();
    expect(await page.locator('#narration .now').textContent()).toBe('foo() returns');
    await goToStep(page, 1);
    await page.locator('#over').click();
    expect(await page.locator('#narration .now').textContent()).toBe('foo() calls bar()');
    // A click on a line number runs to the next step on that line.
    await page.locator('#stops').selectOption('all');
    await page.locator('.cm-lineNumbers .cm-gutterElement', { hasText: /^18$/ }).click();
    expect(await page.locator('#narration .now').textContent()).toBe('line 18: let g = 100;');
    await page.close();
  });

  it('shows a moved-out variable greyed', async () => {
    const page = await open();
    await page.locator('#examples-button').click();
    await page.locator('[data-example="move-into-function"]').click();
    await page.locator('#status[data-tone="ok"]').waitFor();
    await page.locator('#stops').selectOption('calls');
    await page.locator('#last').click();
    await page.locator('#prev').click();
    const moved = page.locator('.stack .cell.moved');
    expect(await moved.count()).toBeGreaterThan(0);
    expect(await moved.first().locator('.name').textContent()).toBe('x');
    await page.screenshot({ path: `${ARTIFACTS}moved-1280-light.png` });
    await page.close();
  });

  it('shows an Rc cycle: the counts in the heap blocks, and the leak when main ends', async () => {
    const page = await open();
    await page.locator('#examples-button').click();
    await page.locator('[data-example="rc-cycle"]').click();
    await page.locator('#status[data-tone="warn"]').waitFor();
    expect(await page.locator('#status').textContent()).toMatch(/Leaked 2 heap blocks \(80 B\): Rc cycle\.$/);
    await page.locator('#last').click();
    // Both RcInner blocks are still on the heap after main returned, each with strong count 1.
    const strong = page.locator('.heap .cell', { has: page.locator('.name', { hasText: /^\.?strong$/ }) });
    // The step's memory is drawn when its snapshot arrives from the worker.
    await expect.poll(() => strong.count()).toBe(2);
    expect(await strong.locator('.value').allTextContents()).toEqual(['1', '1']);
    await page.screenshot({ path: `${ARTIFACTS}rc-cycle-1280-light.png` });
    await page.close();
  });

  it('round-trips a share link', async () => {
    const page = await open();
    const source = 'fn main() {\n    let a = Box::new(1);\n    let b = 2; // ü → ✓ #&?\n    let c = &b;\n}\n';
    await setSource(page, source);
    await page.locator('#max-steps').fill('5000');
    await page.locator('#stops').selectOption('all');
    await page.locator('#run').click();
    await page.locator('#status[data-tone="ok"]').waitFor();
    await goToStep(page, 1);
    await page.locator('#share').click();
    const url = page.url();
    const hash = new URL(url).hash;
    expect(JSON.parse(decompressFromEncodedURIComponent(hash.slice('#v1='.length)))).toEqual([source, 5000, 'all', 1, 'book', false]);

    const again = await open(hash, { width: 360, dark: true });
    expect(await editorText(again)).toBe(source);
    expect(await again.locator('#max-steps').inputValue()).toBe('5000');
    expect(await again.locator('#stops').inputValue()).toBe('all');
    expect(await again.locator('#counter').textContent()).toMatch(/^2 \/ /);
    // After `let b = 2;`: c is not initialised yet.
    expect(await again.locator('[data-addr="1"] .value').textContent()).toBe('2');
    expect(await again.locator('[data-addr="2"] .value').textContent()).toBe('??????');
    expect(await again.locator('[data-addr="2"]').getAttribute('class')).toContain('uninit');
    await again.screenshot({ path: `${ARTIFACTS}shared-360-dark.png`, fullPage: true });
    await again.close();
    await page.close();
  });

  it("draws the default program's first diagram with part of std's AST; a first run that reads std's functions gets the rest", async () => {
    // The downloads of std's chunks wait until released: the default program's run needs none.
    const first = await harness.open('', { hold: /std-ast-chunks-/ });
    await first.page.locator('#status[data-tone="ok"]').waitFor({ timeout: 15_000 });
    // (Preloaded by the page, then asked for by the worker: the harness's routing turns the cache off.)
    expect(first.requests.some((url) => /std-ast-eager-/.test(url))).toBe(true);
    first.release();
    await first.page.close();
    // A shared Vec program as the page's first run: std's Vec functions are in the chunks.
    const source = 'fn main() {\n    let mut v = Vec::new();\n    v.push(7);\n    println!("{v:?}");\n}\n';
    const { page, errors, requests } = await harness.open(`#v1=${compressToEncodedURIComponent(JSON.stringify([source, 100_000, 'all', 0, 'book', false]))}`);
    await page.locator('#status[data-tone="ok"]').waitFor({ timeout: 15_000 });
    expect(errors).toEqual([]);
    expect(requests.filter((url) => /std-ast-chunks-/.test(url))).toHaveLength(1);
    await page.locator('#last').click();
    expect(await page.locator('#console').textContent()).toBe('[7]\n');
    await page.close();
  });

  it('stops an endless loop from the UI, and the step budget ends it too', async () => {
    const page = await open();
    await page.locator('#max-steps').fill('2000000000');
    await page.locator('#examples-button').click();
    await page.locator('[data-example="endless"]').click();
    await expect.poll(() => page.locator('#status').textContent()).toMatch(/^Running…/);
    await page.waitForTimeout(400);
    await page.locator('#stop').click();
    // The trace so far is rebuilt (a fresh worker runs the steps it had run), then shown.
    await expect.poll(() => page.locator('#status').textContent(), { timeout: 60_000 }).toMatch(/^Stopped by you after/);
    expect(await page.locator('#run').isEnabled()).toBe(true);
    expect(await page.locator('#stop').isDisabled()).toBe(true);

    // A fresh worker runs the next program at once.
    await page.locator('#max-steps').fill('1000');
    await page.locator('#run').click();
    await page.locator('#status[data-tone="warn"]').waitFor();
    expect(await page.locator('#status').textContent()).toMatch(/^Stopped after 1,000 steps: the step budget of 1,000 steps ran out/);
    await page.locator('#last').click();
    expect(await page.locator('#narration .now').textContent()).toMatch(/^stopped after 1,000 steps/);
    await page.screenshot({ path: `${ARTIFACTS}endless-stopped-1280-light.png` });
    await page.close();
  });

  it('shows a compile error as a squiggle with its message', async () => {
    const page = await open('', { dark: true });
    await setSource(page, 'fn main() {\n    let x: i32 = true;\n}\n');
    await page.keyboard.press('Control+Enter');
    await page.locator('#status[data-tone="error"]').waitFor();
    const squiggle = page.locator('.cm-lintRange-error');
    expect(await squiggle.count()).toBe(1);
    expect(await squiggle.textContent()).toBe('true');
    expect(await page.locator('#console').textContent()).toContain('error[E0308]: mismatched types');
    await squiggle.hover();
    await page.locator('.cm-diagnostic-error').waitFor();
    expect(await page.locator('.cm-diagnostic-error').textContent()).toContain('mismatched types');
    await page.screenshot({ path: `${ARTIFACTS}compile-error-1280-dark.png` });
    await page.close();
  });

  it('shows a panic as the final step, with rustc’s message', async () => {
    const page = await open();
    await page.locator('#examples-button').click();
    await page.locator('[data-example="panic"]').click();
    await page.locator('#status[data-tone="error"]').waitFor();
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('End');
    expect(await page.locator('#narration .now').textContent()).toBe("thread 'main' panicked at src/main.rs:4:9: value too large: 4 (limit 3)");
    expect(await page.locator('#console').textContent()).toContain("thread 'main' (1) panicked at src/main.rs:4:9:\nvalue too large: 4 (limit 3)");
    expect(await page.locator('.cm-step-line').textContent()).toContain('panic!');
    await page.close();
  });

  it('runs a program rustc rejects with "unchecked", and stops on its use after free', async () => {
    const page = await open();
    await setSource(page, 'fn main() {\n    let mut v = vec![1, 2, 3];\n    let first = &v[0];\n    v.push(4);\n    println!("{}", first);\n}\n');
    await page.keyboard.press('Control+Enter');
    await page.locator('#status[data-tone="error"]').waitFor();
    expect(await page.locator('#status').textContent()).toContain('rustc would reject this program');
    await page.locator('#unchecked').check();
    await expect.poll(() => page.locator('#status').textContent()).toBe('Line 5: undefined behavior: use after free: this reference points into a heap block that was freed.');
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('End');
    expect(await page.locator('#narration .now').textContent()).toContain('undefined behavior: use after free');
    expect(await page.locator('#console').textContent()).toContain('help: the block was freed here, when a reallocation moved its contents to a new block');
    expect(await page.locator('.cm-lintRange-error').textContent()).toBe('first');
    const pointer = page.locator('#diagram-host .cell.stale[data-name="first"]');
    expect(await pointer.locator('.value').textContent()).toBe('→ (2^30) - 3 (dangling: freed)');
    expect(await page.locator(`#diagram-host [data-freed="${2 ** 30 - 3}"]`).getAttribute('title')).toBe('freed, but a dangling pointer still points into it');
    expect(await arrows(page)).toContain(`3→${2 ** 30 - 3}`);
    expect(decompressFromEncodedURIComponent(new URL(page.url()).hash.slice('#v1='.length))).toMatch(/,true\]$/);
    await page.screenshot({ path: `${ARTIFACTS}unchecked-use-after-free-1280.png` });
    await page.close();
  });

  /** The example's program, run from the Examples menu. */
  async function openExample(id: string, options: { width?: number; dark?: boolean } = {}): Promise<Page> {
    const page = await open('', options);
    await page.locator('#examples-button').click();
    await page.locator(`[data-example="${id}"]`).click();
    await page.locator('#status[data-tone="ok"]').waitFor();
    return page;
  }

  /** The cells of a heap block, in address order: name, value, and whether they are spare capacity. */
  async function blockCells(page: Page, addr: number): Promise<{ name: string; value: string; spare: boolean }[]> {
    return page.locator(`[data-block="${addr}"] [data-addr]`).evaluateAll((cells) =>
      cells
        .map((c) => ({ addr: Number((c as HTMLElement).dataset.addr), name: c.querySelector('.name')?.textContent ?? '', value: c.querySelector('.value')!.textContent!, spare: c.classList.contains('spare') }))
        .sort((a, b) => a.addr - b.addr)
        .map(({ name, value, spare }) => ({ name, value, spare })),
    );
  }

  async function arrows(page: Page): Promise<string[]> {
    return (await page.locator('#diagram-host path[data-from]').evaluateAll((paths) => paths.map((p) => `${(p as SVGElement).dataset.from}→${(p as SVGElement).dataset.to}`))).sort();
  }

  it('steps through a Vec growing past its capacity: used and spare cells, header → buffer', async () => {
    const page = await openExample('vec-growth');
    const BUFFER_4 = 2 ** 30 - 4; // the first buffer, [i32; 4]
    const BUFFER_8 = 2 ** 30 - 12; // after the fifth push, [i32; 8]
    const header = page.locator('.local[data-local="v"]');

    // Vec::new(): no buffer yet, and the header's pointer dangles (no arrow).
    await goToStep(page, 0);
    // The book draws higher addresses on top, inside a value too.
    expect(await header.locator('.name').allTextContents()).toEqual(['.len', '.cap', '.ptr']);
    expect(await header.locator('.value').allTextContents()).toEqual(['0', '0', 'dangling']);
    expect(await arrows(page)).toEqual([]);
    expect(await page.locator('.region.heap [data-block]').count()).toBe(0);

    // The first push allocates room for 4: one element used, three spare.
    await goToStep(page, 1);
    expect(await page.locator('#narration').textContent()).toContain('allocates a [i32; 4] at (2^30) - 4');
    expect(await blockCells(page, BUFFER_4)).toEqual([
      { name: '[0]', value: '10', spare: false },
      { name: '[1]', value: '', spare: true },
      { name: '[2]', value: '', spare: true },
      { name: '[3]', value: '', spare: true },
    ]);
    expect(await page.locator(`[data-block="${BUFFER_4}"] .spare-head`).textContent()).toBe('spare capacity');
    expect(await page.locator(`[data-block="${BUFFER_4}"] .owner`).textContent()).toBe('vlen 1 · cap 4');
    expect(await arrows(page)).toEqual([`0→${BUFFER_4}`]);

    // The fourth push fills it.
    await goToStep(page, 7);
    expect((await blockCells(page, BUFFER_4)).map((c) => c.spare)).toEqual([false, false, false, false]);

    // The fifth moves the elements to a block twice as big and frees the old one.
    await goToStep(page, 9);
    expect(await page.locator('#narration').textContent()).toContain('moves the 4-cell buffer at (2^30) - 4 to a bigger [i32; 8] at (2^30) - 12 and frees the old one');
    expect(await page.locator(`[data-freed="${BUFFER_4}"]`).count()).toBe(1);
    expect(await page.locator(`[data-block="${BUFFER_4}"]`).count()).toBe(0);
    const cells = await blockCells(page, BUFFER_8);
    expect(cells.map((c) => c.value)).toEqual(['10', '20', '30', '40', '50', '', '', '']);
    expect(cells.map((c) => c.spare)).toEqual([false, false, false, false, false, true, true, true]);
    expect(await page.locator(`[data-block="${BUFFER_8}"] .owner`).textContent()).toBe('vlen 5 · cap 8');
    expect(await header.locator('.value').allTextContents()).toEqual(['5', '8', '→ (2^30) - 12']);
    expect(await arrows(page)).toEqual([`0→${BUFFER_8}`]);
    // The arrow leaves the header's pointer cell and ends at the buffer's first element.
    const geometry = await page.evaluate((to) => {
      const path = document.querySelector<SVGPathElement>(`path[data-from="0"][data-to="${to}"]`)!;
      const end = path.getPointAtLength(path.getTotalLength());
      const start = path.getPointAtLength(0);
      const host = document.getElementById('diagram-host')!.getBoundingClientRect();
      const box = (sel: string): DOMRect => document.querySelector(sel)!.getBoundingClientRect();
      return { start: { x: start.x + host.left, y: start.y + host.top }, end: { x: end.x + host.left, y: end.y + host.top }, from: box('[data-addr="0"]').toJSON() as DOMRect, to: box(`[data-addr="${to}"]`).toJSON() as DOMRect };
    }, BUFFER_8);
    expect(geometry.start.y).toBeGreaterThan(geometry.from.top);
    expect(geometry.start.y).toBeLessThan(geometry.from.bottom);
    expect(geometry.end.y).toBeGreaterThan(geometry.to.top);
    expect(geometry.end.y).toBeLessThan(geometry.to.bottom);
    expect(Math.abs(geometry.end.x - geometry.to.left)).toBeLessThan(12);
    await page.screenshot({ path: `${ARTIFACTS}vec-growth-1280-light.png` });

    // Later the old block's room is a gap at the top of the heap, and `first` points at v[0].
    await goToStep(page, 12);
    expect(await page.locator('[data-hole].gap').textContent()).toBe('4 unused addresses (freed)');
    expect(await arrows(page)).toEqual([`0→${BUFFER_8}`, `4→${BUFFER_8}`]);

    // The Table tab still shows the book's rows, spare cells as ??????.
    await page.locator('#tab-table').click();
    const rows = await page.locator('.book-table tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((td) => td.textContent).join('|')));
    expect(rows.slice(0, 3)).toEqual(['(2^30) - 5|[7]|??????', '(2^30) - 6|[6]|??????', '(2^30) - 7|[5]|??????']);
    expect(rows).toContain('0|v.buf.ptr|→ (2^30) - 12');
    await page.close();
  });

  it('draws a struct local as one box with a row per field, and enums with their tag', async () => {
    const page = await openExample('structs-enums');
    await goToStep(page, 8); // "area() returns": area's `shape` points at main's `c`
    expect(await page.locator('#narration .now').textContent()).toBe('area() returns');

    const p = page.locator('.frame[data-fn="main"] .local[data-local="p"]');
    expect(await p.count()).toBe(1);
    expect(await p.locator('.local-head').textContent()).toBe('pPoint');
    expect(await p.locator('.cell').evaluateAll((cells) => cells.map((c) => `${(c as HTMLElement).dataset.addr} ${c.querySelector('.name')!.textContent} ${c.querySelector('.value')!.textContent}`))).toEqual(['1 .y 4', '0 .x 3']);

    const rowsOf = (name: string): Promise<string[]> =>
      page.locator(`.frame[data-fn="main"] .local[data-local="${name}"] .cell`).evaluateAll((cells) => cells.map((c) => `${c.querySelector('.name')!.textContent}=${c.querySelector('.value')!.textContent}`));
    expect(await rowsOf('pair')).toEqual(['.2=true', ".1='z'", '.0=3']);
    expect(await rowsOf('maybe')).toEqual(['.0=7', 'tag=Some']);
    expect(await rowsOf('c')).toEqual(['.radius=1.5', '.center.y=0', '.center.x=0', 'tag=Circle']);
    expect(await rowsOf('s')).toEqual(['.1=2.0', '.0.y=2', '.0.x=1', 'tag=Square']);
    // Empty needs only the tag: the rest of the enum's room is unused.
    expect(await rowsOf('e')).toEqual(['=unused', '=unused', '=unused', 'tag=Empty']);
    expect(await page.locator('.local[data-local="e"] .cell.unused').count()).toBe(3);
    // A scalar local stays one plain row, named after it.
    expect(await page.locator('.frame[data-fn="main"] > .cell[data-name="total"] .name').textContent()).toBe('total');

    // area's parameter points at the first cell of `c` (its tag).
    expect(await page.locator('.frame[data-fn="area"] > .cell[data-name="shape"] .value').textContent()).toBe('→ 7');
    expect(await arrows(page)).toEqual(['20→7']);
    await page.screenshot({ path: `${ARTIFACTS}structs-enums-1280-light.png` });
    await page.close();
  });

  it('shows String vs &str: the heap buffer, static memory and a slice into the buffer', async () => {
    const page = await openExample('string-vs-str');
    await goToStep(page, 4); // after `let word = &owned[7..12];`
    const HELLO = 2 ** 29; // the literal "hello", first in static memory
    const BUFFER = 2 ** 30 - 17;
    expect(await page.locator(`.region.static [data-static="${HELLO}"] .str`).textContent()).toBe('"hello"');
    expect(await page.locator(`.region.static [data-static="${HELLO}"] .byte`).allTextContents()).toEqual(['h', 'e', 'l', 'l', 'o']);
    expect(await page.locator(`[data-block="${BUFFER}"] .str`).textContent()).toBe('"hello, world"');
    expect(await page.locator(`[data-block="${BUFFER}"] .owner`).textContent()).toBe('ownedlen 12 · cap 12');
    expect(await page.locator('.local[data-local="greeting"] .name').allTextContents()).toEqual(['.len', '.ptr']);
    expect(await page.locator('.local[data-local="owned"] .name').allTextContents()).toEqual(['.len', '.cap', '.ptr']);
    // Every pointer goes to the exact byte: the literal's first, the buffer's first, `word`'s 'w'.
    expect(await arrows(page)).toEqual([`0→${HELLO}`, `2→${BUFFER}`, `5→${BUFFER + 7}`].sort());
    expect(await page.locator(`[data-addr="${BUFFER + 7}"]`).textContent()).toBe('w');
    await page.screenshot({ path: `${ARTIFACTS}string-vs-str-1280-light.png` });
    await page.close();

    // At phone width the heap and static memory go below the stack; nothing sticks out sideways.
    const narrow = await openExample('string-vs-str', { width: 360, dark: true });
    await goToStep(narrow, 4);
    expect(await arrows(narrow)).toEqual([`0→${HELLO}`, `2→${BUFFER}`, `5→${BUFFER + 7}`].sort());
    expect(await narrow.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await narrow.locator('#panel-diagram').screenshot({ path: `${ARTIFACTS}string-vs-str-360-dark.png` });
    await narrow.close();
  });

  it('collapses std frames into one line, and shows them on request', async () => {
    const page = await openExample('iterators');
    await goToStep(page, 2); // the closure given to map, called from std's Map::next
    expect(await page.locator('#narration .now').textContent()).toBe('main() calls main::{closure}()');
    await page.locator('#next').click(); // inside the closure: its frame is on top of Map::next's
    expect(await page.locator('.frame.std').count()).toBe(0);
    const collapsed = page.locator('.std-frames');
    expect(await collapsed.textContent()).toBe('std1 frame: Map::next');
    await collapsed.click();
    expect(await page.locator('#show-std').isChecked()).toBe(true);
    expect(await page.locator('.frame.std').getAttribute('data-fn')).toBe('Map::next');
    expect(await page.locator('.std-frames').count()).toBe(0);
    await page.locator('#show-std').uncheck();
    expect(await page.locator('.frame.std').count()).toBe(0);
    await page.close();
  });

  it('renders at 360 px in dark mode', async () => {
    const page = await open('', { width: 360, dark: true });
    await page.locator('#stops').selectOption('calls');
    await goToStep(page, 5);
    expect(await page.locator('path[data-from]').count()).toBe(9);
    // Nothing sticks out sideways at phone width.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.screenshot({ path: `${ARTIFACTS}complex-deepest-360-dark.png`, fullPage: true });
    await page.close();
  });
});

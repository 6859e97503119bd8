import { readFileSync } from 'node:fs';
import { compressToEncodedURIComponent } from 'lz-string';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, browserMissing, servePage, slideTo } from './browser.js';

/**
 * The page at the scale of real programs (issue 14), in Debian's chromium: heap blocks wider than
 * their column, a 200-line program, address order, the moments that matter (a panic, a match's
 * bindings, a leak), the words of the narration and the status, long runs, the first screen at
 * 1280 and 390 px, the legend and share links. Each test keeps a screenshot in artifacts/.
 */

const missing = browserMissing();
if (missing && process.env.CI) throw new Error(`browser tests cannot run in CI: ${missing}`);

/** 200 lines: a main with about 40 variables whose scopes begin one after another. */
const INVENTORY = readFileSync('tests/web/programs/inventory.rs', 'utf8');

const ITEMS = `struct Item {
    name: String,
    price_cents: u64,
    quantity_in_stock: u32,
}

fn main() {
    let items = vec![
        Item { name: String::from("kettle"), price_cents: 3999, quantity_in_stock: 12 },
        Item { name: String::from("teapot"), price_cents: 2450, quantity_in_stock: 3 },
    ];
    let total: u64 = items[0].price_cents + items[1].price_cents;
    println!("{} {}", items[0].name, total);
}
`;

describe.skipIf(missing !== null)('the web page with real programs', () => {
  const harness = servePage();

  async function open(hash = '', width = 1280): Promise<{ page: Page; errors: string[] }> {
    const opened = await harness.open(hash, { width });
    await opened.page.locator('#status[data-tone="ok"], #status[data-tone="warn"], #status[data-tone="error"]').waitFor({ timeout: 30_000 });
    return opened;
  }

  /** Types `source` into the editor, sets the budget and the model, runs it and waits for the end. */
  async function run(page: Page, source: string, options: { model?: 'book' | 'real'; maxSteps?: number } = {}): Promise<void> {
    if (options.model === 'real') {
      await page.locator('input[name="model"][value="real"]').check();
      await page.locator('#status[data-tone="ok"], #status[data-tone="warn"], #status[data-tone="error"]').waitFor({ timeout: 30_000 });
    }
    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+A');
    await page.keyboard.insertText(source);
    if (options.maxSteps) await page.locator('#max-steps').fill(String(options.maxSteps));
    await page.locator('#run').click();
    await page.locator('body:not(.running) #status[data-tone="ok"], body:not(.running) #status[data-tone="warn"], body:not(.running) #status[data-tone="error"]').waitFor({ timeout: 60_000 });
  }

  async function lastIndex(page: Page): Promise<number> {
    return Number(await page.locator('#slider').getAttribute('max'));
  }

  /** The first step whose narration contains `text`. */
  async function stepSaying(page: Page, text: string): Promise<number> {
    const last = await lastIndex(page);
    for (let i = 0; i <= last; i++) {
      await slideTo(page, i);
      if ((await page.locator('#narration .now').textContent())!.includes(text)) return i;
    }
    throw new Error(`no step says ${text}`);
  }

  it('sizes heap blocks to their content at 1280 px: no cell is clipped, the diagram scrolls, arrows reach their cells', async () => {
    const { page, errors } = await open();
    await run(page, ITEMS);
    await slideTo(page, await stepSaying(page, 'let total'));
    const clipped = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.region.heap .block, .region.stack .frame')].flatMap((box) => {
        const outer = box.getBoundingClientRect();
        return [...box.querySelectorAll<HTMLElement>('.cell .value, .cell .name')].filter((part) => part.getBoundingClientRect().right > outer.right + 0.5).map((part) => part.textContent);
      }),
    );
    expect(clipped).toEqual([]);
    expect(await page.locator('.block.heap .cell[data-name="[0].price_cents"] .value').textContent()).toBe('3999');
    expect(await page.locator('.block.heap .cell[data-name="[0].price_cents"] .name').textContent()).toBe('[0].price_cents');
    // Every pointer's arrow ends at its target's edge, wherever the target is scrolled to.
    const ends = await page.evaluate(() => {
      const host = document.getElementById('diagram-host')!;
      const origin = host.getBoundingClientRect();
      return [...host.querySelectorAll<SVGPathElement>('path[data-to]')].map((path) => {
        const target = host.querySelector<HTMLElement>(`[data-addr="${path.dataset.to}"]`)!.getBoundingClientRect();
        const end = path.getPointAtLength(path.getTotalLength());
        return { x: end.x + origin.left - host.scrollLeft, left: target.left, right: target.right };
      });
    });
    expect(ends.length).toBeGreaterThan(0);
    for (const end of ends) expect(end.x >= end.left - 12 && end.x <= end.right + 12).toBe(true);
    await page.screenshot({ path: `${ARTIFACTS}heap-blocks-1280-light.png` });
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it('folds a 200-line program’s variables with no value into one line, paths on one line, arrows in lanes', async () => {
    const { page, errors } = await open();
    await run(page, INVENTORY);
    await slideTo(page, await stepSaying(page, 'let mut applied = 0;'));
    const main = page.locator('.frame[data-fn="main"]');
    const fold = main.locator('.unset-locals');
    const folded = Number(await fold.getAttribute('data-count'));
    expect(folded).toBeGreaterThan(25);
    expect(await fold.textContent()).toContain('first_report');
    const drawn = await main.locator(':scope > .cell, :scope > .local').count();
    const height = (await main.boundingBox())!.height;
    // Unfolded, each of those variables is a box of its own: the diagram is far taller.
    await fold.click();
    await expect.poll(() => main.locator(':scope > .cell, :scope > .local').count()).toBe(drawn + folded);
    expect(await fold.getAttribute('aria-expanded')).toBe('true');
    expect((await main.boundingBox())!.height).toBeGreaterThan(height * 2);
    await fold.click();
    await expect.poll(() => main.locator(':scope > .cell, :scope > .local').count()).toBe(drawn);

    // Later, in the middle of the report: no field path wraps, and loops take lanes of their own.
    await slideTo(page, await stepSaying(page, 'let check = sum =='));
    const names = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('#diagram-host .cell .name')].map((name) => ({ text: name.textContent, lines: Math.round(name.getBoundingClientRect().height / parseFloat(getComputedStyle(name).lineHeight)) })),
    );
    expect(names.filter((n) => n.lines > 1)).toEqual([]);
    const bulges = await page.evaluate(() =>
      [...document.querySelectorAll<SVGPathElement>('#diagram-host path[data-to]')].flatMap((path) => {
        // A loop: out to the right and back, both control points at one x.
        const m = /C([\d.]+),[\d.]+ ([\d.]+),/.exec(path.getAttribute('d')!);
        return m && m[1] === m[2] ? [Math.round(Number(m[1]))] : [];
      }),
    );
    const shared = bulges.filter((x, i) => bulges.indexOf(x) !== i);
    expect(shared).toEqual([]);
    await page.screenshot({ path: `${ARTIFACTS}inventory-200-lines-1280-light.png` });
    expect(errors).toEqual([]);
    await page.close();
  }, 240_000);

  it('orders every region by address one way, inside values too, and says which way each grows', async () => {
    const { page, errors } = await open();
    for (const model of ['book', 'real'] as const) {
      await run(page, ITEMS, { model });
      await slideTo(page, await stepSaying(page, 'let total'));
      const orders = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('.region.stack .frame, .region.heap .block:not(.bytes)')].map((box) => [...box.querySelectorAll<HTMLElement>('[data-addr]')].map((cell) => Number(cell.dataset.addr))),
      );
      const sign = model === 'book' ? -1 : 1;
      for (const addrs of orders) for (let k = 1; k < addrs.length; k++) expect(sign * (addrs[k]! - addrs[k - 1]!)).toBeGreaterThan(0);
      const headings = await page.locator('.region h3 .grows').allTextContents();
      expect(headings[0]).toBe(model === 'book' ? 'grows ↑ toward higher addresses · higher addresses on top' : 'grows ↓ toward lower addresses · lower addresses on top');
      expect(headings[1]).toBe(model === 'book' ? 'grows ↓ toward lower addresses · higher addresses on top' : 'grows ↑ toward higher addresses · lower addresses on top');
      await page.screenshot({ path: `${ARTIFACTS}address-order-${model}-1280-light.png` });
      if (model === 'real') {
        // The real model's table runs the diagram's way: lower addresses first in every region.
        await page.locator('#tab-table').click();
        const table = (await page.locator('.real-table pre').textContent())!;
        expect(table).toContain('-- stack (main thread, grows down)');
        expect(table).toMatch(/^-- heap \(.*; grows up\)$/m);
        for (const region of table.split(/^-- /m).slice(1)) {
          const addrs = [...region.matchAll(/^0x([0-9a-f]+) /gm)].map((m) => parseInt(m[1]!, 16));
          expect(addrs.length, region).toBeGreaterThan(0);
          for (let k = 1; k < addrs.length; k++) expect(addrs[k]!, region).toBeGreaterThan(addrs[k - 1]!);
        }
        await page.screenshot({ path: `${ARTIFACTS}address-order-real-table-1280-light.png` });
        await page.locator('#tab-diagram').click();
      }
    }
    expect(errors).toEqual([]);
    await page.close();
  }, 180_000);

  it('narrates a reallocation at the statement that made it, a push without its `;` included', async () => {
    const { page, errors } = await open();
    const source = 'fn main() {\n    let mut v = Vec::new();\n    for i in 0..5 {\n        v.push(i)\n    }\n    let mut s = String::from("ab");\n    s.push_str("cdefghijklmnopqrstuvwxyz");\n    println!("{} {}", v.len(), s);\n}\n';
    for (const model of ['book', 'real'] as const) {
      await run(page, source, { model });
      const last = await lastIndex(page);
      const growths: string[] = [];
      for (let i = 0; i <= last; i++) {
        await slideTo(page, i);
        const since = (await page.locator('#narration .since').count()) > 0 ? (await page.locator('#narration .since').textContent())! : '';
        if (!/buffer/.test(since)) continue;
        const now = (await page.locator('#narration .now').textContent())!;
        growths.push(now);
        // The editor marks the statement that grew the buffer, not the line before it.
        expect(await page.locator('.cm-step-line').textContent()).toBe(now.replace(/^line \d+: /, '').trim() === 'v.push(i)' ? '        v.push(i)' : '    s.push_str("cdefghijklmnopqrstuvwxyz");');
        if (growths.length === 1) await page.screenshot({ path: `${ARTIFACTS}realloc-narration-${model}-1280-light.png` });
      }
      expect(growths).toEqual(['line 4: v.push(i)', 'line 7: s.push_str("cdefghijklmnopqrstuvwxyz");']);
    }
    expect(errors).toEqual([]);
    await page.close();
  }, 240_000);

  it('shows the frame that panicked, a match arm’s bindings, and leaked blocks', async () => {
    const { page, errors } = await open();
    await run(page, readFileSync('web/src/examples/panic.rs', 'utf8'));
    await slideTo(page, await lastIndex(page));
    expect(await page.locator('#narration .now').textContent()).toContain("panicked at src/main.rs:4:9: value too large: 4 (limit 3)");
    expect(await page.locator('.frame[data-fn="check"] .cell[data-name="x"] .value').textContent()).toBe('4');
    await page.screenshot({ path: `${ARTIFACTS}panic-frame-1280-light.png` });

    await run(page, readFileSync('web/src/examples/structs-enums.rs', 'utf8'));
    await slideTo(page, await stepSaying(page, 'Shape::Circle { radius, .. } =>'));
    const radius = page.locator('.frame[data-fn="area"] .cell[data-name="radius"]');
    expect(await radius.getAttribute('data-points-to')).not.toBeNull();
    expect(await radius.locator('.value').textContent()).not.toContain('??????');
    await page.screenshot({ path: `${ARTIFACTS}match-bindings-1280-light.png` });

    await run(page, readFileSync('web/src/examples/rc-cycle.rs', 'utf8'));
    await slideTo(page, await lastIndex(page));
    expect(await page.locator('.block.heap.leaked').count()).toBeGreaterThan(0);
    expect(await page.locator('.block.heap.leaked .leak-badge').first().textContent()).toBe('leaked');
    await slideTo(page, (await lastIndex(page)) - 1);
    expect(await page.locator('.block.heap.leaked').count()).toBe(0);
    await page.screenshot({ path: `${ARTIFACTS}leaks-1280-light.png` });
    expect(errors).toEqual([]);
    await page.close();
  }, 180_000);

  it('says which steps just ran and which are about to run, counts from the start, and keeps the output’s order', async () => {
    const { page, errors } = await open();
    await run(page, 'fn helper() -> i32 {\n    eprintln!("warning");\n    2\n}\n\nfn main() {\n    println!("one");\n    let x = helper();\n    println!("three {}", x);\n}\n');
    await slideTo(page, 0);
    expect(await page.locator('#narration').getAttribute('data-tense')).toBe('ran');
    expect(await page.locator('#narration .tense').textContent()).toBe('Just ran');
    expect(await page.locator('#narration .since').textContent()).toContain('since the start');
    expect(await page.locator('.cm-step-line.ran').count()).toBe(1);
    await slideTo(page, await stepSaying(page, 'main() calls helper()'));
    expect(await page.locator('#narration .tense').textContent()).toBe('About to run');
    expect(await page.locator('.cm-step-line.next').getAttribute('data-tense')).toBe('about to run');
    await slideTo(page, await lastIndex(page));
    expect(await page.locator('#console > span').evaluateAll((spans) => spans.map((s) => `${s.className}:${s.textContent}`))).toEqual(['stdout:one\n', 'stderr:warning\n', 'stdout:three 2\n']);
    await page.screenshot({ path: `${ARTIFACTS}tenses-output-1280-light.png` });

    // The status counts the steps the filter leaves, written as every number is.
    await page.locator('#stops').selectOption('calls');
    const shown = (await page.locator('#counter').textContent())!.split(' / ')[1];
    await expect.poll(() => page.locator('#status').textContent()).toContain(`, ${shown} shown`);

    // The real model's table: text as {:?} writes it, headers as the diagram names them.
    await run(page, 'fn main() {\n    let s = String::from("it\'s");\n    println!("{}", s);\n}\n', { model: 'real' });
    await page.locator('#tab-table').click();
    const table = (await page.locator('.real-table pre').textContent())!;
    expect(table).toContain('"it\'s"');
    expect(table).not.toContain("\\'");
    expect(table).toMatch(/\ss\.cap\s/);
    expect(table).not.toContain('.buf.');
    expect(errors).toEqual([]);
    await page.close();
  }, 180_000);

  it('shows a long run’s progress, keeps its status while the reader types, and Stop keeps the trace so far', async () => {
    const { page, errors } = await open();
    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+A');
    await page.keyboard.insertText('fn main() {\n    let mut n: u64 = 0;\n    loop {\n        n = n.wrapping_add(1);\n    }\n}\n');
    await page.locator('#max-steps').fill('2000000000');
    await page.locator('#run').click();
    await page.locator('#status[data-steps]').waitFor({ timeout: 60_000 });
    expect(await page.locator('#status').textContent()).toMatch(/^Running… [\d,]+ steps so far$/);
    // Typing while it runs leaves the run's status alone.
    await page.locator('.cm-content').click();
    await page.keyboard.press('End');
    await page.keyboard.type(' ');
    await expect.poll(async () => Number((await page.locator('#status').getAttribute('data-steps')) ?? 0)).toBeGreaterThan(Number(await page.locator('#status').getAttribute('data-steps')));
    expect(await page.locator('#status').textContent()).toMatch(/^Running…/);
    await page.screenshot({ path: `${ARTIFACTS}long-run-progress-1280-light.png` });
    await page.locator('#stop').click();
    await page.locator('body.stale:not(.running)').waitFor({ timeout: 120_000 });
    // The trace so far is there to step through; the text typed meanwhile makes it stale.
    expect(await lastIndex(page)).toBeGreaterThan(10);
    expect(await page.locator('.frame[data-fn="main"] .cell[data-name="n"]').count()).toBe(1);
    expect(await page.locator('body').getAttribute('class')).toContain('stale');
    await page.locator('#stops').selectOption('all');
    await page.screenshot({ path: `${ARTIFACTS}long-run-stopped-1280-light.png` });
    expect(errors).toEqual([]);
    await page.close();
  }, 240_000);

  it('tells a newcomer what the page is at first sight, and shows the code and the diagram together at 390 px', async () => {
    for (const width of [1280, 390]) {
      const { page, errors } = await open('', width);
      const intro = page.locator('#intro');
      expect(await intro.isVisible()).toBe(true);
      const text = (await intro.textContent())!;
      for (const words of ['draws its memory', 'book', 'real', 'step with']) expect(text).toContain(words);
      // What the intro shows reads as a sentence (a phone has no arrow keys to name).
      expect(await intro.locator('p').last().innerText()).toMatch(width === 390 ? /^Run, then step with the slider;/ : /^Run, then step with ← → or the slider;/);
      // The header's name and buttons do not overlap, each button on one line.
      const brand = (await page.locator('.brand h1').boundingBox())!;
      const toolbar = (await page.locator('.toolbar').boundingBox())!;
      expect(brand.x + brand.width).toBeLessThanOrEqual(toolbar.x);
      expect(toolbar.x + toolbar.width).toBeLessThanOrEqual(width);
      for (const button of await page.locator('.toolbar > button, .toolbar .menu > button').all()) expect((await button.boundingBox())!.height).toBeLessThan(40);
      const viewport = page.viewportSize()!;
      const inView = async (selector: string): Promise<boolean> => {
        const box = await page.locator(selector).first().boundingBox();
        return box !== null && box.y >= 0 && box.y + Math.min(box.height, 20) <= viewport.height && box.x >= 0 && box.x < viewport.width;
      };
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
      expect(await inView('.cm-step-line')).toBe(true);
      expect(await inView('#diagram-host .frame')).toBe(true);
      await page.screenshot({ path: `${ARTIFACTS}first-screen-${width}-light.png` });
      // Hidden once, it stays hidden.
      await page.locator('#intro-close').click();
      expect(await intro.isVisible()).toBe(false);
      await page.reload();
      await page.locator('#status[data-tone]').waitFor();
      expect(await page.locator('#intro').isVisible()).toBe(false);
      expect(errors).toEqual([]);
      await page.close();
    }
  }, 120_000);

  it('tells "moved out" from "spare capacity" at a glance, and caps a shared link’s step budget', async () => {
    const link = `#v1=${compressToEncodedURIComponent(JSON.stringify(['fn main() {\n    let x = 1;\n}\n', 10 ** 12, 'all', 0, 'book', false]))}`;
    const { page, errors } = await open(link);
    const style = (selector: string) => page.locator(selector).evaluate((el) => {
      const s = getComputedStyle(el);
      return { image: s.backgroundImage, border: s.borderTopStyle, color: s.borderTopColor };
    });
    const moved = await style('.legend .swatch.moved');
    const spare = await style('.legend .swatch.spare');
    expect(moved.image).toContain('repeating-linear-gradient');
    expect(spare.image).toBe('none');
    expect(spare.border).toBe('dashed');
    expect(moved.border).not.toBe('dashed');
    expect(moved.color).not.toBe(spare.color);
    expect(await page.locator('#max-steps').inputValue()).toBe('10000000');
    await page.locator('.legend').screenshot({ path: `${ARTIFACTS}legend-1280-light.png` });
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});

import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { normalizeThreadIds, recordFile } from '../helpers.js';
import { ARTIFACTS, browserMissing, servePage, slideTo } from './browser.js';

/**
 * Threads on the page (issue 12), in Debian's chromium: a column per thread's stack with the
 * running one marked, arrows from a spawned thread's stack into the shared heap, the narration
 * of the scheduler's switches, the Threads examples run to their ends, a stack overflow's last
 * step, 390 px, and a thread's name from the program kept inert. Screenshots in artifacts/.
 */

const missing = browserMissing();
if (missing && process.env.CI) throw new Error(`browser tests cannot run in CI: ${missing}`);

const EXAMPLES = {
  'threads-spawn-join': 'threads_example_spawn_join',
  'threads-scoped': 'threads_example_scoped',
  'threads-mutex-counter': 'threads_example_mutex_counter',
  'threads-channel': 'threads_example_channel',
  'threads-stack-overflow': 'threads_example_stack_overflow',
} as const;

const program = (id: keyof typeof EXAMPLES): string => `tests/programs/${EXAMPLES[id]}.rs`;

describe.skipIf(missing !== null)('threads on the web page', () => {
  const harness = servePage();

  async function openExample(id: keyof typeof EXAMPLES, options: { width?: number; model?: 'book' | 'real' } = {}): Promise<{ page: Page; errors: string[] }> {
    const opened = await harness.open('', { width: options.width ?? 1280 });
    const { page } = opened;
    await page.locator('#status[data-tone]').waitFor({ timeout: 30_000 });
    if (options.model === 'real') {
      await page.locator('input[name="model"][value="real"]').check();
      await page.locator('body:not(.running) #status[data-tone="ok"]').waitFor({ timeout: 30_000 });
    }
    await page.locator('#examples-button').click();
    await page.locator(`[data-example="${id}"]`).click();
    await page.locator('body:not(.running) #status[data-tone="ok"], body:not(.running) #status[data-tone="error"]').waitFor({ timeout: 60_000 });
    return opened;
  }

  /** The first step whose narration (its title: thread, caption, what happened since) matches. */
  async function stepSaying(page: Page, pattern: RegExp): Promise<number> {
    const index = await page.evaluate((source) => {
      const slider = document.getElementById('slider') as HTMLInputElement;
      const narration = document.getElementById('narration')!;
      const re = new RegExp(source);
      for (let i = 0; i <= Number(slider.max); i++) {
        slider.value = String(i);
        slider.dispatchEvent(new Event('input'));
        if (re.test(narration.title)) return i;
      }
      return -1;
    }, pattern.source);
    expect(index, `a step saying ${pattern}`).toBeGreaterThanOrEqual(0);
    await slideTo(page, index);
    return index;
  }

  interface Box {
    readonly left: number;
    readonly right: number;
    readonly top: number;
    readonly bottom: number;
  }

  interface Column {
    readonly thread: number;
    readonly name: string;
    readonly state: string;
    readonly running: boolean;
    readonly heading: string;
    readonly box: Box;
  }

  async function columns(page: Page): Promise<Column[]> {
    return page.locator('#diagram-host .region.stack.thread').evaluateAll((sections) =>
      sections.map((s) => {
        const el = s as HTMLElement;
        const r = el.getBoundingClientRect();
        return { thread: Number(el.dataset.thread), name: el.dataset.threadName!, state: el.dataset.state!, running: el.classList.contains('running'), heading: el.querySelector('.thread-head')!.textContent!, box: { left: r.left, right: r.right, top: r.top, bottom: r.bottom } };
      }),
    );
  }

  /** Arrows whose pointer is on thread `thread`'s stack and whose target is in the heap, with
   *  the ends of their paths and the boxes of both cells (host coordinates). */
  async function arrowsFromThread(page: Page, thread: number): Promise<{ from: string; to: string; start: [number, number]; end: [number, number]; source: Box; target: Box }[]> {
    return page.evaluate((id) => {
      const host = document.getElementById('diagram-host')!;
      const origin = host.getBoundingClientRect();
      const box = (el: Element) => {
        const r = el.getBoundingClientRect();
        return { left: r.left - origin.left + host.scrollLeft, right: r.right - origin.left + host.scrollLeft, top: r.top - origin.top + host.scrollTop, bottom: r.bottom - origin.top + host.scrollTop };
      };
      return [...host.querySelectorAll<SVGPathElement>('path[data-from]')].flatMap((path) => {
        const source = host.querySelector(`.region.stack.thread[data-thread="${id}"] [data-addr="${path.dataset.from}"]`);
        const target = host.querySelector(`.region.heap [data-addr="${path.dataset.to}"]`);
        if (!source || !target) return [];
        const numbers = path.getAttribute('d')!.match(/-?\d+(\.\d+)?/g)!.map(Number);
        return [{ from: path.dataset.from!, to: path.dataset.to!, start: [numbers[0]!, numbers[1]!] as [number, number], end: [numbers.at(-2)!, numbers.at(-1)!] as [number, number], source: box(source), target: box(target) }];
      });
    }, thread);
  }

  for (const model of ['book', 'real'] as const) {
    it(`${model}: draws a column per thread, marks the running one, and draws arrows from the spawned thread's stack into the heap`, async () => {
      const { page, errors } = await openExample('threads-spawn-join', { model });
      // The spawned thread has built `doubled`, a Vec on its own stack with its buffer in the heap.
      await stepSaying(page, /in thread '<unnamed>' \(2\): line \d+: let doubled/);
      const shown = await columns(page);
      expect(shown.map((c) => [c.thread, c.name, c.state, c.running])).toEqual([
        [0, 'main', 'blocked on `handle.join()`', false],
        [1, '<unnamed>', 'running', true],
      ]);
      expect(shown[0]!.heading).toBe("thread 'main' (1)blocked on handle.join()");
      expect(shown[1]!.heading).toBe("▶thread '<unnamed>' (2)running");
      expect(await page.locator('.region.stack.thread.running').count()).toBe(1);
      expect(await page.locator('.region.stack.thread[data-thread="0"] .thread-state code').textContent()).toBe('handle.join()');
      // Side by side: main's column, then the spawned thread's; the heap beside them or, when
      // they leave it too little room, below them.
      expect(shown[1]!.box.left).toBeGreaterThan(shown[0]!.box.right);
      const heap = (await page.locator('.region.heap').boundingBox())!;
      expect(heap.x >= shown[1]!.box.right || heap.y >= Math.max(shown[0]!.box.bottom, shown[1]!.box.bottom)).toBe(true);
      // `doubled`'s pointer, on the spawned thread's stack, points at its buffer in the shared heap.
      const pointer = page.locator('.region.stack.thread[data-thread="1"] [data-name="doubled.buf.ptr"]');
      const to = await pointer.getAttribute('data-points-to');
      expect(to).not.toBeNull();
      expect(await page.locator(`.region.heap [data-block] [data-addr="${to}"]`).count()).toBe(1);
      const from = await pointer.getAttribute('data-addr');
      const arrow = (await arrowsFromThread(page, 1)).find((a) => a.from === from);
      expect(arrow, 'an arrow from doubled.ptr').toBeDefined();
      expect(arrow!.to).toBe(to);
      expect(arrow!.start[1]).toBeGreaterThan(arrow!.source.top);
      expect(arrow!.start[1]).toBeLessThan(arrow!.source.bottom);
      expect(arrow!.end[1]).toBeGreaterThan(arrow!.target.top);
      expect(arrow!.end[1]).toBeLessThan(arrow!.target.bottom);
      expect(Math.min(Math.abs(arrow!.end[0] - arrow!.target.left), Math.abs(arrow!.end[0] - arrow!.target.right))).toBeLessThan(12);
      await page.screenshot({ path: `${ARTIFACTS}threads-columns-${model}-1280-light.png` });
      expect(errors).toEqual([]);
      await page.close();
    }, 120_000);
  }

  it('narrates which thread runs and why the scheduler switched', async () => {
    const { page, errors } = await openExample('threads-mutex-counter');
    await stepSaying(page, /is blocked on `counter\.lock\(\)`, so thread '<unnamed>' \(\d\) runs/);
    const narration = page.locator('#narration');
    expect(await narration.locator('.since').textContent()).toMatch(/thread '<unnamed>' \(\d\) is blocked on `counter\.lock\(\)`, so thread '<unnamed>' \(\d\) runs/);
    // The thread it names is the one that runs now, told apart from the other unnamed ones by its number.
    const to = (await narration.locator('.since').textContent())!.match(/so thread '<unnamed>' \((\d)\) runs/)![1];
    expect(await narration.locator('.thread').textContent()).toBe(`in thread '<unnamed>' (${to})`);
    // The narration's thread is the column marked running.
    const running = (await columns(page)).filter((c) => c.running);
    expect(running).toHaveLength(1);
    expect(await narration.locator('.thread').getAttribute('data-thread')).toBe(String(running[0]!.thread));
    expect(Number(to)).toBe(running[0]!.thread + 1);
    // The running column is scrolled into view, however many columns there are.
    const host = (await page.locator('#diagram-host').boundingBox())!;
    expect(running[0]!.box.left).toBeGreaterThanOrEqual(host.x - 1);
    expect(running[0]!.box.right).toBeLessThanOrEqual(host.x + host.width + 1);
    // A waiting thread's column says on what.
    expect((await columns(page)).some((c) => c.state === 'blocked on `counter.lock()`')).toBe(true);
    await page.screenshot({ path: `${ARTIFACTS}threads-switch-narration-1280-light.png` });
    // A spawned thread's first step is its start, in the program's terms (not std's frame calling the closure).
    await stepSaying(page, /: the thread starts: main::\{closure\}\(\) is called/);
    expect(await narration.locator('.now').textContent()).toBe('the thread starts: main::{closure}() is called');
    expect(await narration.locator('.thread').textContent()).toMatch(/^in thread '<unnamed>' \([2-9]\)$/);
    expect(await narration.getAttribute('title')).not.toMatch(/\{closure}\(\) calls main|closure@\d/);
    await stepSaying(page, /used up its slice of steps, so thread/);
    expect(await narration.locator('.since').textContent()).toMatch(/thread '[^']+' \(\d\) used up its slice of steps, so thread '[^']+' \(\d\) runs/);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  for (const id of Object.keys(EXAMPLES) as (keyof typeof EXAMPLES)[]) {
    it(`runs the ${id} example to its end, printing what rustc's binary prints`, async () => {
      const { page, errors } = await openExample(id);
      const base = program(id).replace(/\.rs$/, '');
      const exit = Number(readFileSync(`${base}.exit`, 'utf8').trim());
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await page.keyboard.press('End');
      const last = await page.locator('#slider').getAttribute('max');
      await expect.poll(() => page.locator('#memory:not([aria-busy])').getAttribute('data-step'), { timeout: 30_000 }).toBe(last);
      const stdout = readFileSync(`${base}.stdout`, 'utf8');
      const stderr = readFileSync(`${base}.stderr`, 'utf8');
      const console = page.locator('#console');
      expect(await console.locator('.stdout').allTextContents()).toEqual(stdout ? [stdout] : []);
      expect(normalizeThreadIds((await console.locator('.stderr').allTextContents()).join(''))).toBe(stderr);
      expect(await page.locator('#status').getAttribute('data-tone')).toBe(exit === 0 ? 'ok' : 'error');
      if (exit === 0) expect(await page.locator('#status').textContent()).toMatch(/^Finished: /);
      expect(await page.locator('#memory').getAttribute('data-kind')).toBe(exit === 0 ? 'end' : 'overflow');
      // Every thread the program spawned has a column; at the end, those joined have finished.
      const shown = await columns(page);
      expect(shown.length).toBeGreaterThan(1);
      if (exit === 0) for (const c of shown.slice(1)) expect(c.state).toBe('finished');
      await page.screenshot({ path: `${ARTIFACTS}${id}-end-1280-light.png` });
      expect(errors).toEqual([]);
      await page.close();
    }, 120_000);
  }

  for (const model of ['book', 'real'] as const) {
    it(`${model}: ends the stack overflow on its last step: the thread's whole stack, and the frame that did not fit on top`, async () => {
      const recording = await recordFile(program('threads-stack-overflow'), { at: 'all', model });
      const summary = recording.summary();
      const whole = recording.snapshot(summary.stops.length - 1);
      const calls = whole.threads![1]!.frames.filter((f) => f.fn === 'count_down').length;
      expect(calls).toBeGreaterThan(20);
      const outcome = summary.outcome as { needed: number; free: number; stackSize: number };

      const { page, errors } = await openExample('threads-stack-overflow', { model });
      expect(await page.locator('#status').textContent()).toMatch(/overflowed its stack at .*: the frame of count_down\(\) did not fit/);
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await page.keyboard.press('End');
      await expect.poll(() => page.locator('#memory:not([aria-busy])').getAttribute('data-kind'), { timeout: 30_000 }).toBe('overflow');
      expect(await page.locator('#narration .now').textContent()).toMatch(/^stack overflow: the frame of count_down\(\) needs/);
      const small = page.locator('.region.stack.thread[data-thread="1"]');
      expect(await small.getAttribute('data-thread-name')).toBe('small');
      expect(await small.getAttribute('class')).toContain('running');
      // The frame that did not fit is on top of the stack it overflowed, saying by how much.
      const overflow = small.locator('.frame.overflow[data-fn="count_down"]');
      expect(await overflow.count()).toBe(1);
      const unit = model === 'book' ? 'cells' : 'bytes';
      expect(await overflow.textContent()).toContain(`needs ${outcome.needed.toLocaleString('en')} ${unit}; ${outcome.free.toLocaleString('en')} of the stack’s ${outcome.stackSize.toLocaleString('en')} ${unit} are left`);
      const frames = small.locator('.frame, .frame-run, .std-frames');
      expect(await frames.first().getAttribute('class')).toContain('overflow');
      // The whole stack: the calls drawn and the calls a collapsed line counts are every call.
      const drawn = await small.locator('.frame[data-fn="count_down"]:not(.overflow)').count();
      const collapsed = Number(await small.locator('.frame-run[data-fn="count_down"]').getAttribute('data-count'));
      expect(drawn + collapsed).toBe(calls);
      // main waits for it, on a stack of its own.
      expect(await page.locator('.region.stack.thread[data-thread="0"]').getAttribute('data-state')).toBe('blocked on `handle.join()`');
      await page.screenshot({ path: `${ARTIFACTS}threads-stack-overflow-last-${model}-1280-light.png` });
      // Pressed, the collapsed line draws more of the innermost calls, in this column.
      await small.locator('.frame-run').click();
      await expect.poll(() => small.locator('.frame[data-fn="count_down"]:not(.overflow)').count(), { timeout: 30_000 }).toBeGreaterThan(drawn);
      expect(errors).toEqual([]);
      await page.close();
    }, 120_000);
  }

  it('stacks the columns at 390 px, each as wide as the page, arrows still into the heap', async () => {
    const { page, errors } = await openExample('threads-spawn-join', { width: 390 });
    await stepSaying(page, /in thread '<unnamed>' \(2\): line \d+: let doubled/);
    const shown = await columns(page);
    expect(shown).toHaveLength(2);
    // One below the other, neither wider than the page.
    expect(shown[1]!.box.top).toBeGreaterThanOrEqual(shown[0]!.box.bottom);
    for (const c of shown) {
      expect(c.box.left).toBeGreaterThanOrEqual(0);
      expect(c.box.right).toBeLessThanOrEqual(390);
    }
    const heap = (await page.locator('.region.heap').boundingBox())!;
    expect(heap.y).toBeGreaterThanOrEqual(shown[1]!.box.bottom);
    expect((await arrowsFromThread(page, 1)).length).toBeGreaterThan(0);
    expect(await page.locator('#narration .thread').textContent()).toBe("in thread '<unnamed>' (2)");
    await page.locator('.region.stack.thread.running').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${ARTIFACTS}threads-columns-390-light.png` });
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it("keeps a thread's name from the program inert in the columns, the narration and the table", async () => {
    const name = '<img src=x onerror="window.__pwned=1"><b>bold</b>';
    const source = `use std::thread;\n\nfn main() {\n    let h = thread::Builder::new()\n        .name(${JSON.stringify(name)}.to_string())\n        .spawn(|| {\n            let v = vec![1];\n            v.len()\n        })\n        .unwrap();\n    println!("{}", h.join().unwrap());\n}\n`;
    const { page, errors } = await harness.open('');
    await page.locator('#status[data-tone]').waitFor({ timeout: 30_000 });
    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+A');
    await page.keyboard.insertText(source);
    await page.locator('#run').click();
    await page.locator('body:not(.running) #status[data-tone="ok"]').waitFor({ timeout: 60_000 });
    await stepSaying(page, /line 7: let v/);
    const column = page.locator('.region.stack.thread[data-thread="1"]');
    expect(await column.getAttribute('data-thread-name')).toBe(name);
    expect(await column.locator('.thread-name').textContent()).toBe(`thread '${name}' (2)`);
    expect(await page.locator('#narration .thread').textContent()).toBe(`in thread '${name}' (2)`);
    await page.locator('#tab-table').click();
    await expect.poll(() => page.locator('#table-host').textContent()).toContain(`thread '${name}' (2)`);
    expect(await page.locator('#diagram-host img, #table-host img, #narration img, .thread-head b, #narration b').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);
});

import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, browserMissing, servePage, slideTo } from './browser.js';

/**
 * The page at the scale of real programs: a recursion 9,990 calls deep and a Vec of a million
 * cells. The worker rebuilds only what the diagram draws (the frames at both ends of the stack,
 * a window of each large block), the diagram collapses a run of calls of one function into one
 * line that draws more when pressed, and a large block pages through its cells.
 */

const missing = browserMissing();
if (missing && process.env.CI) throw new Error(`browser tests cannot run in CI: ${missing}`);

/** A recursion 9,990 calls deep, the benchmark's (`npm run bench`, `npm run bench:web`). */
const DEEP = readFileSync('bench/rebuild/deep-recursion.rs', 'utf8');

const BIG = `fn main() {
    let mut v: Vec<u32> = vec![0; 1_000_000];
    v[300] = 7;
    println!("{}", v.len());
}
`;

describe.skipIf(missing !== null)('the web page at scale', () => {
  const harness = servePage();

  async function run(source: string, maxSteps: number): Promise<Page> {
    const { page, errors } = await harness.open();
    await page.locator('#status[data-tone="ok"], #status[data-tone="warn"], #status[data-tone="error"]').waitFor({ timeout: 15_000 });
    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+A');
    await page.keyboard.insertText(source);
    await page.locator('#max-steps').fill(String(maxSteps));
    await page.locator('#stops').selectOption('all');
    await page.locator('#run').click();
    await page.locator('#status[data-tone="ok"]').waitFor({ timeout: 120_000 });
    expect(errors).toEqual([]);
    return page;
  }

  /** The step the counter says, and the step whose memory the diagram shows. */
  async function shown(page: Page): Promise<{ counter: number; memory: number }> {
    const counter = Number((await page.locator('#counter').textContent())!.split(' / ')[0]) - 1;
    return { counter, memory: Number(await page.locator('#memory').getAttribute('data-step')) };
  }

  it('shows a 9,990-deep recursion as main, its outermost call, one collapsed line and the innermost calls', async () => {
    const page = await run(DEEP, 1_000_000);
    const last = Number(await page.locator('#slider').getAttribute('max'));
    // Halfway through, the recursion is at its deepest (the calls go down, then return).
    const middle = Math.floor(last / 2);
    await slideTo(page, middle);
    const runLine = page.locator('.frame-run[data-fn="fact"]');
    await expect.poll(() => runLine.count()).toBe(1);
    const collapsed = Number(await runLine.getAttribute('data-count'));
    expect(collapsed).toBeGreaterThan(9_900);
    expect(await runLine.textContent()).toContain(`fact() × ${collapsed.toLocaleString('en')}`);
    // main, the outermost call and the two innermost are drawn; no more.
    const frames = await page.locator('.frame').evaluateAll((els) => els.map((el) => [el.getAttribute('data-fn'), Number(el.getAttribute('data-depth'))] as const));
    expect(frames.map(([fn]) => fn).sort()).toEqual(['fact', 'fact', 'fact', 'main']);
    const depths = frames.map(([, depth]) => depth).sort((a, b) => a - b);
    expect(depths[0]).toBe(1);
    expect(depths[1]).toBe(2);
    // The collapsed line stands for every call between the outermost and the innermost two.
    expect(depths[3]! - depths[2]!).toBe(1);
    expect(depths[2]! - 2 - 1).toBe(collapsed);
    await page.screenshot({ path: `${ARTIFACTS}deep-recursion-1280-light.png` });

    // Pressing it draws 50 more of the innermost calls.
    await runLine.click();
    await expect.poll(() => page.locator('.frame[data-fn="fact"]').count()).toBe(3 + 50);
    expect(Number(await runLine.getAttribute('data-count'))).toBe(collapsed - 50);
    expect(await shown(page)).toEqual({ counter: middle, memory: middle });

    // Stepping on quickly: whenever the memory is not being fetched, the counter and the
    // diagram are of one step.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('ArrowRight');
      const busy = await page.locator('#memory').getAttribute('aria-busy');
      const now = await shown(page);
      if (busy === null) expect(now.counter).toBe(now.memory);
    }
    await expect.poll(() => page.locator('#memory').getAttribute('data-step')).toBe(String(middle + 12));
    expect(await shown(page)).toEqual({ counter: middle + 12, memory: middle + 12 });
    const stepTimes = await page.evaluate(() => performance.getEntriesByName('stackheap:step').map((e) => e.duration));
    console.log(`9,990-deep recursion: showing a step took ${stepTimes.map((t) => t.toFixed(0)).join(', ')} ms (a loaded machine; not asserted)`);
    await page.close();
  }, 240_000);

  it('pages through a Vec of a million cells instead of drawing them all', async () => {
    const page = await run(BIG, 100_000);
    // The step after `v[300] = 7;`.
    const last = Number(await page.locator('#slider').getAttribute('max'));
    let step = -1;
    for (let i = 0; i <= last; i++) {
      await slideTo(page, i);
      if ((await page.locator('.block.heap').count()) > 0 && (await page.locator('#narration').textContent())!.includes('v[300] = 7')) {
        step = i;
        break;
      }
    }
    expect(step).toBeGreaterThanOrEqual(0);
    const block = page.locator('.block.heap');
    const pager = block.locator('.block-pager');
    expect(await pager.getAttribute('data-window')).toBe('0-256');
    expect(await pager.textContent()).toContain('cells 0–255 of 1,000,000');
    expect(await block.locator('.cell').count()).toBeLessThanOrEqual(256);
    const addr = Number(await block.getAttribute('data-block'));
    // The element written is in the window: index 300 is past it, so page on.
    await pager.locator('button', { hasText: 'later' }).click();
    await expect.poll(() => block.locator('.block-pager').getAttribute('data-window')).toBe('256-512');
    expect(await page.locator(`[data-addr="${addr + 300}"] .value`).textContent()).toBe('7');
    await page.screenshot({ path: `${ARTIFACTS}vec-million-1280-light.png` });
    await page.close();
  }, 240_000);
});

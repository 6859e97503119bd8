import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, browserMissing, servePage } from './browser.js';

/**
 * Compile errors in the page: the error's squiggle at rustc's primary span, each of rustc's
 * secondary labels as a squiggle of its own with its own message, and for an error only the
 * borrow checker gives, "See what would happen" runs the program with the checker off.
 */

const missing = browserMissing();
if (missing && process.env.CI) throw new Error(`browser tests cannot run in CI: ${missing}`);
if (missing) console.warn(`skipping the browser tests: ${missing}`);

const TWO_MUTABLE_BORROWS = 'fn main() {\n    let mut s = String::from("hi");\n    let r1 = &mut s;\n    let r2 = &mut s;\n    r1.push(\'a\');\n    r2.push(\'b\');\n}\n';
const PUSH_WHILE_BORROWED = 'fn main() {\n    let mut v = vec![1, 2, 3];\n    let first = &v[0];\n    v.push(4);\n    println!("{}", first);\n}\n';

describe.skipIf(missing !== null)('compile errors in the page', () => {
  const harness = servePage();

  async function runSource(text: string): Promise<Page> {
    const { page, errors } = await harness.open('');
    await page.locator('#status[data-tone="ok"], #status[data-tone="warn"], #status[data-tone="error"]').waitFor({ timeout: 15_000 });
    expect(errors).toEqual([]);
    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+A');
    await page.keyboard.insertText(text);
    await page.keyboard.press('Control+Enter');
    await page.locator('#status[data-tone="error"]').waitFor();
    return page;
  }

  /** Moves the mouse away (closing any tooltip), then onto the middle of `target`. */
  async function hoverOver(page: Page, target: Locator): Promise<void> {
    await page.mouse.move(0, 0);
    const box = (await target.boundingBox({ timeout: 5000 }))!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  }

  /** The text each squiggle of a severity underlines, in document order. */
  async function squiggles(page: Page, severity: 'error' | 'info'): Promise<string[]> {
    return page.locator(`.cm-lintRange-${severity}`).allTextContents();
  }

  it('shows each secondary label as its own squiggle with its own message', async () => {
    const page = await runSource(TWO_MUTABLE_BORROWS);
    expect(await squiggles(page, 'error')).toEqual(['&mut s']);
    expect(await squiggles(page, 'info')).toEqual(['&mut s', 'r1']);
    await hoverOver(page, page.locator('.cm-lintRange-info').first());
    const label = page.locator('.cm-tooltip-lint .cm-diagnostic-info');
    await label.waitFor({ timeout: 5000 });
    expect(await label.textContent()).toContain('first mutable borrow occurs here');
    await hoverOver(page, page.locator('.cm-lintRange-error'));
    await page.locator(".cm-tooltip-lint .cm-diagnostic-error").waitFor({ timeout: 5000 });
    expect(await page.locator('.cm-tooltip-lint .cm-diagnostic-error').textContent()).toContain('error[E0499]: cannot borrow `s` as mutable more than once at a time');
    expect(await page.locator('.cm-tooltip-lint .cm-diagnostic-error button').textContent()).toBe('See what would happen');
    expect(await page.locator('#console').textContent()).toContain('3 |     let r1 = &mut s;\n  |              ------ first mutable borrow occurs here');
    await page.screenshot({ path: `${ARTIFACTS}compile-error-labels-1280-light.png` });
    await page.close();
  });

  it('"See what would happen" re-runs a borrow-check error with the borrow checker off', async () => {
    const page = await runSource(PUSH_WHILE_BORROWED);
    expect(await page.locator('#unchecked').isChecked()).toBe(false);
    await page.locator('#console button.see-what-would-happen').click();
    await expect.poll(() => page.locator('#status').textContent()).toBe('Line 5: undefined behavior: use after free: this reference points into a heap block that was freed.');
    expect(await page.locator('#unchecked').isChecked()).toBe(true);
    await page.screenshot({ path: `${ARTIFACTS}see-what-would-happen-1280-light.png` });
    await page.close();
  });

  it('shows the labels rustc adds to type errors and writes through `&` as squiggles with their messages', async () => {
    const cases = [
      { source: 'fn half(n: u32) -> u32 {\n    n / 2\n}\n\nfn main() {\n    let ok = true;\n    println!("{}", half(ok));\n}\n', error: ['ok'], info: [['half', 'arguments to this function are incorrect']] },
      { source: 'fn main() {\n    let b = true;\n    let n = b + 1;\n}\n', error: ['+'], info: [['b', 'bool'], ['1', '{integer}']] },
      { source: 'struct P {\n    x: i32,\n}\n\nfn main() {\n    let mut p = P { x: 1 };\n    let r = &p;\n    r.x = 5;\n    p.x += 1;\n}\n', error: ['r.x = 5'], info: [] },
      { source: 'fn both(a: &mut i32, b: &mut i32) {\n    *a += *b;\n}\n\nfn main() {\n    let mut x = 5;\n    both(&mut x, &mut x);\n}\n', error: ['&mut x'], info: [['both', 'first borrow later used by call'], ['&mut x', 'first mutable borrow occurs here']] },
    ];
    for (const [k, c] of cases.entries()) {
      const page = await runSource(c.source);
      expect(await squiggles(page, 'error')).toEqual(c.error);
      expect(await squiggles(page, 'info')).toEqual(c.info.map(([text]) => text));
      for (const [i, [, message]] of c.info.entries()) {
        await hoverOver(page, page.locator('.cm-lintRange-info').nth(i));
        const tooltip = page.locator('.cm-tooltip-lint .cm-diagnostic-info');
        await tooltip.first().waitFor({ timeout: 5000 });
        expect((await tooltip.allTextContents()).join('\n')).toContain(message);
      }
      if (k === 2) {
        // The write through `&`: its label says why, and the console shows the `mut` that fixes it.
        await hoverOver(page, page.locator('.cm-lintRange-error'));
        await page.locator('.cm-tooltip-lint .cm-diagnostic-error').waitFor({ timeout: 5000 });
        expect(await page.locator('.cm-tooltip-lint .cm-diagnostic-error').textContent()).toContain('`r` is a `&` reference, so it cannot be written to');
        expect(await page.locator('#console').textContent()).toContain('help: consider changing this to be a mutable reference\n  |\n7 |     let r = &mut p;\n  |              +++');
      }
      await page.screenshot({ path: `${ARTIFACTS}compile-error-labels-${k + 2}-1280-light.png` });
      await page.close();
    }
  }, 120_000);

  it('offers no such action for an error the borrow checker does not give', async () => {
    const page = await runSource('fn main() {\n    let x: i32 = true;\n}\n');
    expect(await squiggles(page, 'error')).toEqual(['true']);
    expect(await page.locator('#console button.see-what-would-happen').count()).toBe(0);
    await page.close();
  });
});

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, browserMissing, servePage } from './browser.js';
import { SEED_TABLES } from './seed-complex.js';

/**
 * The memory model switch: the seed's complex example in the real model (rustc's layouts,
 * Linux addresses, glibc's heap), as the page draws it, and the share link that keeps the model.
 * The addresses are the ones docs/real-model.md shows for the CLI at `bar() calls baz()`.
 */

const COMPLEX = readFileSync(fileURLToPath(new URL('../../examples/complex.rs', import.meta.url)), 'utf8');
const H = 0x7ffcffffffec;
const I_BOX = 0x5555555592a0;

const missing = browserMissing();
if (missing && process.env.CI) throw new Error(`browser tests cannot run in CI: ${missing}`);

describe.skipIf(missing !== null)('the real memory model on the web page', () => {
  const harness = servePage();

  async function open(hash = '', options: { width?: number; dark?: boolean } = {}): Promise<{ page: Page; errors: string[] }> {
    const { page, errors } = await harness.open(hash, options);
    await settled(page);
    return { page, errors };
  }

  const settled = (page: Page): Promise<void> => page.locator('body:not(.running) #status[data-tone="ok"]').waitFor({ timeout: 15_000 });

  async function goToCaption(page: Page, caption: string): Promise<void> {
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Home');
    for (let i = 0; i < 40 && (await page.locator('#narration .now').textContent()) !== caption; i++) await page.keyboard.press('ArrowRight');
    expect(await page.locator('#narration .now').textContent()).toBe(caption);
  }

  /** The diagram at `bar() calls baz()`: h's address, i's box on the heap, the arrow between them. */
  async function expectRealDiagram(page: Page): Promise<void> {
    await goToCaption(page, 'bar() calls baz()');
    await expect.poll(() => page.locator('#diagram-host .diagram').getAttribute('data-model')).toBe('real');
    const h = page.locator(`#diagram-host .cell[data-name="h"]`);
    expect(await h.getAttribute('data-addr')).toBe(String(H));
    expect(await h.locator('.addr').textContent()).toBe('0x7ffcffffffec');
    expect(await h.locator('.name .local-name, .name').first().textContent()).toMatch(/^hi32 · 4 B/);
    // innerText follows layout, which may still be settling on a loaded machine.
    await expect.poll(() => h.locator('.name .meta').evaluate((e) => (e as HTMLElement).innerText)).toBe('i32 · 4 B');
    const i = page.locator(`#diagram-host .cell[data-name="i"]`);
    expect(await i.locator('.addr').textContent()).toBe('0x7ffcffffffe0');
    expect(await i.locator('.name .meta').evaluate((e) => (e as HTMLElement).innerText)).toBe('Box<i32> · 8 B');
    expect(await i.getAttribute('data-points-to')).toBe(String(I_BOX));
    expect(await i.locator('.value').textContent()).toBe('→ 0x5555555592a0');
    // The heap block i owns: its address and size in bytes, its one i32 at offset 0.
    const block = page.locator(`#diagram-host [data-block="${I_BOX}"]`);
    expect(await block.locator('.block-head').textContent()).toBe('0x5555555592a0i324 B');
    expect(await block.locator(`.cell[data-addr="${I_BOX}"] .addr`).textContent()).toBe('+0');
    expect(await block.locator(`.cell[data-addr="${I_BOX}"] .value`).textContent()).toBe('20');
    // d's box is the second glibc chunk (0x20 bytes on), and the allocator's totals are shown.
    expect(await page.locator(`#diagram-host [data-block="${I_BOX + 0x20}"] .value`).textContent()).toBe('5');
    expect(await page.locator('#diagram-host .allocator').textContent()).toBe('glibc · 2 live blocks · 8 B live · 0 B free · largest free 0 B');
    const arrows = await page.locator('#diagram-host path[data-from]').evaluateAll((paths) => paths.map((p) => `${p.getAttribute('data-from')}→${p.getAttribute('data-to')}`));
    expect(arrows).toContain(`${0x7ffcffffffe0}→${I_BOX}`);
    // j = &h, and bar's e = &d: a pointer to a Box on the stack.
    expect(arrows).toContain(`${0x7ffcffffffd8}→${H}`);
    expect(arrows).toContain(`${0x7ffcffffff68}→${0x7ffcffffff70}`);
  }

  it('switches to the real model and draws the complex example in bytes', async () => {
    const { page, errors } = await open();
    await page.locator('#stops').selectOption('calls');
    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+A');
    await page.keyboard.insertText(COMPLEX);
    await page.locator('#run').click();
    await settled(page);
    expect(await page.locator('#diagram-host .diagram').getAttribute('data-model')).toBe('book');

    // Keyboard only: from the book radio, → selects real (and runs again).
    await page.locator('input[name="model"][value="book"]').focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.locator('input[name="model"][value="real"]').isChecked()).toBe(true);
    await expect.poll(() => page.locator('#diagram-host .diagram').getAttribute('data-model')).toBe('real');
    await settled(page);
    // The same stops as the book model: the seed's tables, then the end of the program.
    expect(await page.locator('#counter').textContent()).toBe(`1 / ${SEED_TABLES.length + 1}`);
    await expectRealDiagram(page);
    await page.screenshot({ path: `${ARTIFACTS}real-complex-1280-light.png` });

    // The Table tab shows the CLI's real text view, not the book's table.
    await page.locator('#tab-table').click();
    const text = await page.locator('#table-host pre').textContent();
    expect(text).toMatch(/^0x7ffcffffffec +4 +h: i32 +3$/m);
    expect(text).toMatch(/^0x7ffcffffffe0 +8 +i: Box<i32> +0x5555555592a0 → heap i32$/m);
    expect(await page.locator('#table-host .book-table').count()).toBe(0);
    await page.locator('#tab-diagram').click();

    // The share link holds the model; opening it restores the real model at the same step.
    await page.locator('#share').click();
    const hash = await page.evaluate(() => location.hash);
    const data = JSON.parse(decompressFromEncodedURIComponent(hash.slice('#v1='.length))) as unknown[];
    expect(data[4]).toBe('real');
    expect(data[0]).toBe(COMPLEX);
    expect(errors).toEqual([]);
    await page.close();

    const shared = await open(hash);
    expect(await shared.page.locator('input[name="model"][value="real"]').isChecked()).toBe(true);
    expect(await shared.page.locator('#narration .now').textContent()).toBe('bar() calls baz()');
    await expectRealDiagram(shared.page);
    expect(shared.errors).toEqual([]);
    await shared.page.close();
  }, 60_000);

  it('opens links made before the switch in the book model', async () => {
    const old = `#v1=${compressToEncodedURIComponent(JSON.stringify([COMPLEX, 100000, 'calls', 0]))}`;
    const { page, errors } = await open(old);
    expect(await page.locator('input[name="model"][value="book"]').isChecked()).toBe(true);
    expect(await page.locator('#diagram-host .diagram').getAttribute('data-model')).toBe('book');
    expect(await page.locator('#diagram-host .cell[data-name="h"] .addr').textContent()).toBe('0');
    expect(errors).toEqual([]);
    await page.close();
  }, 30_000);

  it('is readable at 360 px in dark mode', async () => {
    const link = `#v1=${compressToEncodedURIComponent(JSON.stringify([COMPLEX, 100000, 'calls', 4, 'real']))}`;
    const { page, errors } = await open(link, { width: 360, dark: true });
    expect(await page.locator('#narration .now').textContent()).toBe('bar() calls baz()');
    // The address column is left out at this width; the address is under the name.
    expect(await page.locator('#diagram-host .cell[data-name="h"] .meta').evaluate((e) => (e as HTMLElement).innerText)).toBe('i32 · 4 B\n0x7ffcffffffec');
    // Every value fits its box: nothing is clipped.
    await page.screenshot({ path: `${ARTIFACTS}real-complex-360-dark.png`, fullPage: true });
    const clipped = await page.locator('#diagram-host .frame, #diagram-host .block').evaluateAll((boxes) => boxes.filter((b) => b.scrollWidth > b.clientWidth + 1).map((b) => `${b.className} ${b.scrollWidth}>${b.clientWidth}`));
    expect(clipped).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  }, 30_000);
});

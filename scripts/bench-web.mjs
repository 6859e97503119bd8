#!/usr/bin/env node
// The web page's speed, measured in Debian's chromium with the page's own performance marks:
//   cold load       from navigation to the first diagram on screen, each in a fresh browser
//                   context (nothing cached): the wall time the test harness sees, and the page's
//                   own `stackheap:run-end` mark (from navigation start)
//   stackheap:run   from pressing Run to the first diagram on screen (trace in the worker,
//                   structured clone back, diagram and arrows rendered and laid out)
//   stackheap:step  showing one step: its snapshot rebuilt by the worker (when not fetched ahead)
//                   and the diagram and arrows rendered and laid out
// A 9,990-deep recursion (bench/rebuild/deep-recursion.rs) is shown at steps all over its trace,
// most of them with thousands of frames on the stack (the diagram collapses them).
// and the gzipped size of dist/web (everything a browser downloads, both .wasm files included).
// Run `npm run build` first; then `npm run bench:web`.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { startStaticServer } from '../dist/cli/serve.js';

const ROOT = fileURLToPath(new URL('../dist/web/', import.meta.url));
const SEEDS = ['one-variable', 'two-frames', 'three-deep', 'box', 'borrowing', 'complex'];
// Programs whose values span several cells (Vec and String buffers, static memory, std frames).
const TYPED = ['vec-growth', 'string-vs-str', 'structs-enums', 'closures', 'iterators'];
const REPEATS = 5;
const COLD_LOADS = 9;

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (ms) => `${ms.toFixed(1)} ms`;

let raw = 0;
let gz = 0;
// The build's gzipped copies (FILE.gz) are what a browser downloads instead of FILE: counted once.
for (const file of files(ROOT).filter((f) => !f.endsWith('.gz'))) {
  const bytes = readFileSync(file);
  raw += bytes.length;
  gz += gzipSync(bytes, { level: 9 }).length;
}

const server = await startStaticServer({ port: 0, root: ROOT });
const browser = await chromium.launch({
  executablePath: process.env.STACKHEAP_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic'],
});
try {
  const walls = [];
  const marks = [];
  for (let i = 0; i < COLD_LOADS; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
    const cold = await context.newPage();
    const loadStart = Date.now();
    await cold.goto(server.url);
    await cold.locator('#status[data-tone="ok"]').waitFor();
    walls.push(Date.now() - loadStart);
    marks.push(await cold.evaluate(() => performance.getEntriesByName('stackheap:run-end')[0].startTime));
    await context.close();
  }
  const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
  await page.goto(server.url);
  await page.locator('#status[data-tone="ok"]').waitFor();

  const measures = (name) => page.evaluate((n) => performance.getEntriesByName(n).map((e) => e.duration), name);
  const clear = () => page.evaluate(() => performance.clearMeasures());

  console.log(`cold page load to first diagram (median of ${COLD_LOADS}, each in a fresh browser context): ${fmt(median(walls))} (the page's own mark: ${fmt(median(marks))} from navigation start); load average ${loadavg()[0].toFixed(1)}`);
  console.log('\nfirst diagram after Run (median of %d):', REPEATS);
  for (const id of [...SEEDS, ...TYPED]) {
    if (id === TYPED[0]) console.log('  --');
    await page.locator('#examples-button').click();
    await page.locator(`[data-example="${id}"]`).click();
    await page.locator('#status[data-tone="ok"]').waitFor();
    await clear();
    for (let i = 0; i < REPEATS; i++) {
      await page.locator('#run').click();
      await page.waitForFunction((n) => performance.getEntriesByName('stackheap:run').length >= n, i + 1);
    }
    console.log(`  ${id.padEnd(14)} ${fmt(median(await measures('stackheap:run')))}`);
  }

  // Stepping through the complex example, every statement, forwards and back.
  await page.locator('#examples-button').click();
  await page.locator('[data-example="complex"]').click();
  await page.locator('#status[data-tone="ok"]').waitFor();
  await page.evaluate(() => document.activeElement?.blur());
  await clear();
  for (let i = 0; i < 23; i++) await page.keyboard.press('ArrowRight');
  for (let i = 0; i < 23; i++) await page.keyboard.press('ArrowLeft');
  const steps = await measures('stackheap:step');
  console.log(`\nstep render, complex example (${steps.length} steps): median ${fmt(median(steps))}, max ${fmt(Math.max(...steps))}`);

  // The same through the Vec and iterator examples (boxes, spare capacity, std frames shown).
  for (const [id, std] of [['vec-growth', false], ['iterators', true]]) {
    await page.locator('#examples-button').click();
    await page.locator(`[data-example="${id}"]`).click();
    await page.locator('#status[data-tone="ok"]').waitFor();
    await page.locator('#show-std').setChecked(std);
    await page.evaluate(() => document.activeElement?.blur());
    const n = Number(await page.locator('#slider').getAttribute('max'));
    await clear();
    for (let i = 0; i < n; i++) await page.keyboard.press('ArrowRight');
    for (let i = 0; i < n; i++) await page.keyboard.press('ArrowLeft');
    const typed = await measures('stackheap:step');
    console.log(`step render, ${id}${std ? ' (std frames shown)' : ''} (${typed.length} steps): median ${fmt(median(typed))}, max ${fmt(Math.max(...typed))}`);
  }
  await page.locator('#show-std').setChecked(false);

  // A long trace: an endless loop cut by the default budget (100,000 steps).
  await page.locator('#examples-button').click();
  await clear();
  await page.locator('[data-example="endless"]').click();
  await page.locator('#status[data-tone="warn"]').waitFor();
  const longRun = await measures('stackheap:run');
  const count = await page.locator('#slider').getAttribute('max');
  await clear();
  await page.evaluate(() => document.activeElement?.blur());
  for (let i = 0; i < 20; i++) await page.keyboard.press('ArrowRight');
  await page.keyboard.press('End');
  const longSteps = await measures('stackheap:step');
  console.log(`endless loop, 100,000-step budget (${Number(count) + 1} steps): first diagram ${fmt(longRun[0])}, step render median ${fmt(median(longSteps))}, max ${fmt(Math.max(...longSteps))}`);

  // A 9,990-deep recursion: any step, shown by dragging the slider there (nothing fetched ahead),
  // then stepping on from the deepest one.
  await page.locator('.cm-content').click();
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText(readFileSync(new URL('../bench/rebuild/deep-recursion.rs', import.meta.url), 'utf8'));
  await page.locator('#max-steps').fill('1000000');
  await page.locator('#stops').selectOption('all');
  await clear();
  await page.locator('#run').click();
  await page.locator('#status[data-tone="ok"]').waitFor({ timeout: 300_000 });
  const deepRun = await measures('stackheap:run');
  const deepLast = Number(await page.locator('#slider').getAttribute('max'));
  const slideTo = async (i) => {
    const before = (await measures('stackheap:step')).length;
    await page.locator('#slider').evaluate((slider, at) => {
      slider.value = String(at);
      slider.dispatchEvent(new Event('input'));
    }, i);
    await page.waitForFunction((n) => performance.getEntriesByName('stackheap:step').length > n, before);
  };
  await clear();
  for (let k = 1; k <= 20; k++) await slideTo(Math.floor((deepLast * k) / 21));
  const jumps = await measures('stackheap:step');
  await slideTo(deepLast >> 1);
  await clear();
  await page.evaluate(() => document.activeElement?.blur());
  for (let i = 0; i < 20; i++) {
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction((n) => performance.getEntriesByName('stackheap:step').length >= n, i + 1);
  }
  const deepSteps = await measures('stackheap:step');
  const deepest = await page.locator('.frame-run').first().getAttribute('data-count');
  console.log(
    `9,990-deep recursion (${deepLast + 1} steps, first diagram ${fmt(deepRun[0])}): any step (20 slider jumps) median ${fmt(median(jumps))}, max ${fmt(Math.max(...jumps))}; stepping at the deepest (collapsed run of ${deepest} calls) median ${fmt(median(deepSteps))}, max ${fmt(Math.max(...deepSteps))}`,
  );
} finally {
  await browser.close();
  await server.close();
}
console.log(`\ndist/web: ${(raw / 1024).toFixed(0)} KiB, gzipped ${(gz / 1024).toFixed(0)} KiB (${(gz / 1024 / 1024).toFixed(2)} MiB), .wasm included`);

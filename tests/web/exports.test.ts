import { compressToEncodedURIComponent } from 'lz-string';
import { readdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { traceHtml } from '../../src/render/html.js';
import { JsonTraceWriter } from '../../src/render/json.js';
import { TracePictures } from '../../src/render/pictures.js';
import type { Stop, StopInfo } from '../../src/trace/types.js';
import { buildSteps } from '../../src/views/steps.js';
import { stackheap } from '../helpers.js';
import { ARTIFACTS, browserMissing, servePage } from './browser.js';

/**
 * The exports in Debian's chromium: the page's Export SVG of every program of the Examples menu
 * in both models renders in the browser, as valid SVG, with the cells and arrows of the page's
 * own diagram (screenshots of both are kept as artifacts); Export PNG, Copy table as Markdown
 * and Copy embed code; the `#embed` mode; the `<stackheap-trace>` element from a JSON trace and
 * from Rust source, against a hostile program.
 */

const missing = browserMissing();
if (missing && process.env.CI) throw new Error(`browser tests cannot run in CI: ${missing}`);

const EXAMPLES = [...readdirSync('examples').map((f) => `examples/${f}`), ...readdirSync('web/src/examples').map((f) => `web/src/examples/${f}`)].filter((f) => f.endsWith('.rs') && !f.endsWith('endless.rs')).sort();

function fragment(source: string, model: 'book' | 'real', step: number, embed = false): string {
  return `#${embed ? 'embed:' : ''}v1=${compressToEncodedURIComponent(JSON.stringify([source, 100_000, 'all', step, model, false]))}`;
}

/** What a diagram draws, in the page (`#diagram-host`) or in an SVG: its cells and its arrows. */
async function drawn(page: Page, root: string): Promise<{ cells: string[]; arrows: string[] }> {
  return page.evaluate((selector) => {
    const host = document.querySelector(selector)!;
    const cells = [...new Set([...host.querySelectorAll('[data-addr]')].map((e) => e.getAttribute('data-addr')!))].sort();
    const arrows = [...host.querySelectorAll('path[data-from][data-to]')].map((p) => `${p.getAttribute('data-from')}→${p.getAttribute('data-to')}`).sort();
    return { cells, arrows };
  }, root);
}

describe.skipIf(missing !== null)('the exports in the browser', () => {
  const harness = servePage();

  async function openProgram(source: string, model: 'book' | 'real', step: number, embed = false): Promise<{ page: Page; errors: string[] }> {
    const opened = await harness.open(fragment(source, model, step, embed));
    await opened.page.locator('#status[data-tone="ok"], #status[data-tone="warn"], #status[data-tone="error"]').waitFor({ timeout: 20_000 });
    await expect.poll(() => opened.page.locator('#memory').getAttribute('data-step')).toBe(String(step));
    return opened;
  }

  for (const model of ['book', 'real'] as const) {
    it(`Export SVG draws what the page draws, for every example, in the ${model} model`, async () => {
      for (const path of EXAMPLES) {
        const source = readFileSync(path, 'utf8');
        const name = path.split('/').pop()!.replace(/\.rs$/, '');
        // The last step (everything the program built), and for the seed's programs one in the middle.
        const count = new TracePictures((await stackheap()).record({ path: 'src/main.rs', text: source }, { at: 'all', model }), 100_000).steps.length;
        for (const step of path.startsWith('examples/') ? [Math.floor(count / 2), count - 1] : [count - 1]) {
          const { page, errors } = await openProgram(source, model, step);
          const pageDiagram = await drawn(page, '#diagram-host');
          const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#export-svg').click()]);
          expect(download.suggestedFilename()).toBe(`stackheap-step-${String(step + 1).padStart(2, '0')}.svg`);
          const svg = readFileSync((await download.path())!, 'utf8');
          if (step === count - 1) await page.locator('#diagram-host').screenshot({ path: `${ARTIFACTS}export-${name}-${model}-page.png` });
          // Chromium's own XML parser takes it whole, and draws it.
          const parsed = await page.evaluate((text) => {
            const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
            if (doc.querySelector('parsererror')) return 'parsererror';
            const host = document.createElement('div');
            host.id = 'svg-host';
            host.append(document.importNode(doc.documentElement, true));
            document.body.replaceChildren(host);
            const box = host.querySelector('svg')!.getBoundingClientRect();
            return `${box.width > 100 && box.height > 50}`;
          }, svg);
          expect(parsed, `${path} step ${step}`).toBe('true');
          expect(await drawn(page, '#svg-host'), `${path}, ${model}, step ${step}`).toEqual(pageDiagram);
          if (step === count - 1) await page.locator('#svg-host svg').screenshot({ path: `${ARTIFACTS}export-${name}-${model}-svg.png` });
          expect(errors).toEqual([]);
          await page.close();
        }
      }
    }, 600_000);
  }

  it('exports a PNG, copies the table as Markdown and the embed code', async () => {
    const source = readFileSync('examples/complex.rs', 'utf8');
    const { page, errors } = await openProgram(source, 'book', 5);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#export-png').click()]);
    expect(download.suggestedFilename()).toBe('stackheap-step-06.png');
    const png = readFileSync((await download.path())!);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    // Drawn at twice the SVG's width.
    const width = png.readUInt32BE(16);
    await page.locator('#copy-markdown').click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toMatch(/^\*\*Step 6\.\*\* .+\n\n\| Address \| Name \| Value \|\n\| --- \| --- \| --- \|\n/);
    const markdown = await page.evaluate(() => navigator.clipboard.readText());
    // The table's rows are the page's Table tab's.
    await page.locator('#tab-table').click();
    const rows = await page.locator('.book-table tbody tr').count();
    expect(markdown.trimEnd().split('\n').length).toBe(4 + rows);
    await page.locator('#copy-embed').click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toMatch(/^<iframe src="http:\/\/127\.0\.0\.1:\d+\/#embed:v1=[^"]+" title="stackheap: Rust memory, step by step" width="100%" height="560" style="border:0" loading="lazy"><\/iframe>$/);
    const embed = await page.evaluate(() => navigator.clipboard.readText());
    expect(errors).toEqual([]);
    await page.close();

    // The embed code's page: the diagram and the stepper at the same step, no editor.
    const url = /src="([^"]+)"/.exec(embed)![1]!.replace(/&amp;/g, '&');
    const opened = await harness.open(url.slice(url.indexOf('#')));
    const framed = opened.page;
    await framed.locator('#status[data-tone="ok"]').waitFor({ timeout: 20_000 });
    await expect.poll(() => framed.locator('#memory').getAttribute('data-step')).toBe('5');
    expect(await framed.locator('.pane.source').isVisible()).toBe(false);
    expect(await framed.locator('.topbar').isVisible()).toBe(false);
    expect(await framed.locator('#diagram-host .diagram').isVisible()).toBe(true);
    await framed.locator('#next').click();
    await expect.poll(() => framed.locator('#memory').getAttribute('data-step')).toBe('6');
    // Its own links keep it an embed.
    expect(await framed.evaluate(() => location.hash.startsWith('#embed:v1='))).toBe(true);
    await framed.setViewportSize({ width: 760, height: 560 });
    await framed.screenshot({ path: `${ARTIFACTS}embed-mode.png` });
    expect(width).toBeGreaterThan(400);
    expect(opened.errors).toEqual([]);
    await framed.close();
  }, 120_000);

  it('the HTML export is a stepper that needs nothing else: ← →, the slider, the table tab', async () => {
    const source = readFileSync('examples/complex.rs', 'utf8');
    const pictures = new TracePictures((await stackheap()).record({ path: 'examples/complex.rs', text: source }, { at: 'calls' }));
    const html = traceHtml(pictures, 'examples/complex.rs', source);
    const { page, errors } = await harness.open('#');
    await page.locator('#status[data-tone="ok"]').waitFor({ timeout: 20_000 });
    const requests: string[] = [];
    await page.route('**/trace.html', (route) => route.fulfill({ contentType: 'text/html', body: html }));
    await page.goto(new URL('trace.html', page.url()).href);
    page.on('request', (request) => requests.push(request.url()));
    const stepper = page.locator('.stackheap-stepper');
    await expect.poll(() => stepper.getAttribute('data-step')).toBe('0');
    expect(await stepper.locator('.sh-counter').textContent()).toBe(`1 / ${pictures.steps.length}`);
    expect(await stepper.locator('.sh-source .sh-here').textContent()).toBe(source.split('\n')[pictures.steps[0]!.line - 1]);
    await stepper.locator('.sh-next').click();
    await expect.poll(() => stepper.getAttribute('data-step')).toBe('1');
    await stepper.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => stepper.getAttribute('data-step')).toBe('2');
    expect(await stepper.locator('.sh-view .sh-now').textContent()).toBe(pictures.steps[2]!.caption);
    await stepper.locator('.sh-slider').fill('8');
    await expect.poll(() => stepper.getAttribute('data-step')).toBe('8');
    expect(await stepper.locator('.sh-view svg.stackheap-diagram').isVisible()).toBe(true);
    await stepper.locator('button[data-tab="table"]').click();
    expect(await stepper.locator('.sh-view table.sh-table').isVisible()).toBe(true);
    expect(await stepper.locator('.sh-view svg.stackheap-diagram').isVisible()).toBe(false);
    await page.screenshot({ path: `${ARTIFACTS}export-html.png`, fullPage: true });
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it('<stackheap-trace> draws the JSON trace of every example, in both models', async () => {
    const elements: string[] = [];
    const counts: number[] = [];
    for (const model of ['book', 'real'] as const) {
      for (const path of EXAMPLES) {
        let json = '';
        const writer = new JsonTraceWriter((text) => (json += text));
        const stops: StopInfo[] = [];
        const onStop = (stop: Stop): void => {
          writer.stop(stop);
          const { snapshot, ...info } = stop;
          stops.push({ ...info, depth: snapshot.frames.length });
        };
        const trace = (await stackheap()).trace({ path, text: readFileSync(path, 'utf8') }, { at: 'calls', model, onStop });
        writer.finish(trace);
        counts.push(buildSteps({ ...trace, stops }, 'all').length);
        elements.push(`<stackheap-trace data-path="${path}" data-model="${model}"><script type="application/json">${json}</script></stackheap-trace>`);
      }
    }
    const html = `<!doctype html><html><head><meta charset="utf-8"><link rel="stylesheet" href="stackheap-trace.css"><script type="module" src="stackheap-trace.js"></script></head><body>${elements.join('\n')}</body></html>`;
    const { page, errors } = await harness.open('#');
    await page.locator('#status[data-tone="ok"]').waitFor({ timeout: 20_000 });
    await page.route('**/embed-all.html', (route) => route.fulfill({ contentType: 'text/html', body: html }));
    await page.goto(new URL('embed-all.html', page.url()).href);
    await expect.poll(() => page.locator('stackheap-trace[data-state="ready"]').count(), { timeout: 20_000 }).toBe(elements.length);
    const shown = await page.locator('stackheap-trace').evaluateAll((all) => all.map((e) => [e.querySelector('.sh-counter')!.textContent, e.querySelector('svg')?.getAttribute('data-model')]));
    shown.forEach(([counter, model], k) => {
      expect(counter).toBe(`1 / ${counts[k]}`);
      expect(model).toBe(k < EXAMPLES.length ? 'book' : 'real');
    });
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it('<stackheap-trace> draws a JSON trace and runs Rust source, and a hostile program stays text', async () => {
    const hostile = 'fn main() {\n    let s = String::from("</script><script>window.pwned = 1</script>]]></svg>{{#include x}}");\n    println!("{}", s);\n}\n';
    let json = '';
    const writer = new JsonTraceWriter((text) => (json += text));
    const trace = (await stackheap()).trace({ path: 'hostile.rs', text: hostile }, { at: 'statements', onStop: (stop) => writer.stop(stop) });
    writer.finish(trace);
    expect(json).not.toContain('</script>');
    const complex = readFileSync('examples/complex.rs', 'utf8');
    const html = [
      '<!doctype html><html><head><meta charset="utf-8"><link rel="stylesheet" href="stackheap-trace.css"><script type="module" src="stackheap-trace.js"></script></head><body>',
      `<stackheap-trace id="from-json"><script type="application/json">${json}</script></stackheap-trace>`,
      `<stackheap-trace id="from-rust" model="real" stops="calls"><script type="text/rust">${complex}</script></stackheap-trace>`,
      '</body></html>',
    ].join('\n');
    const { page, errors } = await harness.open('#');
    // The page's own run first, so that leaving it aborts no load of its worker.
    await page.locator('#status[data-tone="ok"]').waitFor({ timeout: 20_000 });
    await page.route('**/embed-test.html', (route) => route.fulfill({ contentType: 'text/html', body: html }));
    await page.goto(new URL('embed-test.html', page.url()).href);
    const fromJson = page.locator('#from-json');
    await expect.poll(() => fromJson.getAttribute('data-state')).toBe('ready');
    expect(await page.evaluate(() => (window as { pwned?: number }).pwned)).toBeUndefined();
    expect(await page.locator('script').count()).toBe(3);
    await fromJson.locator('.sh-next').click();
    await expect.poll(() => fromJson.getAttribute('data-step')).toBe('1');
    expect(await fromJson.locator('svg.stackheap-diagram').count()).toBe(1);
    expect(await fromJson.locator('.sh-view').textContent()).toContain('{{#include x}}');
    // ← and → step while focus is inside the element.
    await fromJson.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => fromJson.getAttribute('data-step')).toBe('2');
    await fromJson.locator('button[role="tab"]', { hasText: 'Table' }).click();
    await expect.poll(() => fromJson.locator('table.sh-table').count()).toBe(1);
    expect(await page.evaluate(() => (window as { pwned?: number }).pwned)).toBeUndefined();

    const fromRust = page.locator('#from-rust');
    await expect.poll(() => fromRust.getAttribute('data-state'), { timeout: 20_000 }).toBe('ready');
    expect(await fromRust.locator('.sh-counter').textContent()).toBe('1 / 10');
    expect(await fromRust.locator('svg').getAttribute('data-model')).toBe('real');
    await fromRust.locator('.sh-slider').fill('9');
    await expect.poll(() => fromRust.getAttribute('data-step')).toBe('9');
    await page.screenshot({ path: `${ARTIFACTS}embed-element.png`, fullPage: true });
    expect(errors.join('\n')).toBe('');
    await page.close();
  }, 120_000);
});

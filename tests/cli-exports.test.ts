import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bookInput, contents } from './mdbook/book.js';
import { all, parseXml } from './xml.js';

// The exports and the mdBook preprocessor end to end through the built bin (npm test builds first).
// Run asynchronously: a test of several runs must not hold the test worker's event loop.
function cli(args: readonly string[], input?: string): Promise<{ stdout: string; stderr: string; status: number | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/stackheap.js', ...args], { timeout: 120_000 });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ stdout, stderr, status }));
    child.stdin.end(input ?? '');
  });
}

const tempDir = () => mkdtempSync(join(tmpdir(), 'stackheap-exports-'));

describe('trace --format svg', () => {
  it('writes one SVG per stop into --out DIR as NAME-NN.svg, and one stop to stdout', async () => {
    const dir = tempDir();
    const r = await cli(['trace', 'examples/complex.rs', '--format', 'svg', '--out', dir]);
    expect(r.status).toBe(0);
    const files = readdirSync(dir).sort();
    expect(files).toEqual(Array.from({ length: 9 }, (_, k) => `complex-${String(k + 1).padStart(2, '0')}.svg`));
    expect(r.stdout.trim().split('\n')).toEqual(files.map((f) => join(dir, f)));
    const single = await cli(['trace', 'examples/complex.rs', '--format', 'svg', '--stop', '3']);
    expect(single.status).toBe(0);
    expect(single.stdout).toBe(readFileSync(join(dir, 'complex-03.svg'), 'utf8'));
    const doc = parseXml(single.stdout);
    expect(doc.documentElement!.getAttribute('aria-label')).toBe('memory diagram: baz() returns');
  });

  it('chooses the stops on a line, in the real model', async () => {
    const dir = tempDir();
    const r = await cli(['trace', 'examples/box.rs', '--format', 'svg', '--model', 'real', '--at', 'statements', '--line', '3', '--out', dir]);
    expect(r.status).toBe(0);
    const files = readdirSync(dir);
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      const doc = parseXml(readFileSync(join(dir, f), 'utf8'));
      expect(doc.documentElement!.getAttribute('data-model')).toBe('real');
      expect(all(doc, 'title')[0]!.textContent).toMatch(/^line 3: /);
    }
  });

  it('says why when the choice picks nothing or several stops have nowhere to go', async () => {
    const past = await cli(['trace', 'examples/complex.rs', '--format', 'svg', '--stop', '99']);
    expect(past.status).toBe(2);
    expect(past.stderr).toBe('error: there are 9 stops: `--stop 99` is past the last\n');
    const line = await cli(['trace', 'examples/complex.rs', '--format', 'svg', '--line', '1']);
    expect(line.status).toBe(2);
    expect(line.stderr).toMatch(/^error: no stop is on line 1 \(stops are on lines \d+(, \d+)*\)\n$/);
    const several = await cli(['trace', 'examples/complex.rs', '--format', 'svg']);
    expect(several.status).toBe(2);
    expect(several.stdout).toBe('');
    expect(several.stderr).toContain('--out DIR');
    const text = await cli(['trace', 'examples/complex.rs', '--stop', '2']);
    expect(text.status).toBe(2);
    expect(text.stderr).toMatch(/^error: `--stop` needs `--format svg`, `markdown` or `html`/);
  });

  it('reports a program rustc rejects as trace does, and writes nothing', async () => {
    const dir = tempDir();
    const path = join(dir, 'bad.rs');
    writeFileSync(path, 'fn main() {\n    let x: i32 = "no";\n}\n');
    const r = await cli(['trace', path, '--format', 'svg', '--out', dir]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^error\[E0308\]: mismatched types\n/);
    expect(readdirSync(dir)).toEqual(['bad.rs']);
  });
});

describe('trace --format markdown and html', () => {
  it('writes the seed’s tables as Markdown, with captions', async () => {
    const r = await cli(['trace', 'examples/complex.rs', '--format', 'markdown']);
    expect(r.status).toBe(0);
    expect(r.stdout.match(/^\| Address \| Name \| Value \|$/gm)).toHaveLength(9);
    expect(r.stdout).toMatch(/^\*\*Step 1\.\*\* main\(\) calls foo\(\)\n\n\| Address \| Name \| Value \|\n\| --- \| --- \| --- \|\n/);
    expect(r.stdout).toContain('| (2\\^30) - 2 |  | 5 |');
  });

  it('writes one self-contained page with every step', async () => {
    const dir = tempDir();
    const r = await cli(['trace', 'examples/box.rs', '--format', 'html', '--at', 'statements', '--out', dir]);
    expect(r.status).toBe(0);
    const html = readFileSync(join(dir, 'box.html'), 'utf8');
    expect(html.startsWith('<!doctype html>')).toBe(true);
    // Nothing is loaded from anywhere: no src or href attribute, and a policy that forbids it.
    expect(html).not.toMatch(/\s(src|href)=/);
    expect(html).toContain(`content="default-src 'none';`);
    const steps = html.match(/<template data-step=/g)!.length;
    expect(steps).toBe((await cli(['trace', 'examples/box.rs', '--at', 'statements'])).stdout.match(/^Address/gm)!.length);
    expect(html.match(/<svg /g)).toHaveLength(steps);
  });
});

describe('stackheap mdbook', () => {
  it('answers mdBook’s supports call: html yes, anything else no', async () => {
    expect((await cli(['mdbook', 'supports', 'html'])).status).toBe(0);
    expect((await cli(['mdbook', 'supports', 'latex'])).status).toBe(1);
    expect((await cli(['mdbook', 'supports', 'markdown'])).status).toBe(1);
  });

  it('draws every snippet of a book on worker threads, and fails the build on a bad one', async () => {
    const program = (n: number) => `fn main() {\n    let v = vec![${n}, ${n + 1}];\n    let name = String::from("snippet-${n}");\n    println!("{:?} {}", v, name);\n}\n`;
    const block = (n: number, options = '') => `\`\`\`rust,stackheap${options}\n${program(n)}\`\`\`\n`;
    const chapters = [
      { name: 'One', path: 'one.md', content: `${block(1)}\n${block(2, ' model=real')}`, sub: [{ name: 'One.A', path: 'one/a.md', content: block(3, ' embed=stepper at=statements') }] },
      { name: 'Two', path: 'two.md', content: `${block(4, ' stop=1')}\n${block(5)}` },
    ];
    const r = await cli(['mdbook'], bookInput(chapters, 'sections'));
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const out = contents(r.stdout);
    expect(out.map((c) => c.name)).toEqual(['One', 'One.A', 'Two']);
    expect(out[0]!.content.match(/<div class="stackheap-diagrams">/g)).toHaveLength(2);
    expect(out[0]!.content).toContain('data-model="real"');
    expect(out[1]!.content).toContain('<div class="stackheap-stepper"');
    // stop=1 draws one stop; the last block, every stop, as the first chapter's first block does.
    const stops = out[0]!.content.match(/<svg /g)!.length / 2;
    expect(out[2]!.content.match(/<svg /g)).toHaveLength(1 + stops);
    // Each snippet's own values: the results came back in the book's order.
    for (const [n, chapter] of [[1, 0], [2, 0], [3, 1], [4, 2], [5, 2]] as const) expect(out[chapter]!.content).toContain(`&quot;snippet-${n}&quot;`);
    expect(out[0]!.content).not.toContain('&quot;snippet-3&quot;');

    const broken = [{ name: 'Broken', path: 'broken.md', content: `# Broken\n\n${block(1)}\n\`\`\`rust,stackheap\nfn main() {\n    let s = String::new();\n    let t = s;\n    println!("{}", s);\n}\n\`\`\`\n` }];
    const failed = await cli(['mdbook'], bookInput(broken, 'items'));
    expect(failed.status).toBe(1);
    expect(failed.stdout).toBe('');
    expect(failed.stderr).toMatch(/^error: stackheap could not draw the block at line 11 of chapter "Broken" \(broken\.md\):\nerror\[E0382\]: borrow of moved value: `s`\n --> src\/main\.rs:4:\d+\n/);
  });
});

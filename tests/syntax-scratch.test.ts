import { test } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadRustParser } from '../src/syntax/parser.js';
test('x', async () => {
  const p = await loadRustParser();
  const srcs = readFileSync('/tmp/ts/cases.txt', 'utf8').split('\n=====\n');
  for (const src of srcs) {
    try {
      const prog = p.parse({ path: 'main.rs', text: src });
      console.log('OK  ', JSON.stringify(src).slice(0, 70), process.env.FULL ? JSON.stringify(prog, (k, v) => (typeof v === 'bigint' ? v.toString() + 'n' : k === 'span' ? `${v.line}:${v.col}-${v.endLine}:${v.endCol}` : v)) : '');
    } catch (e: any) {
      console.log('DIAG', JSON.stringify(src).slice(0, 70), '=>', e.kind, '|', e.headline, '|', e.span?.line + ':' + e.span?.col, e.label ?? '');
    }
  }
});

import { test } from 'vitest';
import { loadRustParser } from '../src/syntax/parser.js';
test('perf', async () => {
  const p = await loadRustParser();
  const lines = ['fn main() {', '    let mut x = 1;'];
  for (let i = 0; i < 2000; i++) lines.push(`    println!("{} {}", x + ${i}, x * 2); x += 1;`);
  lines.push('}');
  const text = lines.join('\n');
  const t0 = performance.now();
  p.parse({ path: 'big.rs', text });
  console.log('chars', text.length, 'ms', performance.now() - t0);
}, 120000);

import { test } from 'vitest';
import { loadRustParser } from '../src/syntax/parser.js';
import { Diagnostic } from '../src/diagnostics/diagnostic.js';
const base = `fn main() {
    let mut x: i32 = 0x1f; // c
    'a: loop { if x > 3 { break 'a; } else { x += 1; } }
    println!("x = {x:>5} {} {:?} {{}}", x + 1, -x, );
    assert_eq!(x, 4, "bad {}", x);
    for i in 0..=3 { eprint!("{i}"); }
    while x < 10 { x = x * 2; }
    let y = &mut x; *y = (1 as u8) as i32;
}
`;
test('fuzz', async () => {
  const p = await loadRustParser();
  let seed = 12345;
  const rnd = () => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed / 0x7fffffff; };
  const alphabet = ' \n\t{}()[];,."\'\\!#/*=<>-+&|^%@$?:_aZ09éx😀\0\r';
  const counts: Record<string, number> = {};
  const t0 = Date.now();
  for (let n = 0; n < 3000; n++) {
    let src: string;
    if (n % 3 === 0) {
      src = Array.from({ length: Math.floor(rnd() * 40) }, () => String.fromCharCode(Math.floor(rnd() * 256))).join('');
    } else {
      const chars = [...base];
      const edits = 1 + Math.floor(rnd() * 4);
      for (let e = 0; e < edits; e++) {
        const at = Math.floor(rnd() * chars.length);
        const r = rnd();
        if (r < 0.4) chars.splice(at, 1);
        else if (r < 0.8) chars.splice(at, 0, alphabet[Math.floor(rnd() * alphabet.length)]!);
        else chars.splice(at, 1 + Math.floor(rnd() * 5));
      }
      src = chars.join('');
    }
    try {
      p.parse({ path: 'f.rs', text: src });
      counts.ok = (counts.ok ?? 0) + 1;
    } catch (e) {
      if (!(e instanceof Diagnostic)) { console.log('NON-DIAG', JSON.stringify(src), e); throw e; }
      if (e.headline.includes('internal error')) console.log('INTERNAL', JSON.stringify(src), e.headline);
      const s = e.span;
      if (!(s.line >= 1 && s.col >= 1 && s.start <= s.end && s.end <= src.length)) console.log('BADSPAN', JSON.stringify(src), e.headline, s);
      if (e.headline.startsWith("syntax error") && rnd() < 0.05) { const l = src.split("\n")[s.line - 1]; console.log("SAMPLE", e.headline, "\n   ", JSON.stringify(l), s.col); }
      const key = e.kind + ': ' + e.headline.replace(/`[^`]*`/g, '`_`');
      counts[key] = (counts[key] ?? 0) + 1;
    }
  }
  console.log(Date.now() - t0, 'ms');
  console.log(Object.entries(counts).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${v}\t${k}`).join('\n'));
}, 120000);

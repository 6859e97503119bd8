import { it } from 'vitest';
import { readFileSync } from 'node:fs';
import { stackheap } from './helpers.js';
it('dbg', async () => {
  const sh = await stackheap();
  const mir = sh.compile({ path: 'x.rs', text: readFileSync(process.env.F!, 'utf8') });
  const body = mir.body(mir.entry);
  const ser = (x: unknown) => JSON.stringify(x, (k, v) => (typeof v === 'bigint' ? `${v}n` : k === 'span' || k === 'def' ? undefined : v));
  body.locals.forEach((l, i) => console.log(i, l.name, l.kind, ser(l.ty).slice(0, 80)));
  body.blocks.forEach((b, i) => { console.log('bb' + i); b.statements.forEach((s) => console.log('  ', ser(s).slice(0, 300))); console.log('  T', ser(b.terminator).slice(0, 400)); });
});

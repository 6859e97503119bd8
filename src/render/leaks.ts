import type { LeakedBlock } from '../trace/types.js';
import { bookAddress } from '../memory/book.js';
import { hex } from '../memory/real.js';
import { maxOf } from '../util/arrays.js';

const CAUSES: Readonly<Record<LeakedBlock['cause'], string>> = {
  'Box::leak': "Box::leak: reachable from a 'static reference",
  'mem::forget': 'mem::forget: its owner was forgotten',
  'Rc cycle': 'Rc cycle: strong counts that never reached 0 keep it alive',
  unreachable: 'unreachable: no owner is left',
};

/** The blocks still allocated when the program ended, one per line (empty when none). */
export function renderLeaks(leaks: readonly LeakedBlock[], file: string, model: 'book' | 'real'): string {
  if (leaks.length === 0) return '';
  const bytes = leaks.reduce((sum, l) => sum + l.size, 0);
  const rows = leaks.map((l) => [model === 'real' ? hex(l.addr) : bookAddress(l.addr), `${l.size} B`, l.ty, `${file}:${l.span.line}:${l.span.col}`, CAUSES[l.cause]]);
  const widths = rows[0]!.map((_, i) => maxOf(rows.map((r) => r[i]!.length)));
  const lines = rows.map((r) => `  ${r.map((cell, i) => (i === 1 ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join('  ')}`.trimEnd());
  const blocks = leaks.length === 1 ? '1 heap block' : `${leaks.length} heap blocks`;
  return `leaked: ${blocks} (${bytes} B) still allocated when the program ended\n${lines.join('\n')}\n`;
}

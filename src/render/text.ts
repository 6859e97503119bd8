import type { Stop } from '../trace/types.js';
import { bookRows, type BookRow } from '../views/book.js';
import { maxOf } from '../util/arrays.js';

const HEADER: BookRow = { kind: 'gap', address: 'Address', name: 'Name', value: 'Value' };

/** A table in the seed's shape: aligned columns, no borders, a blank line after it. */
export function renderBookTable(rows: readonly BookRow[], caption?: string): string {
  const all = [HEADER, ...rows];
  const addressWidth = maxOf(all.map((r) => r.address.length));
  const nameWidth = maxOf(all.map((r) => r.name.length));
  const lines = all.map((r) => `${r.address.padEnd(addressWidth)}  ${r.name.padEnd(nameWidth)}  ${r.value}`.trimEnd());
  return `${caption ? `${caption}\n` : ''}${lines.join('\n')}\n\n`;
}

export function renderBookStop(stop: Stop): string {
  return renderBookTable(bookRows(stop.snapshot), stop.caption);
}

export function renderBookStops(stops: readonly Stop[]): string {
  return stops.map(renderBookStop).join('');
}

/**
 * The program's own output, shown between tables in text traces. Each line is marked so it
 * can't be mistaken for a table row; a line still being printed waits for its newline.
 */
export class ProgramOutputLines {
  private pending = '';

  add(text: string): void {
    this.pending += text;
  }

  /** Complete lines so far; with `all`, the unfinished last line too. */
  take(all = false): string {
    const end = all ? this.pending.length : this.pending.lastIndexOf('\n') + 1;
    if (end === 0) return '';
    const text = this.pending.slice(0, end);
    this.pending = this.pending.slice(end);
    return `${text.replace(/\n$/, '').split('\n').map((line) => `stdout| ${line}`).join('\n')}\n\n`;
  }
}

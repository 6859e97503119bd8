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

/**
 * A text trace's runs of alike stops, folded: consecutive stops with one caption whose stacks
 * are deeper than their snapshots' window (a deep recursion's calls, then its returns) print as
 * the first and the last of the run, with a line between counting the stops left out. Output
 * the program printed between two stops ends a run, so none of it is hidden. A 100,000-deep
 * recursion's trace is then a few tables, not 200,000 tables of 100,000 rows.
 */
export class StopFolder {
  private run: { readonly caption: string; folded: number; last: Stop | null } | null = null;

  constructor(private readonly render: (stop: Stop) => string) {}

  /** The text to print for `stop`, after `output` (the program's lines since the last stop). */
  next(stop: Stop, output: string): string {
    const foldable = stop.snapshot.elided !== undefined && output === '';
    if (foldable && this.run !== null && this.run.caption === stop.caption) {
      if (this.run.last !== null) this.run.folded++;
      this.run.last = stop;
      return '';
    }
    const text = this.end() + output + this.render(stop);
    this.run = foldable ? { caption: stop.caption, folded: 0, last: null } : null;
    return text;
  }

  /** What is left of the run in progress: its count of stops left out and its last stop. */
  end(): string {
    const run = this.run;
    this.run = null;
    if (run === null || run.last === null) return '';
    const stops = run.folded === 1 ? 'stop' : 'stops';
    const folded = run.folded > 0 ? `... (${run.folded.toLocaleString('en')} more ${stops} \`${run.caption}\` not shown) ...\n\n` : '';
    return folded + this.render(run.last);
  }
}

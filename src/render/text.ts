import type { Stop } from '../trace/types.js';
import { bookRows, type BookRow } from '../views/book.js';

const HEADER: BookRow = { kind: 'gap', address: 'Address', name: 'Name', value: 'Value' };

/** A table in the seed's shape: aligned columns, no borders, a blank line after it. */
export function renderBookTable(rows: readonly BookRow[], caption?: string): string {
  const all = [HEADER, ...rows];
  const addressWidth = Math.max(...all.map((r) => r.address.length));
  const nameWidth = Math.max(...all.map((r) => r.name.length));
  const lines = all.map((r) => `${r.address.padEnd(addressWidth)}  ${r.name.padEnd(nameWidth)}  ${r.value}`.trimEnd());
  return `${caption ? `${caption}\n` : ''}${lines.join('\n')}\n\n`;
}

export function renderBookStop(stop: Stop): string {
  return renderBookTable(bookRows(stop.snapshot), stop.caption);
}

export function renderBookStops(stops: readonly Stop[]): string {
  return stops.map(renderBookStop).join('');
}

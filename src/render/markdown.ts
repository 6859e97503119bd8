import type { Snapshot } from '../trace/types.js';
import { bookRows } from '../views/book.js';
import type { MemoryModel } from '../views/memory-view.js';
import { realSections } from '../views/real.js';

/**
 * Memory tables as Markdown (GitHub's and CommonMark's tables): the seed's `Address Name Value`
 * table in the book model, the real model's `Address Size Name Value` view in the real one,
 * each led by its caption. Cell text is escaped so a program's strings and names stay text in
 * any renderer: `|` cannot end a cell, `<`, `&`, `*`, `` ` `` and friends make no markup, and
 * `{{#include}}` is no mdBook directive.
 */

const BACKSLASHED = /[\\`*_[\]|!~$^#]/g;
const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '{': '&#123;', '}': '&#125;' };

export function markdownCell(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(BACKSLASHED, (ch) => `\\${ch}`)
    .replace(/[&<>{}]/g, (ch) => ENTITIES[ch]!);
}

function row(cells: readonly string[]): string {
  return `| ${cells.map((c) => markdownCell(c)).join(' | ')} |`;
}

/** One step's table, led by its caption (`**Step N.** caption`). */
export function markdownTable(snapshot: Snapshot, model: MemoryModel, caption: string, number?: number): string {
  const lead = `${number !== undefined ? `**Step ${number}.** ` : ''}${markdownCell(caption)}`;
  const lines = [lead, ''];
  if (model === 'real') {
    lines.push('| Address | Size | Name | Value |', '| --- | ---: | --- | --- |');
    for (const section of realSections(snapshot)) {
      lines.push(`| **${markdownCell(section.header)}** | | | |`);
      for (const line of section.lines) lines.push(row([line.address, line.size, line.name, line.value]));
    }
  } else {
    lines.push('| Address | Name | Value |', '| --- | --- | --- |');
    const rows = bookRows(snapshot);
    for (const r of rows) lines.push(row([r.address, r.name, r.value]));
    if (rows.length === 0) lines.push('| | *memory is empty* | |');
  }
  return `${lines.join('\n')}\n`;
}

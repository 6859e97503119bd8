/**
 * Items declared in a block are hoisted to the program's flat item tables under a hidden name
 * (`Point#block3`), unique to their block, which only the block's own paths use (see
 * `syntax/block-items.ts`). Everything a person sees (messages, `{:?}`, views) spells it as the
 * program does.
 */

const MARK = '#block';
const MARKED = /#block\d+/g;

/** The name an item of block number `block` is hoisted under. */
export function hiddenName(name: string, block: number): string {
  return `${name}${MARK}${block}`;
}

/** A name, or a text naming items, as the program spells them. */
export function shownName(text: string): string {
  return text.includes(MARK) ? text.replace(MARKED, '') : text;
}

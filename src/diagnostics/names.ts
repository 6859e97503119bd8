/**
 * Items declared in a block are hoisted to the program's flat item tables under a hidden name
 * (`Point#block3`), unique to their block, which only the block's own paths use (see
 * `syntax/block-items.ts`). Everything a person sees (messages, `{:?}`, views) spells it as the
 * program does.
 */

const MARK = '#block';
/** A local a macro's expansion declares (rustc's hygiene: `syntax/hygiene.ts`), `x#macro3`. */
export const HYGIENE_MARK = '#macro';
const MARKED = /#(?:block|macro)\d+/g;
const CONSTRUCTOR_MARK = '#ctor';

/** The name an item of block number `block` is hoisted under. */
export function hiddenName(name: string, block: number): string {
  return `${name}${MARK}${block}`;
}

/** The function a tuple struct's or tuple variant's constructor is when used as a value
 *  (`syntax/lower.ts` makes it; rustc names it as the type or the variant). */
export function constructorFnName(adt: string, variant: string | null): string {
  return `${variant === null ? adt : `${adt}::${variant}`}${CONSTRUCTOR_MARK}`;
}

/** Whether a function is one the lowering made of a constructor (not written by the program). */
export function isConstructorFnName(name: string): boolean {
  return name.endsWith(CONSTRUCTOR_MARK);
}

/** A name, or a text naming items, as the program spells them. */
export function shownName(text: string): string {
  const shown = text.includes(MARK) || text.includes(HYGIENE_MARK) ? text.replace(MARKED, '') : text;
  return shown.includes(CONSTRUCTOR_MARK) ? shown.replaceAll(CONSTRUCTOR_MARK, '') : shown;
}

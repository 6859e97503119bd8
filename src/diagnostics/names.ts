/**
 * Items declared in a block are hoisted to the program's flat item tables under a hidden name
 * (`Point#block3`), unique to their block, which only the block's own paths use (see
 * `syntax/block-items.ts`). Everything a person sees (messages, `{:?}`, views) spells it as the
 * program does.
 */

const MARK = '#block';
/** A local a macro's expansion declares (rustc's hygiene: `syntax/hygiene.ts`), `x#macro3`. */
export const HYGIENE_MARK = '#macro';
/** An item of a module whose name items of other modules have too (`syntax/modules.ts`):
 *  `f#mod:a:b` is module `a::b`'s `f`, `f#mod` the top level's. */
const MODULE_MARK = '#mod';
const MARKED = /#(?:block|macro)\d+|#mod(?::[\p{L}\p{N}_]+)*/gu;
const MODULE_MARKED = /^(.*)#mod((?::[\p{L}\p{N}_]+)*)$/u;
const CONSTRUCTOR_MARK = '#ctor';

/** The name an item of block number `block` is hoisted under. */
export function hiddenName(name: string, block: number): string {
  return `${name}${MARK}${block}`;
}

/** The name module `module` declares an item `name` under, when items of other modules have
 *  its name too. */
export function moduleItemName(name: string, module: readonly string[]): string {
  return `${name}${MODULE_MARK}${module.map((m) => `:${m}`).join('')}`;
}

/** A name as rustc's messages spell a type or item: an item of a module whose name items of
 *  other modules have too with its module's path (`a::Point`), any other as `shownName`. */
export function qualifiedShownName(text: string): string {
  const marked = MODULE_MARKED.exec(text);
  if (marked === null) return shownName(text);
  const module = marked[2]!.split(':').slice(1);
  return [...module, shownName(marked[1]!)].join('::');
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
  const shown = text.includes(MARK) || text.includes(HYGIENE_MARK) || text.includes(MODULE_MARK) ? text.replace(MARKED, '') : text;
  return shown.includes(CONSTRUCTOR_MARK) ? shown.replaceAll(CONSTRUCTOR_MARK, '') : shown;
}

/** The crate rustc makes of the file at `path` (its name in messages and `type_name`). */
export function crateName(path: string): string {
  const base = path.split(/[\\/]/).pop() ?? path;
  return base.replace(/\.rs$/, '').replace(/[^A-Za-z0-9_]/g, '_');
}

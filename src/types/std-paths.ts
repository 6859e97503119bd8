import { YIELDED_NAME_SUFFIX } from '../resolve/prelude.js';
import type { AdtDef } from './ty.js';

/** The std modules that hold the prelude's types, as std lays them out: `std::rc::Rc::new`
 *  and `std::cmp::Reverse(x)` name the prelude's `Rc` and `Reverse`. */
const STD_ITEM_MODULES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['rc', new Set(['Rc', 'Weak'])],
  ['sync', new Set(['Arc'])],
  ['collections', new Set(['HashMap', 'HashSet', 'BTreeMap', 'BTreeSet', 'VecDeque'])],
  ['collections::hash_map', new Set(['HashMap'])],
  ['collections::hash_set', new Set(['HashSet'])],
  ['collections::btree_map', new Set(['BTreeMap'])],
  ['collections::btree_set', new Set(['BTreeSet'])],
  ['collections::vec_deque', new Set(['VecDeque'])],
  ['cmp', new Set(['Ordering', 'Reverse'])],
  ['vec', new Set(['Vec'])],
  ['string', new Set(['String'])],
  ['option', new Set(['Option'])],
  ['result', new Set(['Result'])],
  ['borrow', new Set(['Cow'])],
  ['ops', new Set(['Range', 'RangeInclusive', 'RangeFrom', 'RangeTo', 'RangeToInclusive', 'RangeFull', 'Bound'])],
  ['fmt', new Set(['Formatter', 'Error'])],
  ['num', new Set(['ParseIntError', 'ParseFloatError', 'IntErrorKind'])],
  ['str', new Set(['ParseBoolError'])],
  ['char', new Set(['ParseCharError'])],
  ['cell', new Set(['Cell', 'RefCell', 'Ref', 'RefMut', 'BorrowError', 'BorrowMutError'])],
]);

const STD_ROOTS = new Set(['std', 'core', 'alloc']);

/** In a path through std's modules, the index of the segment that names a prelude type, or -1
 *  when the path names none (std items the prelude lacks stay refused). */
export function stdItemIndex(names: readonly string[]): number {
  if (!STD_ROOTS.has(names[0] ?? '')) return -1;
  for (let i = 2; i < names.length; i++) {
    if (STD_ITEM_MODULES.get(names.slice(1, i).join('::'))?.has(names[i]!)) return i;
  }
  return -1;
}

/** The prelude's type of this std name, also when a program's type took the name (the
 *  prelude's is then renamed, see `preludeSourceYielding`). */
export function stdAdtNamed(adts: ReadonlyMap<string, AdtDef>, name: string): AdtDef | undefined {
  const own = adts.get(name);
  return own?.std ? own : adts.get(`${name}${YIELDED_NAME_SUFFIX}`);
}


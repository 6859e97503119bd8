import { compileError, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Span } from '../diagnostics/span.js';
import { YIELDED_NAME_SUFFIX } from './prelude.js';
import { OPAQUE_STD_MODULES, STD_MODULE_ITEMS } from './std-items.js';

/**
 * std's module tree (`std-items.ts`, generated from rustc's documentation), which tells a path
 * into std that stackheap's prelude lacks (refused as unsupported) from one rustc cannot resolve
 * (rustc's error), and the std names a program's `use` items import.
 */

const STD_ROOTS = new Set(['std', 'core', 'alloc']);

/** The std modules that hold the prelude's types, as std lays them out: `std::rc::Rc::new`
 *  and `std::cmp::Reverse(x)` name the prelude's `Rc` and `Reverse`. */
const STD_ITEM_MODULES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['rc', new Set(['Rc', 'Weak'])],
  ['sync', new Set(['Arc', 'Mutex', 'MutexGuard', 'PoisonError', 'TryLockError', 'RwLock', 'RwLockReadGuard', 'RwLockWriteGuard', 'Condvar', 'Barrier', 'BarrierWaitResult', 'OnceLock'])],
  ['sync::mpsc', new Set(['Sender', 'SyncSender', 'Receiver', 'SendError', 'TrySendError', 'RecvError', 'TryRecvError'])],
  ['sync::atomic', new Set(['AtomicBool', 'AtomicI8', 'AtomicU8', 'AtomicI16', 'AtomicU16', 'AtomicI32', 'AtomicU32', 'AtomicI64', 'AtomicU64', 'AtomicIsize', 'AtomicUsize', 'Ordering'])],
  ['thread', new Set(['JoinHandle', 'Thread', 'ThreadId', 'Builder', 'Scope', 'ScopedJoinHandle'])],
  ['time', new Set(['Duration'])],
  ['collections', new Set(['HashMap', 'HashSet', 'BTreeMap', 'BTreeSet', 'VecDeque'])],
  ['collections::hash_map', new Set(['HashMap', 'Entry', 'OccupiedEntry', 'VacantEntry'])],
  ['collections::hash_set', new Set(['HashSet'])],
  ['collections::btree_map', new Set(['BTreeMap', 'Entry', 'OccupiedEntry', 'VacantEntry'])],
  ['collections::btree_set', new Set(['BTreeSet'])],
  ['collections::vec_deque', new Set(['VecDeque'])],
  ['cmp', new Set(['Ordering', 'Reverse'])],
  ['vec', new Set(['Vec'])],
  ['string', new Set(['String', 'FromUtf8Error'])],
  ['option', new Set(['Option'])],
  ['result', new Set(['Result'])],
  ['borrow', new Set(['Cow'])],
  ['ops', new Set(['Range', 'RangeInclusive', 'RangeFrom', 'RangeTo', 'RangeToInclusive', 'RangeFull', 'Bound'])],
  ['fmt', new Set(['Formatter', 'Error'])],
  ['num', new Set(['ParseIntError', 'ParseFloatError', 'IntErrorKind', 'FpCategory', 'TryFromIntError', 'Wrapping', 'Saturating', 'NonZero', 'NonZeroU8', 'NonZeroU16', 'NonZeroU32', 'NonZeroU64', 'NonZeroU128', 'NonZeroUsize', 'NonZeroI8', 'NonZeroI16', 'NonZeroI32', 'NonZeroI64', 'NonZeroI128', 'NonZeroIsize'])],
  ['convert', new Set(['Infallible'])],
  ['env', new Set(['Args'])],
  ['str', new Set(['ParseBoolError', 'Utf8Error'])],
  ['char', new Set(['ParseCharError', 'CharTryFromError', 'TryFromCharError'])],
  ['marker', new Set(['PhantomData'])],
  ['cell', new Set(['Cell', 'RefCell', 'Ref', 'RefMut', 'BorrowError', 'BorrowMutError'])],
]);

/** std types the prelude declares under another name, because another module's type has theirs
 *  (`cmp::Ordering`): by their path without `std::`. */
const STD_ITEM_RENAMED: ReadonlyMap<string, string> = new Map([
  ['sync::atomic::Ordering', 'AtomicOrdering'],
  ...['hash_map', 'btree_map'].flatMap((module) => {
    const prefix = module === 'hash_map' ? 'Hash' : 'BTree';
    return ['Entry', 'OccupiedEntry', 'VacantEntry'].map((name): [string, string] => [`collections::${module}::${name}`, `${prefix}${name}`]);
  }),
]);

/** The prelude's name of the type the std path `names` names at segment `index` (found by
 *  `stdItemIndex`). */
export function stdItemName(names: readonly string[], index: number): string {
  return STD_ITEM_RENAMED.get(names.slice(1, index + 1).join('::')) ?? names[index]!;
}

/** In a path through std's modules, the index of the segment that names a prelude type, or -1
 *  when the path names none (std items the prelude lacks stay refused). */
export function stdItemIndex(names: readonly string[]): number {
  if (!STD_ROOTS.has(names[0] ?? '')) return -1;
  for (let i = 2; i < names.length; i++) {
    if (STD_ITEM_MODULES.get(names.slice(1, i).join('::'))?.has(names[i]!)) return i;
  }
  return -1;
}

/** The path rustc spells a prelude type by (`std::cmp::Ordering`): its module's, the first that
 *  holds it; the bare name for one of no module listed. */
export function stdTypePath(name: string): string {
  for (const [module, names] of STD_ITEM_MODULES) {
    if (names.has(name) && !STD_ITEM_RENAMED.has(`${module}::${name}`)) return `std::${module}::${name}`;
  }
  return name;
}

/** The prelude's type of this std name, also when a program's type took the name (the
 *  prelude's is then renamed, see `preludeYielding`). */
export function stdAdtNamed<Def extends { readonly std: boolean }>(adts: ReadonlyMap<string, Def>, name: string): Def | undefined {
  const own = adts.get(name);
  return own?.std ? own : adts.get(`${name}${YIELDED_NAME_SUFFIX}`);
}

/** The traits of Rust's prelude (edition 2024): a program names them without a `use`. */
export const RUST_PRELUDE_TRAITS: ReadonlySet<string> = new Set([
  'Copy', 'Send', 'Sized', 'Sync', 'Unpin', 'Drop', 'Fn', 'FnMut', 'FnOnce', 'AsyncFn', 'AsyncFnMut', 'AsyncFnOnce',
  'ToOwned', 'Clone', 'PartialEq', 'PartialOrd', 'Eq', 'Ord', 'AsRef', 'AsMut', 'Into', 'From', 'Default', 'Iterator',
  'Extend', 'IntoIterator', 'DoubleEndedIterator', 'ExactSizeIterator', 'ToString', 'TryFrom', 'TryInto', 'FromIterator',
  'Future', 'IntoFuture',
]);

export function isStdRoot(name: string | undefined): boolean {
  return name !== undefined && STD_ROOTS.has(name);
}

/** What a path into std (`std::`, `core::` or `alloc::` and what follows) names, by std's own
 *  module tree (`std-items.ts`). */
export type StdPathName =
  /** Segments up to `index` name an item of std (or a module, when `index` is the last segment
   *  and `module` is true); the rest are its associated items. */
  | { readonly kind: 'item'; readonly index: number; readonly module: boolean }
  /** Segment `index` names nothing in the module the segments before it name. */
  | { readonly kind: 'missing'; readonly index: number; readonly module: string };

const moduleItems = new Map(Object.entries(STD_MODULE_ITEMS).map(([m, names]) => [m, new Set(names.split(' '))]));

/** What the std path `names` (starting at its `std`, `core` or `alloc`) names. core's and alloc's
 *  modules are std's as far as their names go, so a name std lacks there counts as an item. */
export function stdPathName(names: readonly string[]): StdPathName {
  let module = '';
  for (let i = 1; i < names.length; i++) {
    const name = names[i]!;
    if (i === 1 && OPAQUE_STD_MODULES.has(name)) return { kind: 'item', index: i, module: true };
    const inner = module === '' ? name : `${module}::${name}`;
    if (moduleItems.has(inner)) {
      module = inner;
      continue;
    }
    if (moduleItems.get(module)?.has(name) || names[0] !== 'std') return { kind: 'item', index: i, module: false };
    return { kind: 'missing', index: i, module };
  }
  return { kind: 'item', index: names.length - 1, module: true };
}

/** Where a path stands: what rustc says it looked for when the path's last segment names nothing. */
export type PathRole = 'value' | 'called' | 'type' | 'trait';

/** What rustc says it looked for when a call's callee names nothing. */
export function calledWhat(name: string): string {
  return /^[A-Z]/.test(name) ? 'function, tuple struct or tuple variant' : 'function';
}

/**
 * rustc's error for a path into std that names nothing. `written` is the path as the program
 * wrote it; `full` is the same path from `std` on (a name the program imported from std
 * expanded), whose segment `missing.index` std lacks.
 */
export function unresolvedStdPath(written: readonly { readonly name: string; readonly span: Span }[], full: readonly string[], missing: { readonly index: number }, role: PathRole): Diagnostic {
  const at = Math.max(0, missing.index - (full.length - written.length));
  const seg = written[at]!;
  const before = written.slice(0, at).map((s) => s.name);
  if (missing.index < full.length - 1) {
    const owner = before[before.length - 1] ?? full[missing.index - 1]!;
    return compileError('E0433', `cannot find \`${seg.name}\` in \`${owner}\``, seg.span, `could not find \`${seg.name}\` in \`${owner}\``);
  }
  const what = role === 'called' ? calledWhat(seg.name) : role;
  const where = before.length === 1 && isStdRoot(before[0]) ? `crate \`${before[0]}\`` : `module \`${before.join('::')}\``;
  return compileError(role === 'trait' ? 'E0405' : 'E0425', `cannot find ${what} \`${seg.name}\` in ${where}`, seg.span);
}

/** rustc's error for `use std::...` naming what std lacks; `span` is the `use` tree's leaf, which
 *  spells the path's last segments. */
export function unresolvedStdImport(full: readonly string[], missing: { readonly index: number; readonly module: string }, span: Span): Diagnostic {
  const name = full[missing.index]!;
  if (missing.index < full.length - 1) {
    return compileError('E0432', `unresolved import \`${full.slice(0, missing.index + 1).join('::')}\``, segmentSpan(full, missing.index, span), `could not find \`${name}\` in \`${full[missing.index - 1]}\``);
  }
  return compileError('E0432', `unresolved import \`${full.join('::')}\``, span, `no \`${name}\` in ${missing.module === '' ? 'the root' : `\`${missing.module}\``}`);
}

/** The span of segment `index` of a `use` path, when the leaf's span (`a::b` of
 *  `use std::{a::b}`) spells it as written without spaces; else the leaf's. */
function segmentSpan(segments: readonly string[], index: number, leaf: Span): Span {
  const n = segments.length;
  let first = -1;
  for (let k = n; k >= 1 && first < 0; k--) if (segments.slice(n - k).join('::').length === leaf.end - leaf.start) first = n - k;
  if (first < 0 || index < first || leaf.line !== leaf.endLine) return leaf;
  const offset = index > first ? segments.slice(first, index).join('::').length + 2 : 0;
  const length = segments[index]!.length;
  return { start: leaf.start + offset, end: leaf.start + offset + length, line: leaf.line, col: leaf.col + offset, endLine: leaf.line, endCol: leaf.col + offset + length };
}

/** The std names a program's `use` items import, each with the std path it stands for. */
export class StdImports {
  private readonly paths = new Map<string, readonly string[]>();
  private readonly globs: (readonly string[])[] = [];

  add(name: string, path: readonly string[]): void {
    this.paths.set(name, path);
  }

  /** `use std::collections::*`: the module's path. */
  addGlob(module: readonly string[]): void {
    this.globs.push(module);
  }

  /** Whether the program may name `name` (a std item or module) without a path. A glob import
   *  lets it name any. */
  has(name: string): boolean {
    return this.paths.has(name) || this.globs.length > 0;
  }

  /** The std path `name` stands for, imported by name or by a glob of a module that has it. */
  pathOf(name: string): readonly string[] | undefined {
    const named = this.paths.get(name);
    if (named) return named;
    for (const module of this.globs) {
      const path = [...module, name];
      const found = stdPathName(path);
      if (found.kind === 'item' && found.index === path.length - 1) return path;
    }
    return undefined;
  }
}

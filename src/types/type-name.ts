import { adtName, type AdtDef, type Ty } from './ty.js';

/**
 * `std::any::type_name::<T>()` as rustc's binary prints it (and `PhantomData<T>`'s Debug, which
 * prints it): every named type by its full path, a program's from its crate (`demo::Point`,
 * `demo::shapes::Circle`), std's from the crate and module that define it
 * (`alloc::vec::Vec<alloc::string::String>`), references without their lifetimes, an ADT's
 * lifetime parameters as `'_`.
 */

/** Where std defines the prelude's types, as rustc 1.95's `type_name` spells them. */
const STD_TYPE_PATHS: ReadonlyMap<string, string> = new Map([
  ['Option', 'core::option::Option'],
  ['Result', 'core::result::Result'],
  ['Vec', 'alloc::vec::Vec'],
  ['String', 'alloc::string::String'],
  ['HashMap', 'std::collections::hash::map::HashMap'],
  ['HashSet', 'std::collections::hash::set::HashSet'],
  ['BTreeMap', 'alloc::collections::btree::map::BTreeMap'],
  ['BTreeSet', 'alloc::collections::btree::set::BTreeSet'],
  ['VecDeque', 'alloc::collections::vec_deque::VecDeque'],
  ['Rc', 'alloc::rc::Rc'],
  ['Weak', 'alloc::rc::Weak'],
  ['Arc', 'alloc::sync::Arc'],
  ['Mutex', 'std::sync::poison::mutex::Mutex'],
  ['Cell', 'core::cell::Cell'],
  ['RefCell', 'core::cell::RefCell'],
  ['Cow', 'alloc::borrow::Cow'],
  ['Ordering', 'core::cmp::Ordering'],
  ['Reverse', 'core::cmp::Reverse'],
  ['Range', 'core::ops::range::Range'],
  ['RangeInclusive', 'core::ops::range::RangeInclusive'],
  ['Duration', 'core::time::Duration'],
  ['ParseIntError', 'core::num::error::ParseIntError'],
  ['std::fmt::Error', 'core::fmt::Error'],
  ['Wrapping', 'core::num::wrapping::Wrapping'],
  ['Saturating', 'core::num::saturating::Saturating'],
  ['NonZero', 'core::num::nonzero::NonZero'],
  ['PhantomData', 'core::marker::PhantomData'],
]);

/** An item declared in a block (`Point#block3`): rustc names it by the enclosing function's
 *  path, which the hoisted item no longer knows. */
const BLOCK_ITEM = /#block\d+/u;

function adtPath(def: AdtDef, crate: string): string | null {
  if (def.std) return STD_TYPE_PATHS.get(adtName(def)) ?? null;
  if (BLOCK_ITEM.test(def.name)) return null;
  const module = def.item?.module ?? [];
  return [crate, ...module, adtName(def).split('::').pop()!].join('::');
}

/** `type_name::<ty>()` for the program of crate `crate`, or null for a type whose name stackheap
 *  cannot spell as rustc does (closures, functions, trait objects, std types not listed). */
export function typeName(ty: Ty, crate: string): string | null {
  const name = (t: Ty): string | null => typeName(t, crate);
  const all = (ts: readonly Ty[]): string[] | null => {
    const names = ts.map(name);
    return names.every((n) => n !== null) ? (names as string[]) : null;
  };
  switch (ty.k) {
    case 'int':
      return ty.int;
    case 'float':
      return ty.float;
    case 'bool':
    case 'char':
    case 'str':
      return ty.k;
    case 'never':
      return '!';
    case 'tuple': {
      const elems = all(ty.elems);
      if (elems === null) return null;
      return elems.length === 1 ? `(${elems[0]},)` : `(${elems.join(', ')})`;
    }
    case 'array': {
      const elem = name(ty.elem);
      return elem === null || typeof ty.len !== 'number' ? null : `[${elem}; ${ty.len}]`;
    }
    case 'slice': {
      const elem = name(ty.elem);
      return elem === null ? null : `[${elem}]`;
    }
    case 'ref': {
      const inner = name(ty.inner);
      return inner === null ? null : `&${ty.mutable ? 'mut ' : ''}${inner}`;
    }
    case 'ptr': {
      const inner = name(ty.inner);
      return inner === null ? null : `*${ty.mutable ? 'mut' : 'const'} ${inner}`;
    }
    case 'box': {
      const inner = name(ty.inner);
      return inner === null ? null : `alloc::boxed::Box<${inner}>`;
    }
    case 'fnPtr': {
      const params = all(ty.params);
      const ret = name(ty.ret);
      if (params === null || ret === null) return null;
      return `fn(${params.join(', ')})${ret === '()' ? '' : ` -> ${ret}`}`;
    }
    case 'adt': {
      const path = adtPath(ty.def, crate);
      const args = all(ty.args);
      if (path === null || args === null) return null;
      const shown = [...Array.from({ length: ty.def.item?.lifetimeParams ?? 0 }, () => "'_"), ...args];
      return shown.length > 0 ? `${path}<${shown.join(', ')}>` : path;
    }
    default:
      return null;
  }
}

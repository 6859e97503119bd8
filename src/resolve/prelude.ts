/**
 * stackheap's std prelude: Rust source in the repository's std/ folder (std-source.ts), compiled
 * with every program, and what the rest of stackheap knows about it by name.
 */
import { mapItem } from '../syntax/ast-artifact.js';
import type { Program } from '../syntax/ast.js';

export const PRELUDE_PATH = '<std>';

/** The suffix of a prelude type renamed out of the way of a program's type of the same name. */
export const YIELDED_NAME_SUFFIX = '__std';

/** std types stackheap's own code finds by name (mir, types, machine): a program cannot define a
 *  type of the same name. Every other prelude type yields its name to the program's. */
export const PRELUDE_TYPES_NAMED_BY_STACKHEAP = new Set([
  'String', 'Vec', 'RawVec', 'Option', 'Result', 'Formatter', 'Error', 'Ordering', 'HashMap', 'BTreeMap', 'HashSet',
  'BTreeSet', 'Range', 'RangeFrom', 'RangeTo', 'RangeInclusive', 'RangeToInclusive', 'RangeFull', 'Rc', 'Arc',
]);

/** Literal nodes, whose strings are values, not names. */
const LITERAL_KINDS = new Set(['str', 'char', 'byte', 'float', 'text']);

/**
 * The prelude with its types of these names renamed out of the program's way (`Cell` becomes
 * `Cell__std`), as if they lived in their std modules: every name in the AST that is one of
 * `names` is renamed, and literals keep their text. Nodes with nothing renamed inside are shared
 * with `prelude`, which is left as it is (spans still point into std's text). A std function or
 * impl read from std's artifact is renamed as its fields are decoded (`mapItem`).
 */
export function preludeYielding(prelude: Program, names: ReadonlySet<string>): Program {
  const items = prelude.items.map((item) => mapItem(item, (value) => renamed(value, names)));
  return items.every((item, i) => item === prelude.items[i]) ? prelude : { ...prelude, items };
}

function renamed(value: unknown, names: ReadonlySet<string>): unknown {
  if (typeof value === 'string') return names.has(value) ? `${value}${YIELDED_NAME_SUFFIX}` : value;
  if (Array.isArray(value)) {
    let copy: unknown[] | null = null;
    for (let i = 0; i < value.length; i++) {
      const element: unknown = value[i];
      const next = renamed(element, names);
      if (next !== element) (copy ??= value.slice())[i] = next;
    }
    return copy ?? value;
  }
  // Plain AST nodes only: a Set (a block function's `outerLocals`) holds no prelude type's name.
  if (value === null || typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) return value;
  const node = value as Record<string, unknown>;
  if (typeof node.kind === 'string' && LITERAL_KINDS.has(node.kind)) return value;
  let copy: Record<string, unknown> | null = null;
  for (const key in node) {
    if (key === 'span') continue;
    const child = node[key];
    const next = renamed(child, names);
    if (next !== child) (copy ??= { ...node })[key] = next;
  }
  return copy ?? value;
}

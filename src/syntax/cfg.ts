import type { Node } from 'web-tree-sitter';
import { unsupported } from '../diagnostics/diagnostic.js';
import type { Span } from '../diagnostics/span.js';

/**
 * Conditional compilation (`#[cfg(..)]`, `cfg!(..)`) for the one target rustc builds here:
 * `rustc --print cfg` on x86_64 Linux in a debug build, no `--test`. Any other name or
 * key-value pair is false, as rustc treats an unknown predicate. `#[test]` functions are removed
 * from a normal build, as rustc's test harness removes them.
 */

const NAMES = new Set(['debug_assertions', 'unix']);

const KEY_VALUES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['panic', new Set(['unwind'])],
  ['target_abi', new Set([''])],
  ['target_arch', new Set(['x86_64'])],
  ['target_endian', new Set(['little'])],
  ['target_env', new Set(['gnu'])],
  ['target_family', new Set(['unix'])],
  ['target_feature', new Set(['fxsr', 'sse', 'sse2'])],
  ['target_has_atomic', new Set(['8', '16', '32', '64', 'ptr'])],
  ['target_os', new Set(['linux'])],
  ['target_pointer_width', new Set(['64'])],
  ['target_vendor', new Set(['unknown'])],
]);

type SpanOf = (node: Node) => Span;

/** The predicate inside a `(..)` token tree (`cfg!`'s argument or `#[cfg]`'s). */
export function evalCfgTokenTree(tt: Node, spanOf: SpanOf): boolean {
  const preds = splitAtCommas(tokensOf(tt));
  if (preds.length !== 1) throw unsupported('a `cfg` predicate that is not exactly one predicate', spanOf(tt));
  return evalPredicate(preds[0]!, tt, spanOf);
}

function splitAtCommas(tokens: readonly Node[]): Node[][] {
  const groups: Node[][] = [[]];
  for (const t of tokens) {
    if (t.type === ',') groups.push([]);
    else groups[groups.length - 1]!.push(t);
  }
  if (groups[groups.length - 1]!.length === 0) groups.pop();
  return groups;
}

function evalPredicate(tokens: readonly Node[], at: Node, spanOf: SpanOf): boolean {
  const [head, second, third] = tokens;
  const malformed = (): never => {
    throw unsupported('this `cfg` predicate', spanOf(head ?? at));
  };
  if (head === undefined) return malformed();
  if (tokens.length === 1 && head.type === 'boolean_literal') return head.text === 'true';
  if (head.type !== 'identifier') return malformed();
  if (tokens.length === 1) return NAMES.has(head.text);
  if (tokens.length === 3 && second?.type === '=' && third?.type === 'string_literal') {
    const value = third.text.slice(1, -1);
    return KEY_VALUES.get(head.text)?.has(value) ?? false;
  }
  if (tokens.length === 2 && second?.type === 'token_tree' && second.text.startsWith('(')) {
    const args = splitAtCommas(tokensOf(second));
    const values = () => args.map((a) => evalPredicate(a, second, spanOf));
    switch (head.text) {
      case 'any':
        return values().some((v) => v);
      case 'all':
        return values().every((v) => v);
      case 'not':
        if (args.length !== 1) return malformed();
        return !values()[0];
    }
  }
  return malformed();
}

/**
 * An attribute as its element has it: one written (`#[derive(Debug)]`), or one a `#[cfg_attr]`
 * whose predicate holds stands for (`#[cfg_attr(unix, derive(Debug), allow(dead_code))]` is two).
 * `name` is its path (`cfg`, `rustfmt::skip`), `args` its delimited arguments, `item` the
 * attribute written (`#[..]` or `#![..]`), where it is located.
 */
export interface Attribute {
  readonly name: string;
  readonly args: Node | null;
  readonly item: Node;
}

/** The attributes an attribute item stands for, its `#[cfg_attr]`s evaluated. */
export function attributesOf(item: Node, spanOf: SpanOf): Attribute[] {
  const attr = item.namedChildren.find((c) => c?.type === 'attribute');
  const path = attr?.namedChildren[0];
  if (!attr || !path) return [];
  const name = path.text.replace(/\s+/g, '');
  const args = attr.childForFieldName('arguments');
  if (name !== 'cfg_attr') return [{ name, args, item }];
  return cfgAttr(args, item, spanOf);
}

/** `cfg_attr(PREDICATE, ATTR, ..)`'s attributes when the predicate holds (none otherwise). */
function cfgAttr(args: Node | null, item: Node, spanOf: SpanOf): Attribute[] {
  if (args === null || !args.text.startsWith('(')) throw unsupported('a `cfg_attr` attribute without a predicate', spanOf(item));
  const [predicate, ...attrs] = splitAtCommas(tokensOf(args));
  if (predicate === undefined) throw unsupported('a `cfg_attr` attribute without a predicate', spanOf(item));
  if (!evalPredicate(predicate, args, spanOf)) return [];
  return attrs.flatMap((tokens) => {
    const path = tokens.findIndex((t) => t.type !== 'identifier' && t.type !== '::');
    const name = tokens.slice(0, path < 0 ? tokens.length : path).map((t) => t.text).join('');
    const rest = path < 0 ? [] : tokens.slice(path);
    const delimited = rest.length === 1 && rest[0]!.type === 'token_tree' ? rest[0]! : null;
    if (name === '' || (rest.length > 0 && delimited === null)) throw unsupported('this attribute inside `cfg_attr`', spanOf(tokens[0] ?? item));
    return name === 'cfg_attr' ? cfgAttr(delimited, item, spanOf) : [{ name, args: delimited, item }];
  });
}

/** A token tree's tokens inside its delimiters, comments left out. */
function tokensOf(tt: Node): Node[] {
  return tt.children.filter((c): c is Node => c !== null && c.type !== 'line_comment' && c.type !== 'block_comment').slice(1, -1);
}

/** Whether the element these outer attributes are written on is compiled: every `#[cfg]` holds
 *  and it is not a `#[test]` function. */
export function isEnabled(attrs: readonly Node[], spanOf: SpanOf): boolean {
  for (const item of attrs) {
    for (const attribute of attributesOf(item, spanOf)) {
      if (attribute.name === 'test') return false;
      if (attribute.name === 'cfg') {
        if (attribute.args === null || !attribute.args.text.startsWith('(')) throw unsupported('a `cfg` attribute without a predicate', spanOf(item));
        if (!evalCfgTokenTree(attribute.args, spanOf)) return false;
      }
    }
  }
  return true;
}

/** A list of sibling nodes (items, statements, fields, variants) without the elements
 *  configured out and their attributes; comments and the others are left as they are. */
export function withoutDisabled(kids: readonly Node[], spanOf: SpanOf, onDisabled?: (node: Node) => void): Node[] {
  const out: Node[] = [];
  let pending: Node[] = [];
  let pendingWithComments: Node[] = [];
  for (const k of kids) {
    if (k.type === 'attribute_item') {
      pending.push(k);
      pendingWithComments.push(k);
      continue;
    }
    if (k.type === 'line_comment' || k.type === 'block_comment') {
      pendingWithComments.push(k);
      continue;
    }
    if (isEnabled(pending, spanOf)) out.push(...pendingWithComments, k);
    else onDisabled?.(k);
    pending = [];
    pendingWithComments = [];
  }
  out.push(...pendingWithComments);
  return out;
}

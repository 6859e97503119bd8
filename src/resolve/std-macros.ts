/**
 * The expander of std's own `macro_rules!` macros. std/*.rs writes its per-type repetition as
 * real std does, with a macro invoked once per type (`int_impl!(i8, u8, 8);`), and the build
 * (and any run without the built artifact) expands those invocations into the one text
 * stackheap compiles as std.
 *
 * This is NOT the `macro_rules!` a program may write (issue 13, to come): it expands exactly
 * the restricted forms std/*.rs uses, as text, and throws a `StdMacroError` on anything else,
 * so that a std edit outside them fails the build instead of compiling to something else:
 * - a definition `macro_rules! name { (MATCHER) => { BODY }; }` at a file's top level, with one
 *   arm, defined before its first use;
 * - fragments `$x:ident`, `$x:literal` (a `-` may lead it), `$x:tt`, and `$x:ty` followed by
 *   a literal token of the matcher (or its end); one repetition `$($x:tt)+`, the last thing in
 *   its group, used in the body as `$($x)+`; `stringify!($x)` of an `ident` in the body;
 * - an invocation `name!(...);` after an item, at the start of a file or of a block, possibly
 *   inside another macro's body (`$inner!($t);` with `$inner:ident`).
 *
 * Expansion substitutes each fragment's source text. Names are not hygienic, so std's macros
 * pass only names, literals, operators and types, never code that uses a binding the body
 * declares.
 */

import { firstToken, isGroup, isToken, lastToken, tokenize, treesOf, type Token, type TokenFailure, type TokenTree } from '../syntax/tokens.js';

export interface StdFile {
  /** The file's name under std/ (`num.rs`). */
  readonly name: string;
  readonly text: string;
}

export class StdMacroError extends Error {}

const FRAGMENTS = new Set(['ident', 'literal', 'tt', 'ty']);
/** Expansions nest this deep at most (a macro that invokes itself would otherwise not stop). */
const MAX_DEPTH = 16;

function failer(text: string, where: string): TokenFailure {
  return (at, what) => {
    throw new StdMacroError(`${where}: ${what} at line ${text.slice(0, at).split('\n').length}`);
  };
}

/** One element of a macro's matcher. */
type Matcher =
  | { readonly kind: 'token'; readonly text: string }
  | { readonly kind: 'group'; readonly open: string; readonly elements: readonly Matcher[] }
  | { readonly kind: 'fragment'; readonly name: string; readonly fragment: string }
  | { readonly kind: 'repetition'; readonly name: string };

interface MacroDef {
  readonly name: string;
  readonly matcher: readonly Matcher[];
  /** The body's text (its source between the braces) and its tokens, positions relative to it. */
  readonly body: string;
  readonly bodyTokens: readonly Token[];
}

/** What a fragment matched: its source text, and the fragment's kind. */
interface Binding {
  readonly text: string;
  readonly fragment: string;
}

function parseMatcher(trees: readonly TokenTree[], where: string): Matcher[] {
  const elements: Matcher[] = [];
  for (let i = 0; i < trees.length; i++) {
    const tree = trees[i]!;
    if (isToken(tree, '$')) {
      const next = trees[i + 1];
      if (next && 'token' in next && next.token.kind === 'ident' && isToken(trees[i + 2], ':')) {
        const kind = trees[i + 3];
        if (!kind || !('token' in kind) || !FRAGMENTS.has(kind.token.text)) throw new StdMacroError(`${where}: the fragment of \`$${next.token.text}\` is not one std's macros use (${[...FRAGMENTS].join(', ')})`);
        elements.push({ kind: 'fragment', name: next.token.text, fragment: kind.token.text });
        i += 3;
        continue;
      }
      // `$($name:tt)+`.
      if (isGroup(next, '(') && next.trees.length === 4 && isToken(next.trees[0], '$') && isToken(next.trees[2], ':') && isToken(next.trees[3], 'tt') && isToken(trees[i + 2], '+')) {
        elements.push({ kind: 'repetition', name: firstToken(next.trees[1]!).text });
        i += 2;
        if (i !== trees.length - 1) throw new StdMacroError(`${where}: a repetition must end its group`);
        continue;
      }
      throw new StdMacroError(`${where}: a \`$\` that is neither \`$name:fragment\` nor \`$($name:tt)+\``);
    }
    if ('token' in tree) elements.push({ kind: 'token', text: tree.token.text });
    else elements.push({ kind: 'group', open: tree.open.text, elements: parseMatcher(tree.trees, where) });
  }
  for (let i = 0; i < elements.length; i++) {
    const element = elements[i]!;
    const next = elements[i + 1];
    if (element.kind === 'fragment' && element.fragment === 'ty' && next !== undefined && next.kind !== 'token') {
      throw new StdMacroError(`${where}: \`$${element.name}:${element.fragment}\` must be followed by a token or end its group`);
    }
  }
  return elements;
}

function matchTrees(matcher: readonly Matcher[], trees: readonly TokenTree[], text: string, bindings: Map<string, Binding>, where: string): void {
  const mismatch = (what: string): never => {
    throw new StdMacroError(`${where}: the arguments do not match the macro's matcher (${what})`);
  };
  const bind = (name: string, fragment: string, taken: readonly TokenTree[]): void => {
    if (bindings.has(name)) throw new StdMacroError(`${where}: \`$${name}\` is bound twice`);
    const text_ = taken.length === 0 ? '' : text.slice(firstToken(taken[0]!).start, lastToken(taken.at(-1)!).end);
    bindings.set(name, { text: text_, fragment });
  };
  let i = 0;
  for (let m = 0; m < matcher.length; m++) {
    const element = matcher[m]!;
    const tree = trees[i];
    switch (element.kind) {
      case 'token':
        if (!isToken(tree, element.text)) mismatch(`expected \`${element.text}\``);
        i++;
        break;
      case 'group': {
        if (!isGroup(tree, element.open)) mismatch(`expected a \`${element.open}\` group`);
        matchTrees(element.elements, (tree as Extract<TokenTree, { open: Token }>).trees, text, bindings, where);
        i++;
        break;
      }
      case 'repetition': {
        const taken = trees.slice(i);
        if (taken.length === 0) mismatch(`\`$${element.name}\` needs a token`);
        bind(element.name, 'repetition', taken);
        i = trees.length;
        break;
      }
      case 'fragment': {
        if (tree === undefined) mismatch(`\`$${element.name}\` is missing`);
        const t = tree!;
        const token = 'token' in t ? t.token : null;
        if (element.fragment === 'ident') {
          if (token?.kind !== 'ident') mismatch(`\`$${element.name}\` must be an identifier`);
          bind(element.name, 'ident', [t]);
          i++;
        } else if (element.fragment === 'literal') {
          const negative = token?.text === '-';
          const literal = trees[negative ? i + 1 : i];
          if (!literal || !('token' in literal) || literal.token.kind !== 'literal') mismatch(`\`$${element.name}\` must be a literal`);
          bind(element.name, 'literal', trees.slice(i, negative ? i + 2 : i + 1));
          i += negative ? 2 : 1;
        } else if (element.fragment === 'tt') {
          bind(element.name, 'tt', [t]);
          i++;
        } else {
          const next = matcher[m + 1];
          let end = i;
          while (end < trees.length && !(next?.kind === 'token' && isToken(trees[end], next.text))) end++;
          if (end === i) mismatch(`\`$${element.name}\` is empty`);
          bind(element.name, element.fragment, trees.slice(i, end));
          i = end;
        }
        break;
      }
    }
  }
  if (i !== trees.length) mismatch('arguments left over');
}

/** The body with its fragments substituted, and its common indentation taken off. */
function substitute(def: MacroDef, bindings: ReadonlyMap<string, Binding>, where: string): string {
  const tokens = def.bodyTokens;
  let out = '';
  let copied = 0;
  const lookup = (name: string): Binding => {
    const binding = bindings.get(name);
    if (!binding) throw new StdMacroError(`${where}: the body of \`${def.name}!\` uses \`$${name}\`, which its matcher does not bind`);
    return binding;
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    // `stringify!($name)` of an identifier is the string of its name.
    if (token.text === 'stringify' && tokens[i + 1]?.text === '!' && tokens[i + 2]?.text === '(' && tokens[i + 3]?.text === '$' && tokens[i + 4]?.kind === 'ident' && tokens[i + 5]?.text === ')') {
      const binding = lookup(tokens[i + 4]!.text);
      if (binding.fragment !== 'ident') throw new StdMacroError(`${where}: \`stringify!\` of \`$${tokens[i + 4]!.text}\`, which is not an identifier`);
      out += `${def.body.slice(copied, token.start)}"${binding.text}"`;
      copied = tokens[i + 5]!.end;
      i += 5;
      continue;
    }
    const dollar = token;
    if (dollar.text !== '$') continue;
    const next = tokens[i + 1];
    let replacement: string;
    let end: number;
    if (next?.kind === 'ident') {
      const binding = lookup(next.text);
      if (binding.fragment === 'repetition') throw new StdMacroError(`${where}: \`$${next.text}\` is a repetition: use it as \`$($${next.text})+\``);
      replacement = binding.text;
      end = next.end;
      i++;
    } else if (next?.text === '(' && tokens[i + 2]?.text === '$' && tokens[i + 3]?.kind === 'ident' && tokens[i + 4]?.text === ')' && tokens[i + 5]?.text === '+') {
      const binding = lookup(tokens[i + 3]!.text);
      if (binding.fragment !== 'repetition') throw new StdMacroError(`${where}: \`$${tokens[i + 3]!.text}\` is not a repetition`);
      replacement = binding.text;
      end = tokens[i + 5]!.end;
      i += 5;
    } else {
      throw new StdMacroError(`${where}: a \`$\` in the body of \`${def.name}!\` that is neither \`$name\` nor \`$($name)+\``);
    }
    out += def.body.slice(copied, dollar.start) + replacement;
    copied = end;
  }
  out += def.body.slice(copied);
  const lines = out.replace(/^[ \t]*\n/, '').trimEnd().split('\n');
  const indent = Math.min(...lines.filter((line) => line.trim() !== '').map((line) => /^ */.exec(line)![0].length));
  return lines.map((line) => line.slice(Math.min(indent, /^ */.exec(line)![0].length))).join('\n');
}

function parseDefinition(trees: readonly TokenTree[], at: number, text: string, where: string): MacroDef {
  const name = trees[at + 2];
  const block = trees[at + 3];
  if (!name || !('token' in name) || name.token.kind !== 'ident' || !isGroup(block, '{')) throw new StdMacroError(`${where}: expected \`macro_rules! name { ... }\``);
  const arm = block.trees;
  const matcher = arm[0];
  const body = arm[2];
  const restOk = arm.length === 3 || (arm.length === 4 && isToken(arm[3], ';'));
  if (!isGroup(matcher, '(') || !isToken(arm[1], '=>') || !isGroup(body, '{') || !restOk) {
    throw new StdMacroError(`${where}: \`${name.token.text}!\` must have exactly one arm, \`(...) => { ... }\``);
  }
  const bodyText = text.slice(body.open.end, body.close.start);
  const bodyTokens = tokenize(bodyText, failer(bodyText, where));
  if (bodyTokens.some((token) => token.kind === 'literal' && token.text.includes('\n'))) throw new StdMacroError(`${where}: a literal over several lines in the body of \`${name.token.text}!\``);
  return { name: name.token.text, matcher: parseMatcher(matcher.trees, `${where} (\`${name.token.text}!\`)`), body: bodyText, bodyTokens };
}

/** Where the `///` lines just above `at` (a definition's doc comment, which goes with it) begin. */
function docStart(text: string, at: number): number {
  let start = text.lastIndexOf('\n', at - 1) + 1;
  for (;;) {
    const above = text.lastIndexOf('\n', start - 2) + 1;
    if (start === 0 || !text.slice(above, start).trimStart().startsWith('///')) return start;
    start = above;
  }
}

/** The line that starts each file's text in the expansion, before the file's name. */
const STD_FILE_MARKER = '// std/';

/** The std file (`num.rs`) that line `line` (1-based) of the expanded text comes from. */
export function stdFileOfLine(text: string, line: number): string | null {
  const lines = text.split('\n');
  for (let i = Math.min(line, lines.length) - 1; i >= 0; i--) {
    if (lines[i]!.startsWith(STD_FILE_MARKER)) return lines[i]!.slice(STD_FILE_MARKER.length);
  }
  return null;
}

/** std's files as one text, in their order, with their macros expanded and their definitions
 *  (and their doc comments) gone; each file's text starts with a line naming it. */
export function expandStdMacros(files: readonly StdFile[]): string {
  const macros = new Map<string, MacroDef>();
  const allNames = new Set<string>();
  for (const file of files) {
    for (const match of file.text.matchAll(/\bmacro_rules!\s*([A-Za-z_][A-Za-z0-9_]*)/g)) allNames.add(match[1]!);
  }

  // Most of std's text has no macro: a file that names none is not tokenized.
  const mentionsMacro = new RegExp(`\\b(?:${['macro_rules', ...allNames].join('|')})\\s*!`);
  const expand = (text: string, where: string, depth: number, topLevel: boolean): string => {
    if (depth > MAX_DEPTH) throw new StdMacroError(`${where}: macros nest more than ${MAX_DEPTH} deep`);
    if (!mentionsMacro.test(text)) return text;
    const tokens = tokenize(text, failer(text, where));
    let out = '';
    let copied = 0;
    const visit = (trees: readonly TokenTree[], atTop: boolean): void => {
      for (let i = 0; i < trees.length; i++) {
        const tree = trees[i]!;
        if (!('token' in tree)) {
          visit(tree.trees, false);
          continue;
        }
        const token = tree.token;
        if (token.kind !== 'ident' || !isToken(trees[i + 1], '!')) continue;
        const previous = trees[i - 1];
        const atItemStart = previous === undefined || isToken(previous, ';') || ('close' in previous && previous.close.text === '}');
        if (token.text === 'macro_rules') {
          if (!topLevel || !atTop) throw new StdMacroError(`${where}: \`macro_rules!\` is only defined at a std file's top level`);
          const def = parseDefinition(trees, i, text, where);
          if (macros.has(def.name)) throw new StdMacroError(`${where}: \`${def.name}!\` is defined twice`);
          macros.set(def.name, def);
          const end = lastToken(trees[i + 3]!).end;
          const semicolon = isToken(trees[i + 4], ';') ? 1 : 0;
          out += text.slice(copied, Math.max(copied, docStart(text, token.start)));
          copied = semicolon ? lastToken(trees[i + 4]!).end : end;
          i += 3 + semicolon;
          continue;
        }
        if (!allNames.has(token.text)) continue;
        const site = `${where}: \`${token.text}!\``;
        const def = macros.get(token.text);
        if (!def) throw new StdMacroError(`${site} is used before its definition`);
        if (!atItemStart) throw new StdMacroError(`${site} is invoked where no item starts`);
        const args = trees[i + 2];
        if (!args || 'token' in args) throw new StdMacroError(`${site} needs its arguments in a group`);
        if (args.open.text !== '(' || !isToken(trees[i + 3], ';')) throw new StdMacroError(`${site} is written \`${token.text}!(...);\``);
        const bindings = new Map<string, Binding>();
        matchTrees(def.matcher, args.trees, text, bindings, site);
        out += text.slice(copied, token.start) + expand(substitute(def, bindings, site), `${site}'s expansion`, depth + 1, false);
        copied = lastToken(trees[i + 3]!).end;
        i += 3;
      }
    };
    visit(treesOf(tokens, failer(text, where)), true);
    return out + text.slice(copied);
  };

  return files.map((file) => `${STD_FILE_MARKER}${file.name}\n${expand(file.text, `std/${file.name}`, 0, true)}`).join('\n');
}

import { Diagnostic, compileError, unsupported } from '../diagnostics/diagnostic.js';
import { inMacro, macroSiteOf, spanUnion, type Span } from '../diagnostics/span.js';
import type { MacroOrigin, Spans } from './positions.js';
import { CLOSING, describeTokenText, type TokenKind } from './tokens.js';

/**
 * A program's `macro_rules!` macros, as rustc's declarative macros work: a definition's arms
 * (matchers and transcribers), matching an invocation's tokens against them (fragments,
 * repetitions with separators, nested), and transcribing the first arm that matches. The
 * lowering (`syntax/lower.ts`) finds the definitions in textual order, parses an expansion in
 * the position of its invocation, and lowers it with its code located at the call site
 * (`ExpansionSpans`) and its own local names hygienic.
 */

export type FragmentKind = 'expr' | 'expr_2021' | 'ident' | 'ty' | 'tt' | 'pat' | 'pat_param' | 'literal' | 'block' | 'stmt' | 'path' | 'vis' | 'lifetime' | 'item' | 'meta';
const FRAGMENT_KINDS = new Set<string>(['expr', 'expr_2021', 'ident', 'ty', 'tt', 'pat', 'pat_param', 'literal', 'block', 'stmt', 'path', 'vis', 'lifetime', 'item', 'meta']);

/** The fragments whose extent the parser decides, and what the parser is asked to read. */
export type ParsedFragment = 'expr' | 'ty' | 'path' | 'pat' | 'stmt' | 'item';

/** Whether `text` is exactly one fragment of that kind (the lowering asks tree-sitter). */
export type FragmentCheck = (kind: ParsedFragment, text: string) => boolean;

/**
 * A token of an invocation or an expansion. `origin` is where the program wrote it, null for a
 * token of a macro's body (located at the call site). Tokens substituted for one fragment
 * share a `run`; `mark` is the expansion whose body the token comes from (0: none), which
 * makes a local name it declares its own (hygiene).
 */
export interface MacroToken {
  readonly kind: TokenKind;
  readonly text: string;
  readonly origin: Span | null;
  readonly run: number;
  readonly mark: number;
  /** For a token of a macro's body, where its definition writes it (rustc reports an error
   *  about that token there); null for the program's own text. */
  readonly written: Span | null;
  /** For a token substituted for a fragment, where the transcriber writes the fragment (`$e`):
   *  code made of it and the macro's own tokens is written there (`ExpansionSpans.span`). */
  readonly via: Span | null;
  /** See `MacroOrigin.fragment`: the tokens of one substitution share the object. */
  readonly fragment: MacroOrigin['fragment'];
  /** The text the token was read from (a number per text) and its index among that text's
   *  tokens, and whether the next one there follows it with no space (rustc's joint spacing,
   *  which `stringify!` keeps). */
  readonly source: number;
  readonly index: number;
  readonly joint: boolean;
}

export type MacroTree = { readonly token: MacroToken } | { readonly open: MacroToken; readonly trees: readonly MacroTree[]; readonly close: MacroToken };

type Matcher =
  | { readonly kind: 'token'; readonly text: string; readonly span: Span }
  | { readonly kind: 'group'; readonly open: string; readonly elements: readonly Matcher[]; readonly span: Span }
  | { readonly kind: 'fragment'; readonly name: string; readonly fragment: FragmentKind; readonly span: Span }
  | { readonly kind: 'repeat'; readonly elements: readonly Matcher[]; readonly separator: string | null; readonly op: string; readonly span: Span };

type Transcriber =
  | { readonly kind: 'token'; readonly token: MacroToken }
  | { readonly kind: 'group'; readonly open: MacroToken; readonly body: readonly Transcriber[]; readonly close: MacroToken }
  | { readonly kind: 'var'; readonly name: string; readonly span: Span }
  | { readonly kind: 'repeat'; readonly body: readonly Transcriber[]; readonly separator: MacroToken | null; readonly span: Span };

interface Rule {
  readonly matcher: readonly Matcher[];
  readonly body: readonly Transcriber[];
}

export interface MacroDef {
  readonly name: string;
  /** Where the definition starts in the program's text: the locals its body names are those in
   *  scope there (`MacroHygiene`). */
  readonly defSite: number;
  /** `macro_rules! name`, which rustc's expansion errors point at ("when calling this macro"). */
  readonly head: Span;
  readonly rules: readonly Rule[];
}

/** The `macro_rules!` macros in scope: a scope per block and module being lowered. */
export class MacroScopes {
  private readonly scopes: Map<string, MacroDef>[] = [new Map()];

  open(): void {
    this.scopes.push(new Map());
  }

  close(): void {
    this.scopes.pop();
  }

  define(def: MacroDef): void {
    this.scopes.at(-1)!.set(def.name, def);
  }

  lookup(name: string): MacroDef | undefined {
    for (let i = this.scopes.length - 1; i >= 0; i--) {
      const def = this.scopes[i]!.get(name);
      if (def !== undefined) return def;
    }
    return undefined;
  }
}

const isTok = (tree: MacroTree | undefined, text: string): boolean => tree !== undefined && 'token' in tree && tree.token.text === text;
const spanOfToken = (token: MacroToken, fallback: Span): Span => token.origin ?? fallback;

/**
 * Reads a definition `macro_rules! name { (MATCHER) => { BODY }; ... }` from its trees after
 * `macro_rules !` (the name, then the rules' group).
 */
export function parseDefinition(trees: readonly MacroTree[], head: Span, whole: Span): MacroDef {
  const nameTree = trees[0];
  const rulesTree = trees[1];
  if (nameTree === undefined || !('token' in nameTree) || nameTree.token.kind !== 'ident' || rulesTree === undefined || !('open' in rulesTree)) {
    throw unsupported('this form of `macro_rules!`', whole);
  }
  const rules: Rule[] = [];
  const inner = rulesTree.trees;
  for (let i = 0; i < inner.length; ) {
    const matcher = inner[i];
    const body = inner[i + 2];
    if (matcher === undefined || !('open' in matcher) || !isTok(inner[i + 1], '=>') || body === undefined || !('open' in body)) {
      const at = matcher === undefined ? rulesTree.close : 'token' in matcher ? matcher.token : matcher.open;
      throw compileError(undefined, 'expected a macro rule: `(MATCHER) => { BODY }`', spanOfToken(at, whole));
    }
    rules.push({ matcher: parseMatcher(matcher.trees, whole), body: parseTranscriber(body.trees, whole) });
    i += 3;
    if (i < inner.length) {
      if (!isTok(inner[i], ';')) throw compileError(undefined, 'expected `;` between macro rules', spanOfToken(firstOf(inner[i]!), whole));
      i++;
    }
  }
  if (rules.length === 0) throw unsupported('a `macro_rules!` without rules', whole);
  return { name: nameTree.token.text, defSite: whole.start, head, rules };
}

function firstOf(tree: MacroTree): MacroToken {
  return 'token' in tree ? tree.token : tree.open;
}

function spanBetween(a: MacroToken, b: MacroToken, fallback: Span): Span {
  if (a.origin === null || b.origin === null) return fallback;
  return { start: a.origin.start, end: b.origin.end, line: a.origin.line, col: a.origin.col, endLine: b.origin.endLine, endCol: b.origin.endCol };
}

/** A repetition's `$( .. ) sep? op`: its separator and operator, and how many trees they take. */
function repetitionTail(trees: readonly MacroTree[], i: number): { separator: MacroToken | null; op: string; taken: number } | null {
  const isOp = (t: MacroTree | undefined): boolean => t !== undefined && 'token' in t && (t.token.text === '*' || t.token.text === '+' || t.token.text === '?');
  const a = trees[i];
  if (isOp(a)) return { separator: null, op: (a as { token: MacroToken }).token.text, taken: 1 };
  const b = trees[i + 1];
  if (a !== undefined && 'token' in a && isOp(b)) return { separator: a.token, op: (b as { token: MacroToken }).token.text, taken: 2 };
  return null;
}

function parseMatcher(trees: readonly MacroTree[], whole: Span): Matcher[] {
  const out: Matcher[] = [];
  for (let i = 0; i < trees.length; i++) {
    const tree = trees[i]!;
    if ('open' in tree) {
      out.push({ kind: 'group', open: tree.open.text, elements: parseMatcher(tree.trees, whole), span: spanOfToken(tree.open, whole) });
      continue;
    }
    if (tree.token.text !== '$') {
      out.push({ kind: 'token', text: tree.token.text, span: spanOfToken(tree.token, whole) });
      continue;
    }
    const next = trees[i + 1];
    if (next !== undefined && 'token' in next && next.token.kind === 'ident') {
      const colon = trees[i + 2];
      const kind = trees[i + 3];
      if (!isTok(colon, ':') || kind === undefined || !('token' in kind)) {
        throw compileError(undefined, 'missing fragment specifier', spanBetween(tree.token, next.token, whole));
      }
      if (!FRAGMENT_KINDS.has(kind.token.text)) {
        throw compileError(undefined, `invalid fragment specifier \`${kind.token.text}\``, spanBetween(tree.token, kind.token, whole));
      }
      out.push({ kind: 'fragment', name: next.token.text, fragment: kind.token.text as FragmentKind, span: spanBetween(tree.token, kind.token, whole) });
      i += 3;
      continue;
    }
    if (next !== undefined && 'open' in next && next.open.text === '(') {
      const tail = repetitionTail(trees, i + 2);
      if (tail === null) throw compileError(undefined, 'expected one of: `*`, `+`, or `?`', spanOfToken(next.close, whole));
      out.push({ kind: 'repeat', elements: parseMatcher(next.trees, whole), separator: tail.separator?.text ?? null, op: tail.op, span: spanBetween(next.open, next.close, whole) });
      i += 1 + tail.taken;
      continue;
    }
    throw unsupported('this use of `$` in a macro matcher', spanOfToken(tree.token, whole));
  }
  return out;
}

function parseTranscriber(trees: readonly MacroTree[], whole: Span): Transcriber[] {
  const out: Transcriber[] = [];
  for (let i = 0; i < trees.length; i++) {
    const tree = trees[i]!;
    if ('open' in tree) {
      out.push({ kind: 'group', open: tree.open, body: parseTranscriber(tree.trees, whole), close: tree.close });
      continue;
    }
    if (tree.token.text !== '$') {
      out.push({ kind: 'token', token: tree.token });
      continue;
    }
    const next = trees[i + 1];
    if (next !== undefined && 'token' in next && next.token.kind === 'ident') {
      out.push({ kind: 'var', name: next.token.text, span: spanBetween(tree.token, next.token, whole) });
      i++;
      continue;
    }
    if (next !== undefined && 'open' in next && next.open.text === '(') {
      const tail = repetitionTail(trees, i + 2);
      if (tail === null) throw compileError(undefined, 'expected one of: `*`, `+`, or `?`', spanOfToken(next.close, whole));
      out.push({ kind: 'repeat', body: parseTranscriber(next.trees, whole), separator: tail.separator, span: spanBetween(next.open, next.close, whole) });
      i += 1 + tail.taken;
      continue;
    }
    throw unsupported('this use of `$` in a macro body', spanOfToken(tree.token, whole));
  }
  return out;
}

/** The fragments a macro passes on as the tokens they matched (rustc's `NtIdent`, `NtLifetime`
 *  and token trees); any other stays one opaque fragment of its kind. */
const TRANSPARENT: ReadonlySet<FragmentKind> = new Set(['ident', 'lifetime', 'tt']);

/** The `source` of the parentheses kept around an `expr` fragment (rustc's invisible group). */
export const INVISIBLE = -1;
/** The `source` of a token a transcriber makes of `$crate` or an unbound `$x`. */
const SYNTHETIC = -2;

// ---- matching ----

type Binding = { readonly kind: 'leaf'; readonly fragment: FragmentKind; readonly trees: readonly MacroTree[] } | { readonly kind: 'seq'; readonly items: readonly Binding[] };
type Bindings = Map<string, Binding>;

/** Where an arm stopped matching: the token (null: the invocation's end) and what it expected. */
interface Failure {
  readonly order: number;
  readonly at: MacroToken | null;
  readonly expected: Matcher | null;
}

class NoMatch {
  constructor(readonly failure: Failure) {}
}

/** How many longer runs of trees that do not parse end the search for a fragment not followed
 *  by a token of its follow set (each length is one parse; `|a, b| a` has four). */
const GIVE_UP = 6;

/** The tokens that may follow a fragment the parser reads (rustc's follow sets). */
const FOLLOW: Readonly<Record<string, ReadonlySet<string>>> = {
  expr: new Set(['=>', ',', ';']),
  stmt: new Set(['=>', ',', ';']),
  pat: new Set(['=>', ',', '=', 'if', 'in']),
  pat_param: new Set(['=>', ',', '=', '|', 'if', 'in']),
  ty: new Set(['{', '[', '=>', ',', '>', '=', ':', ';', '|', 'as', 'where']),
  path: new Set(['{', '[', '=>', ',', '>', '=', ':', ';', '|', 'as', 'where']),
};

class Matching {
  best: Failure | null = null;
  private readonly order = new Map<MacroToken, number>();

  constructor(
    input: readonly MacroTree[],
    private readonly check: FragmentCheck,
  ) {
    let n = 0;
    const number = (trees: readonly MacroTree[]): void => {
      for (const t of trees) {
        if ('token' in t) this.order.set(t.token, n++);
        else {
          this.order.set(t.open, n++);
          number(t.trees);
          this.order.set(t.close, n++);
        }
      }
    };
    number(input);
  }

  fail(at: MacroToken | null, expected: Matcher | null): NoMatch {
    const failure = { order: at === null ? Infinity : (this.order.get(at) ?? 0), at, expected };
    if (this.best === null || failure.order > this.best.order) this.best = failure;
    return new NoMatch(failure);
  }

  /** Matches `elements` against `trees` from `i`; returns where it stopped. `end` is the
   *  closing delimiter of the group (null at the invocation's top level). */
  elements(elements: readonly Matcher[], trees: readonly MacroTree[], i: number, bindings: Bindings, end: MacroToken | null, whole: boolean): number {
    for (let m = 0; m < elements.length; m++) {
      const element = elements[m]!;
      const tree = trees[i];
      switch (element.kind) {
        case 'token':
          // A fragment another macro passes on is opaque: no token of it matches a token.
          if (tree === undefined || !('token' in tree) || tree.token.text !== element.text || tree.token.fragment !== null) throw this.fail(tree === undefined ? end : firstOf(tree), element);
          i++;
          break;
        case 'group':
          if (tree === undefined || !('open' in tree) || tree.open.text !== element.open || tree.open.fragment !== null) throw this.fail(tree === undefined ? end : firstOf(tree), element);
          this.elements(element.elements, tree.trees, 0, bindings, tree.close, true);
          i++;
          break;
        case 'fragment': {
          const taken = this.fragment(element, trees, i, end);
          bindings.set(element.name, { kind: 'leaf', fragment: element.fragment, trees: trees.slice(i, i + taken) });
          i += taken;
          break;
        }
        case 'repeat':
          i = this.repeat(element, trees, i, bindings, end);
          break;
      }
    }
    // Tokens left over: rustc names the last element it matched.
    if (whole && i < trees.length) throw this.fail(firstOf(trees[i]!), elements.at(-1) ?? null);
    return i;
  }

  private repeat(element: Extract<Matcher, { kind: 'repeat' }>, trees: readonly MacroTree[], i: number, bindings: Bindings, end: MacroToken | null): number {
    const iterations: Bindings[] = [];
    let at = i;
    for (;;) {
      if (element.op === '?' && iterations.length === 1) break;
      let start = at;
      if (iterations.length > 0 && element.separator !== null) {
        if (!isTok(trees[at], element.separator)) {
          const t = trees[at];
          this.fail(t === undefined ? end : firstOf(t), { kind: 'token', text: element.separator, span: element.span });
          break;
        }
        start = at + 1;
      }
      if (start >= trees.length && !canBeEmpty(element.elements)) {
        if (iterations.length > 0 && element.separator !== null) this.fail(end, element.elements[0] ?? null);
        break;
      }
      const local: Bindings = new Map();
      let stop: number;
      try {
        stop = this.elements(element.elements, trees, start, local, end, false);
      } catch (e) {
        if (e instanceof NoMatch) break;
        throw e;
      }
      if (stop === start) break;
      iterations.push(local);
      at = stop;
    }
    if (element.op === '+' && iterations.length === 0) {
      const t = trees[i];
      throw this.fail(t === undefined ? end : firstOf(t), element.elements[0] ?? null);
    }
    for (const name of namesIn(element.elements)) bindings.set(name, { kind: 'seq', items: iterations.map((b) => b.get(name)!) });
    return at;
  }

  /** How many trees from `i` the fragment takes; throws NoMatch when it takes none. */
  private fragment(element: Extract<Matcher, { kind: 'fragment' }>, trees: readonly MacroTree[], i: number, end: MacroToken | null): number {
    const tree = trees[i];
    const token = tree !== undefined && 'token' in tree ? tree.token : null;
    const fragment = element.fragment;
    if (fragment === 'vis') {
      if (token?.text !== 'pub') return 0;
      const group = trees[i + 1];
      return group !== undefined && 'open' in group && group.open.text === '(' ? 2 : 1;
    }
    if (tree === undefined) throw this.fail(end, element);
    switch (fragment) {
      case 'tt': {
        // An opaque fragment passed on is one token tree.
        const opaque = firstOf(tree).fragment;
        let k = i + 1;
        while (opaque !== null && trees[k] !== undefined && firstOf(trees[k]!).fragment === opaque) k++;
        return k - i;
      }
      case 'ident':
        if (token?.kind === 'ident' && token.text !== '_' && token.fragment === null) return 1;
        break;
      case 'lifetime':
        if (token?.kind === 'lifetime') return 1;
        break;
      case 'block':
        if ('open' in tree && tree.open.text === '{') return 1;
        break;
      case 'literal': {
        if (token?.kind === 'literal' || token?.text === 'true' || token?.text === 'false') return 1;
        const next = trees[i + 1];
        if (token?.text === '-' && next !== undefined && 'token' in next && next.token.kind === 'literal' && /^[0-9]/.test(next.token.text)) return 2;
        break;
      }
      case 'meta': {
        let k = i;
        if (isTok(trees[k], '::')) k++;
        while (trees[k] !== undefined && 'token' in trees[k]! && (trees[k] as { token: MacroToken }).token.kind === 'ident') {
          k++;
          if (!isTok(trees[k], '::')) break;
          k++;
        }
        if (k === i) break;
        const after = trees[k];
        if (after !== undefined && 'open' in after) return k + 1 - i;
        if (isTok(after, '=')) {
          const value = this.parsed('expr', trees, k + 1);
          if (value > 0) return k + 1 + value - i;
          break;
        }
        return k - i;
      }
      default: {
        const kind: ParsedFragment = fragment === 'expr_2021' ? 'expr' : fragment === 'pat_param' ? 'pat' : fragment;
        const taken = this.parsed(kind, trees, i, FOLLOW[fragment] ?? FOLLOW[kind] ?? null);
        if (taken > 0) return taken;
      }
    }
    throw this.fail(firstOf(tree), element);
  }

  /**
   * How many trees from `i` rustc's parser takes as the fragment, which is as many as it can: the
   * fewest that parse as one and end before a token that may follow the fragment (a valid
   * fragment has no such token at its top level), else the most that parse as one (`$($e:expr)*`
   * reads `1 2` as two: no separator follows `1`), looked for until `GIVE_UP` lengths in a row
   * do not parse; 0 when none do.
   */
  private parsed(kind: ParsedFragment, trees: readonly MacroTree[], i: number, follow: ReadonlySet<string> | null = FOLLOW.expr!): number {
    for (let k = i + 1; k <= trees.length; k++) {
      const next = trees[k];
      const boundary = next === undefined || follow === null || follow.has(firstOf(next).text);
      if (boundary && this.check(kind, textOfTrees(trees.slice(i, k)))) return k - i;
    }
    let longest = 0;
    for (let k = i + 1; k < trees.length && k - i - longest <= GIVE_UP; k++) {
      if (this.check(kind, textOfTrees(trees.slice(i, k)))) longest = k - i;
    }
    return longest;
  }
}

function canBeEmpty(elements: readonly Matcher[]): boolean {
  return elements.every((e) => (e.kind === 'repeat' && e.op !== '+') || (e.kind === 'fragment' && e.fragment === 'vis'));
}

function namesIn(elements: readonly Matcher[]): string[] {
  return elements.flatMap((e) => (e.kind === 'fragment' ? [e.name] : e.kind === 'group' || e.kind === 'repeat' ? namesIn(e.elements) : []));
}

export function tokensOfTrees(trees: readonly MacroTree[]): MacroToken[] {
  const out: MacroToken[] = [];
  const walk = (ts: readonly MacroTree[]): void => {
    for (const t of ts) {
      if ('token' in t) out.push(t.token);
      else {
        out.push(t.open);
        walk(t.trees);
        out.push(t.close);
      }
    }
  };
  walk(trees);
  return out;
}

export function textOfTrees(trees: readonly MacroTree[]): string {
  return tokensOfTrees(trees)
    .map((t) => t.text)
    .join(' ');
}

/** The result of expanding one invocation: its tokens, each with where it comes from. */
export interface Expansion {
  readonly tokens: readonly MacroToken[];
  /** This expansion's mark (its body's tokens carry it). */
  readonly mark: number;
}

/**
 * Expands an invocation of `def` with the input `input` (the trees inside its delimiters):
 * the first rule whose matcher matches is transcribed. Errors are rustc's: "no rules expected
 * `x`", "unexpected end of macro invocation".
 */
export function expand(def: MacroDef, input: readonly MacroTree[], call: { readonly span: Span; readonly close: Span }, mark: number, runs: { next: number }, check: FragmentCheck): Expansion {
  const matching = new Matching(input, check);
  for (const rule of def.rules) {
    const bindings: Bindings = new Map();
    try {
      matching.elements(rule.matcher, input, 0, bindings, null, true);
    } catch (e) {
      if (e instanceof NoMatch) continue;
      throw e;
    }
    const out: MacroToken[] = [];
    transcribe(rule.body, bindings, out, mark, runs, call.span);
    return { tokens: out, mark };
  }
  throw noRulesError(def, matching.best, call);
}

function noRulesError(def: MacroDef, failure: Failure | null, call: { readonly span: Span; readonly close: Span }): Diagnostic {
  const at = failure?.at ?? null;
  const expected = failure?.expected ?? null;
  let error: Diagnostic;
  if (at === null) {
    error = compileError(undefined, 'unexpected end of macro invocation', call.close, 'missing tokens in macro arguments');
  } else {
    const what = at.fragment !== null ? `\`${at.fragment.kind}\` metavariable` : describeTokenText(at.text);
    error = compileError(undefined, `no rules expected ${what}`, at.fragment?.at ?? at.origin ?? call.span, 'no rules expected this token in macro call');
  }
  error.withLabel(def.head, 'when calling this macro');
  if (expected !== null) {
    const what = expected.kind === 'fragment' ? `meta-variable \`$${expected.name}:${expected.fragment}\`` : expected.kind === 'token' ? `\`${expected.text}\`` : expected.kind === 'group' ? `\`${expected.open}\`` : null;
    if (what !== null) error.withNote('note', `while trying to match ${what}`, expected.span);
  }
  return error;
}

function transcribe(body: readonly Transcriber[], bindings: ReadonlyMap<string, Binding>, out: MacroToken[], mark: number, runs: { next: number }, call: Span): void {
  const own = (token: MacroToken): MacroToken => ({ ...token, origin: null, written: token.origin ?? token.written, via: null, fragment: null, run: 0, mark });
  for (const t of body) {
    switch (t.kind) {
      case 'token':
        out.push(own(t.token));
        break;
      case 'group':
        out.push(own(t.open));
        transcribe(t.body, bindings, out, mark, runs, call);
        out.push(own(t.close));
        break;
      case 'var': {
        const binding = bindings.get(t.name);
        if (binding === undefined) {
          // `$crate` is the program's crate; any other `$x` the matcher does not bind is passed
          // on as written (a macro's body may define a macro with its own `$x`).
          // `$` and the name are written together (`$x` is one token for the parser).
          const synthetic = (kind: TokenKind, text: string, index: number): MacroToken => ({ kind, text, origin: null, written: t.span, via: null, fragment: null, run: 0, mark, source: SYNTHETIC, index, joint: kind === 'punct' });
          if (t.name === 'crate') out.push(synthetic('ident', 'crate', 0));
          else out.push(synthetic('punct', '$', 0), synthetic('ident', t.name, 1));
          break;
        }
        if (binding.kind === 'seq') throw compileError(undefined, 'variable `' + t.name + '` is still repeating at this depth', t.span);
        const run = runs.next++;
        const fragment = TRANSPARENT.has(binding.fragment) ? null : { kind: binding.fragment, at: t.span };
        const tokens = tokensOfTrees(binding.trees).map((token) => ({ ...token, run, via: t.span, fragment: fragment ?? token.fragment }));
        // rustc keeps an `expr` fragment one expression (an invisible group): `$e * 2` with `1 + 1` is 4.
        const grouped = (binding.fragment === 'expr' || binding.fragment === 'expr_2021') && tokens.length > 1;
        const delimiter = (kind: 'open' | 'close'): MacroToken => ({ kind, text: kind === 'open' ? '(' : ')', origin: null, written: null, via: t.span, fragment, run: 0, mark, source: INVISIBLE, index: 0, joint: false });
        if (grouped) out.push(delimiter('open'));
        out.push(...tokens);
        if (grouped) out.push(delimiter('close'));
        break;
      }
      case 'repeat': {
        const repeating = varsIn(t.body).filter((name) => bindings.get(name)?.kind === 'seq');
        if (repeating.length === 0) {
          throw compileError(undefined, 'attempted to repeat an expression containing no syntax variables matched as repeating at this depth', t.span);
        }
        const counts = repeating.map((name) => (bindings.get(name) as { items: readonly Binding[] }).items.length);
        const count = counts[0]!;
        const other = counts.findIndex((c) => c !== count);
        if (other >= 0) {
          throw compileError(undefined, `meta-variable \`${repeating[0]}\` repeats ${count} time${count === 1 ? '' : 's'}, but \`${repeating[other]}\` repeats ${counts[other]} time${counts[other] === 1 ? '' : 's'}`, t.span);
        }
        for (let k = 0; k < count; k++) {
          if (k > 0 && t.separator !== null) out.push(own(t.separator));
          const inner = new Map(bindings);
          for (const name of repeating) inner.set(name, (bindings.get(name) as { items: readonly Binding[] }).items[k]!);
          transcribe(t.body, inner, out, mark, runs, call);
        }
        break;
      }
    }
  }
}

function varsIn(body: readonly Transcriber[]): string[] {
  return body.flatMap((t) => (t.kind === 'var' ? [t.name] : t.kind === 'group' || t.kind === 'repeat' ? varsIn(t.body) : []));
}

/** The trees of tokens (balanced: they come from token trees). */
export function macroTrees(tokens: readonly MacroToken[]): MacroTree[] {
  const stack: { open: MacroToken | null; trees: MacroTree[] }[] = [{ open: null, trees: [] }];
  for (const token of tokens) {
    if (token.kind === 'open') stack.push({ open: token, trees: [] });
    else if (token.kind === 'close' && stack.length > 1 && CLOSING[stack.at(-1)!.open!.text] === token.text) {
      const top = stack.pop()!;
      stack.at(-1)!.trees.push({ open: top.open!, trees: top.trees, close: token });
    } else stack.at(-1)!.trees.push({ token });
  }
  while (stack.length > 1) {
    const top = stack.pop()!;
    stack.at(-1)!.trees.push({ token: top.open! }, ...top.trees);
  }
  return stack[0]!.trees;
}

/**
 * An expansion's text as the lowering parses it (its tokens with a space between each, after
 * a wrapper `prefix`), and where its nodes are in the program: a node made only of tokens of
 * one fragment the program wrote is where the program wrote them; any other is at the call site.
 */
export class ExpansionSpans implements Spans {
  readonly text: string;
  private readonly starts: number[] = [];

  constructor(
    readonly tokens: readonly MacroToken[],
    prefix: string,
    suffix: string,
    private readonly callSite: Span,
    /** The expansion (its mark) and the macro it expands. */
    private readonly mark: number,
    private readonly macro: string,
  ) {
    // Padding before the tokens: a std macro inside the expansion is parsed in a wrapper that
    // must fit before it (`syntax/lower.ts`, `parseFragment`).
    let text = `${prefix}${' '.repeat(32)}`;
    for (const [i, token] of tokens.entries()) {
      const prev = tokens[i - 1];
      // Tokens next to each other where they were read stay so (`stringify!` sees it).
      const adjacent = prev !== undefined && prev.joint && prev.source === token.source && prev.index + 1 === token.index;
      if (!adjacent) text += ' ';
      this.starts.push(text.length);
      text += token.text;
    }
    this.text = `${text} ${suffix}`;
  }

  /** The index of the token at offset `at` (-1 when there is none). */
  tokenAt(at: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    if (hi < 0 || at < this.starts[0]!) return -1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    return at < this.starts[lo]! + this.tokens[lo]!.text.length ? lo : -1;
  }

  /** The offset where token `i` starts. */
  startOf(i: number): number {
    return this.starts[i]!;
  }

  exactSpan(start: number, end: number): Span | null {
    const a = this.tokenAt(start);
    const b = this.tokenAt(Math.max(start, end - 1));
    if (a < 0 || b < 0) return null;
    const first = this.tokens[a]!;
    const last = this.tokens[b]!;
    if (first.origin === null || last.origin === null || first.run !== last.run || first.origin.start > last.origin.end) return null;
    if (end === start) return { ...first.origin, end: first.origin.start, endLine: first.origin.line, endCol: first.origin.col };
    return { start: first.origin.start, end: last.origin.end, line: first.origin.line, col: first.origin.col, endLine: last.origin.endLine, endCol: last.origin.endCol };
  }

  /** A node the program wrote where it wrote it; any other at the call site, remembering where
   *  the macro's definition writes it (`MacroSite`) when it is this macro's own code. */
  span(start: number, end: number): Span {
    const exact = this.exactSpan(start, end);
    if (exact !== null) return exact;
    const from = this.writtenAt(this.tokenAt(start));
    const to = this.writtenAt(this.tokenAt(Math.max(start, end - 1)));
    if (from === null || to === null || from.start > to.end) return this.callSite;
    return inMacro(this.callSite, { written: spanUnion(from, to), macro: this.macro });
  }

  /** Where this macro's definition writes token `i`: its own, or the fragment it stands for. */
  private writtenAt(i: number): Span | null {
    const token = this.tokens[i];
    if (token === undefined) return null;
    return token.mark === this.mark && token.written !== null ? token.written : token.via;
  }

  macroOrigin(at: number): MacroOrigin {
    const token = this.tokens[this.tokenAt(at)];
    return token === undefined ? { mark: 0, written: null, fragment: null } : { mark: token.mark, written: token.written, fragment: token.fragment };
  }

  isInvisibleDelimiter(at: number): boolean {
    const i = this.tokenAt(at);
    return i >= 0 && this.tokens[i]!.source === INVISIBLE;
  }

  join(a: Span, b: Span): Span {
    const siteA = macroSiteOf(a);
    const siteB = macroSiteOf(b);
    if (siteA !== undefined && siteB !== undefined && siteA.written.start <= siteB.written.end) {
      return inMacro(this.callSite, { written: spanUnion(siteA.written, siteB.written), macro: this.macro });
    }
    if (a === this.callSite || b === this.callSite || siteA !== undefined || siteB !== undefined || a.start > b.end) return this.callSite;
    return { start: a.start, end: b.end, line: a.line, col: a.col, endLine: b.endLine, endCol: b.endCol };
  }
}

import { realLayout, type RealLayout } from '../memory/real.js';
import { isUnsized } from '../memory/target.js';
import { showTy, variantFields, type Ty, knownLen } from '../types/ty.js';

/**
 * A type's layout as a person reads it (`stackheap layout FILE TYPE`, in the manner of
 * rust-analyzer's memory layout view): size, alignment and niche, then each field at its offset
 * with its size (the fields of a struct or tuple field indented under it), padding shown as
 * padding; for an enum, how each variant is told apart (a tag holding its discriminant, or a value
 * stored in another variant's niche) and each variant's fields. Everything comes from the real
 * model's layouts (`realLayout`), whose numbers are rustc's.
 */

export interface LayoutEntry {
  readonly kind: 'field' | 'padding' | 'tag' | 'unused';
  /** A field's name (`x`, `0`), or what the part of a pointer holds (`(data pointer)`). */
  readonly name: string;
  readonly ty?: string;
  /** From the start of the whole value. */
  readonly offset: number;
  readonly size: number;
  /** Nesting: 0 for the type's own fields, 1 for their fields, ... */
  readonly depth: number;
  /** The field's path as `offset_of!` takes it (`a.b`, `Some.0`); absent for the parts of a
   *  pointer and for std's private fields, which no program can name. */
  readonly path?: string;
  /** How many invalid values the field's largest niche has, when it has one (decimal). */
  readonly niche?: string;
}

export type VariantEncoding =
  /** A tag of its own holds the discriminant (`value`, as an unsigned integer of the tag's size). */
  | { readonly kind: 'tag'; readonly value: string }
  /** The tag is `value`, stored in the niche (invalid values) of the untagged variant's field. */
  | { readonly kind: 'niche'; readonly value: string }
  /** The variant whose field holds the niche: any valid value there means this variant. */
  | { readonly kind: 'untagged' }
  /** The enum's only inhabited variant: there is no tag at all. */
  | { readonly kind: 'only' }
  /** A variant no value can have (a field of an empty type): it takes no room. */
  | { readonly kind: 'uninhabited' };

export interface VariantReport {
  readonly name: string;
  readonly encoding: VariantEncoding;
  readonly entries: readonly LayoutEntry[];
}

export interface TypeLayoutReport {
  readonly ty: string;
  readonly kind: 'struct' | 'enum' | 'tuple' | 'array' | 'pointer' | 'scalar' | 'zero-sized';
  readonly size: number;
  readonly align: number;
  /** Invalid values of the largest niche left for an enclosing enum (decimal; `0`: none). */
  readonly niche: string;
  /** Enums with a tag: where it is, and (niche-encoded) the field whose invalid values hold it. */
  readonly tag?: { readonly offset: number; readonly size: number; readonly encoding: 'tag' | 'niche'; readonly field?: string };
  /** Structs, tuples, pointers: the fields; enums: none (see `variants`). */
  readonly entries: readonly LayoutEntry[];
  readonly variants?: readonly VariantReport[];
}

/** The layout of a sized type; `null` for `str`, slices and `dyn Trait`, which have none. */
export function typeLayoutReport(ty: Ty): TypeLayoutReport | null {
  if (isUnsized(ty)) return null;
  const layout = realLayout(ty);
  const base = { ty: showTy(ty), size: layout.size, align: layout.align, niche: String(layout.largestNiche?.available ?? 0n) };
  if (ty.k === 'adt' && ty.def.kind === 'enum') return enumReport(ty, layout, base);
  const entries = fieldEntries(ty, 0, 0, '');
  const withPadding = entries.length > 0 ? fillGaps(entries, 0, 0, layout.size, 'padding') : [];
  return { ...base, kind: kindOf(ty, layout), entries: withPadding };
}

function kindOf(ty: Ty, layout: RealLayout): TypeLayoutReport['kind'] {
  if (layout.size === 0) return 'zero-sized';
  if (ty.k === 'tuple') return 'tuple';
  if (ty.k === 'array') return 'array';
  if (ty.k === 'adt') return 'struct';
  if (ty.k === 'ref' || ty.k === 'ptr' || ty.k === 'box') return 'pointer';
  return 'scalar';
}

/** The fields of a value of type `ty` at `offset`, each followed by its own fields (struct and
 *  tuple fields are expanded; enums and arrays are one entry), with padding between them. */
function fieldEntries(ty: Ty, offset: number, depth: number, prefix: string): LayoutEntry[] {
  const parts = fieldsOf(ty);
  const out: LayoutEntry[] = [];
  for (const part of parts.sort((a, b) => a.offset - b.offset)) {
    if (part.elements && part.ty.k === 'array') {
      const elem = realLayout(part.ty.elem);
      out.push({ kind: 'field', name: part.name, ty: `${showTy(part.ty.elem)} × ${knownLen(part.ty)}`, offset: offset + part.offset, size: elem.size * knownLen(part.ty), depth });
      continue;
    }
    const layout = realLayout(part.ty);
    const at = offset + part.offset;
    const path = part.private || part.name.startsWith('(') || part.name.startsWith('[') ? undefined : `${prefix}${part.name}`;
    const niche = layout.largestNiche?.available;
    out.push({
      kind: 'field',
      name: part.name,
      ty: showTy(part.ty),
      offset: at,
      size: layout.size,
      depth,
      ...(path !== undefined ? { path } : {}),
      ...(niche ? { niche: String(niche) } : {}),
    });
    const inner = fieldEntries(part.ty, at, depth + 1, path !== undefined ? `${path}.` : prefix);
    if (inner.length > 0) out.push(...fillGaps(inner, depth + 1, at, layout.size, 'padding'));
  }
  return out;
}

interface Part {
  readonly name: string;
  readonly ty: Ty;
  readonly offset: number;
  /** A field of std's own types, private to std. */
  readonly private?: boolean;
  /** An array's elements, all of them. */
  readonly elements?: boolean;
}

const USIZE: Ty = { k: 'int', int: 'usize' };

/** The parts a value of the type is made of, at their offsets in it. */
function fieldsOf(ty: Ty): Part[] {
  const layout = realLayout(ty);
  switch (ty.k) {
    case 'tuple':
      return layout.variants[0]?.fields.map((f, i) => ({ name: String(i), ty: f.ty, offset: f.offset })) ?? [];
    case 'ref':
    case 'ptr':
    case 'box': {
      if (!isUnsized(ty.inner)) return [];
      const [, meta] = layout.variants[0]!.fields;
      // The data pointer is thin: to the first byte, element, or the value behind a `dyn`.
      const target: Ty = ty.inner.k === 'str' ? { k: 'int', int: 'u8' } : ty.inner.k === 'slice' ? ty.inner.elem : { k: 'tuple', elems: [] };
      const data: Ty = { k: 'ptr', mutable: false, inner: target };
      return [
        { name: '(data pointer)', ty: data, offset: 0 },
        { name: ty.inner.k === 'dyn' ? '(vtable pointer)' : '(length)', ty: ty.inner.k === 'dyn' ? { k: 'ptr', mutable: false, inner: USIZE } : USIZE, offset: meta!.offset },
      ];
    }
    case 'array':
      // The elements, as one entry: they are `stride` bytes apart.
      return knownLen(ty) > 0 && layout.size > 0 ? [{ name: knownLen(ty) === 1 ? '[0]' : `[0..${knownLen(ty)}]`, ty: knownLen(ty) === 1 ? ty.elem : { ...ty, len: knownLen(ty) }, offset: 0, elements: true }] : [];
    case 'adt': {
      if (ty.def.kind !== 'struct') return [];
      const names = ty.def.variants[0]!.fields.map((f) => f.name);
      const parts = layout.variants[0]?.fields.map((f, i) => ({ name: names[i]!, ty: f.ty, offset: f.offset, ...(ty.def.std ? { private: true } : {}) })) ?? [];
      // std's RawVec is part of Vec's own fields as people know them: {cap, ptr, len}.
      return parts.flatMap((p) => (p.ty.k === 'adt' && p.ty.def.std && p.ty.def.name === 'RawVec' ? fieldsOf(p.ty).map((q) => ({ ...q, offset: p.offset + q.offset })) : [p]));
    }
    default:
      return [];
  }
}

/** Adds a `kind` entry for every byte of [start, start + size) no entry at `depth` covers. */
function fillGaps(entries: readonly LayoutEntry[], depth: number, start: number, size: number, kind: 'padding' | 'unused'): LayoutEntry[] {
  const out: LayoutEntry[] = [];
  let at = start;
  const gap = (to: number): void => {
    if (to > at) out.push({ kind, name: `(${kind})`, offset: at, size: to - at, depth });
  };
  for (const e of entries) {
    if (e.depth === depth) {
      gap(e.offset);
      at = Math.max(at, e.offset + e.size);
    }
    out.push(e);
  }
  gap(start + size);
  return out;
}

function enumReport(ty: Ty & { k: 'adt' }, layout: RealLayout, base: Pick<TypeLayoutReport, 'ty' | 'size' | 'align' | 'niche'>): TypeLayoutReport {
  const def = ty.def;
  const tagSize = layout.tagSize ?? 0;
  const niche = layout.niche;
  const encodingOf = (v: number): VariantEncoding => {
    if (layout.tagEncoding === 'index') return { kind: 'tag', value: String(BigInt.asUintN(tagSize * 8, def.variants[v]!.discriminant)) };
    if (layout.tagEncoding === 'none') return v === niche?.untagged ? { kind: 'only' } : { kind: 'uninhabited' };
    if (v === niche!.untagged) return { kind: 'untagged' };
    return { kind: 'niche', value: String(BigInt.asUintN(tagSize * 8, (niche!.rustcStart ?? 0n) + BigInt(v - niche!.first))) };
  };
  const variants = def.variants.map((variant, v): VariantReport => {
    const encoding = encodingOf(v);
    const fieldTys = variantFields(ty, v);
    const entries: LayoutEntry[] = [];
    if (encoding.kind === 'tag' || encoding.kind === 'niche') entries.push({ kind: 'tag', name: encoding.kind === 'tag' ? '(tag)' : '(niche value)', offset: layout.tagOffset, size: tagSize, depth: 0 });
    if (encoding.kind !== 'uninhabited') {
      layout.variants[v]!.fields.forEach((f, i) => {
        const fl = realLayout(f.ty);
        const name = variant.fields[i]?.name ?? String(i);
        const path = `${variant.name}.${name}`;
        const nicheCount = fl.largestNiche?.available;
        entries.push({ kind: 'field', name, ty: showTy(fieldTys[i]!), offset: f.offset, size: fl.size, depth: 0, path, ...(nicheCount ? { niche: String(nicheCount) } : {}) });
        const inner = fieldEntries(f.ty, f.offset, 1, `${path}.`);
        if (inner.length > 0) entries.push(...fillGaps(inner, 1, f.offset, fl.size, 'padding'));
      });
    }
    entries.sort((a, b) => a.offset - b.offset || a.depth - b.depth);
    const filled = encoding.kind === 'uninhabited' || layout.size === 0 ? entries : fillGaps(entries, 0, 0, layout.size, 'unused');
    return { name: variant.name, encoding, entries: filled };
  });
  const tag = (() => {
    if (layout.tagEncoding === 'index') return { offset: layout.tagOffset, size: tagSize, encoding: 'tag' as const };
    if (layout.tagEncoding !== 'niche') return undefined;
    // The deepest field holding the niche that a program can name, and within it, std's own.
    const holders = variants[niche!.untagged]!.entries.filter((e) => e.kind === 'field' && e.offset <= layout.tagOffset && e.offset + e.size >= layout.tagOffset + tagSize);
    const named = holders.filter((e) => e.path !== undefined).pop();
    const deepest = holders[holders.length - 1];
    const field = named?.path && deepest && deepest !== named ? `${named.path} (its ${deepest.name})` : named?.path;
    return { offset: layout.tagOffset, size: tagSize, encoding: 'niche' as const, ...(field ? { field } : {}) };
  })();
  return { ...base, kind: layout.size === 0 ? 'zero-sized' : 'enum', ...(tag ? { tag } : {}), entries: [], variants };
}

// ---- text ---------------------------------------------------------------------------------------

const plural = (n: number | string, one: string): string => `${n} ${one}${String(n) === '1' ? '' : 's'}`;

/** The report as text: a header line, how an enum's variants are told apart, then one line per
 *  field or gap (`+OFFSET  SIZE  name: type`), nested fields indented. */
export function layoutText(report: TypeLayoutReport): string {
  const lines: string[] = [];
  const niche = report.niche === '0' ? 'no niche' : `niche: ${plural(report.niche, 'invalid value')}`;
  lines.push(`${report.ty}: ${report.kind}, size ${report.size}, align ${report.align}, ${niche}`);
  /** Table rows (offset, size, what), and headings (an enum's variants) between them. */
  const rows: ({ cells: [string, string, string] } | { heading: string })[] = [];
  const entryRows = (entries: readonly LayoutEntry[], indent: number): void => {
    for (const e of entries) {
      const pad = '  '.repeat(indent + e.depth);
      const label = e.kind === 'field' ? `${e.name}: ${e.ty}` : e.name;
      const note = e.kind === 'field' && e.niche ? `  (niche: ${plural(e.niche, 'invalid value')})` : '';
      rows.push({ cells: [`${pad}+${e.offset}`, String(e.size), `${label}${note}`] });
    }
  };
  if (report.variants) {
    const tag = report.tag;
    if (tag?.encoding === 'tag') lines.push(`tag: ${plural(tag.size, 'byte')} at +${tag.offset}, holding the discriminant`);
    else if (tag?.encoding === 'niche') lines.push(`tag: in the niche of ${tag.field ?? 'a field'} (${plural(tag.size, 'byte')} at +${tag.offset}): values it cannot hold stand for the other variants`);
    else if (report.variants.length > 0) lines.push('no tag: one variant can exist');
    for (const v of report.variants) {
      rows.push({ heading: `variant ${v.name} ${variantNote(v.encoding)}` });
      entryRows(v.entries, 1);
    }
  } else entryRows(report.entries, 0);
  const cells = rows.flatMap((r) => ('cells' in r ? [r.cells] : []));
  const w0 = Math.max(0, ...cells.map((c) => c[0].length));
  const w1 = Math.max(0, ...cells.map((c) => c[1].length));
  for (const r of rows) lines.push('heading' in r ? r.heading : `${r.cells[0].padEnd(w0)}  ${r.cells[1].padStart(w1)}  ${r.cells[2]}`.trimEnd());
  return `${lines.join('\n')}\n`;
}

function variantNote(e: VariantEncoding): string {
  switch (e.kind) {
    case 'tag':
      return `(tag = ${e.value})`;
    case 'niche':
      return `(niche value ${e.value})`;
    case 'untagged':
      return '(untagged: any valid value in the niche)';
    case 'only':
      return '(the only variant)';
    case 'uninhabited':
      return '(uninhabited: takes no room)';
  }
}

import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { INTRINSICS } from '../src/machine/intrinsics.js';

// std declares the functions the machine implements natively as `fn __intrinsic_NAME(...)`;
// the type of `INTRINSICS` makes every `IntrinsicName` have a handler, and this test makes every
// name std declares one of them.
const STD_DIRECTORY = fileURLToPath(new URL('../std/', import.meta.url));

function declaredIntrinsics(): string[] {
  const names = new Set<string>();
  for (const file of readdirSync(STD_DIRECTORY).filter((f) => f.endsWith('.rs'))) {
    for (const m of readFileSync(STD_DIRECTORY + file, 'utf8').matchAll(/\bfn\s+__intrinsic_(\w+)/g)) names.add(m[1]!);
  }
  return [...names].sort();
}

describe('intrinsic handlers', () => {
  it('std declares its intrinsics in std/*.rs', () => {
    expect(declaredIntrinsics()).toEqual(expect.arrayContaining(['vec_push', 'alloc', 'realloc', 'fmt_display', 'wrapping']));
  });

  it('every __intrinsic_* that std declares has a handler', () => {
    const missing = declaredIntrinsics().filter((name) => typeof (INTRINSICS as Record<string, unknown>)[name] !== 'function');
    expect(missing).toEqual([]);
  });
});

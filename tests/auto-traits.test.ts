import { describe, expect, it } from 'vitest';
import { diagnosticOf, stackheap } from './helpers.js';

// Send and Sync (types/auto-traits.ts) and the `unsafe impl` rules, on what the corpus does
// not cover: a program's own negative impl is refused, not accepted or misreported, and a
// program's own `unsafe trait` follows the same rules as std's.
async function accepts(text: string): Promise<void> {
  (await stackheap()).compile({ path: 'test.rs', text });
}

async function rejects(text: string): Promise<{ kind: string; code: string | undefined; headline: string; line: number }> {
  const d = await diagnosticOf(text);
  return { kind: d.kind, code: d.code, headline: d.headline, line: d.span.line };
}

describe('auto traits', () => {
  it("refuses a program's negative impl (rustc needs a nightly feature for it)", async () => {
    const d = await rejects('struct Token;\nimpl !Send for Token {}\nfn main() {}\n');
    expect(d).toMatchObject({ kind: 'unsupported', headline: 'unsupported: negative impls', line: 2 });
  });

  it("asks `unsafe impl` of a program's own unsafe trait (E0200) and accepts it", async () => {
    await accepts('unsafe trait Zeroable {}\nunsafe impl Zeroable for u8 {}\nfn main() {}\n');
    expect(await rejects('unsafe trait Zeroable {}\nimpl Zeroable for u8 {}\nfn main() {}\n')).toMatchObject({
      code: 'E0200',
      headline: 'the trait `Zeroable` requires an `unsafe impl` declaration',
      line: 2,
    });
  });

  it('rejects an unsafe inherent impl (E0197)', async () => {
    expect(await rejects('struct Point;\nunsafe impl Point {}\nfn main() {}\n')).toMatchObject({ code: 'E0197', headline: 'inherent impls cannot be unsafe', line: 2 });
  });

  it('takes a bounded type parameter as having the bound, and an unbounded one as lacking it', async () => {
    const need = 'fn need_send<T: Send>(_: T) {}\n';
    await accepts(`${need}fn relay<T: Send>(v: Vec<T>) { need_send(v); }\nfn main() { relay(vec![1]); }\n`);
    await accepts(`${need}trait Job: Send {}\nfn relay<J: Job>(j: J) { need_send(j); }\nfn main() {}\n`);
    expect(await rejects(`${need}fn relay<T>(v: Vec<T>) {\n    need_send(v);\n}\nfn main() { relay(vec![1]); }\n`)).toMatchObject({
      code: 'E0277',
      headline: '`T` cannot be sent between threads safely',
      line: 3,
    });
  });
});

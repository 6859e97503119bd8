import { readdirSync, readFileSync } from 'node:fs';
import { expect } from 'vitest';

// The refusal ratchet. A corpus program stackheap refuses (an `unsupported` diagnostic, before or
// while running) is listed by name in tests/refused.json with the refusal's headline. A refusal
// that is not listed is a regression ("identical" became "refused"); a listed program that no
// longer refuses must leave the list, so that it cannot regress unseen; a listed headline that
// changes means the refusal changed cause.
const REFUSED_FILE = 'tests/refused.json';

type RefusalTable = Readonly<Record<string, Readonly<Record<string, string>>>>;

const table = JSON.parse(readFileSync(REFUSED_FILE, 'utf8')) as RefusalTable;

export class RefusalList {
  private readonly listed: ReadonlyMap<string, string>;

  /** `dir` is the corpus directory as written in tests/refused.json (`tests/programs`); a
   *  `mode` (`--unchecked`) adds the programs listed as refused in that mode only
   *  (`tests/programs --unchecked`). */
  constructor(
    private readonly dir: string,
    mode?: string,
  ) {
    this.listed = new Map([...Object.entries(table[dir] ?? {}), ...Object.entries(mode ? (table[`${dir} ${mode}`] ?? {}) : {})]);
  }

  /** The listed programs that are not in the directory any more. */
  stale(): string[] {
    const present = new Set(readdirSync(this.dir));
    return [...this.listed.keys()].filter((program) => !present.has(program));
  }

  /** The program was refused with `headline`: it must be listed, with that headline. */
  expectRefusalListed(program: string, headline: string): void {
    const listed = this.listed.get(program);
    expect(listed, `${this.dir}/${program} is refused ("${headline}") but not listed in ${REFUSED_FILE}: a regression, or list it`).toBeDefined();
    expect(headline, `${this.dir}/${program} is refused for another cause than ${REFUSED_FILE} lists`).toBe(listed);
  }

  /** The program was not refused: it must not be listed. */
  expectNotListed(program: string): void {
    expect(this.listed.has(program), `${this.dir}/${program} is no longer refused: remove it from ${REFUSED_FILE}`).toBe(false);
  }
}

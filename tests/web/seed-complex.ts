/**
 * The seed's nine tables for its complex example ("A complex example" in
 * shared/seeds/003_*.txt), as `address | name | value` rows, highest address first. The seed
 * writes 2^30 as "230" (lost superscript); these rows use the view layer's `(2^30) - k`.
 */
const TABLES = `
main() calls foo()
(2^30) - 1||20
...|...|...
2|j|→ 0
1|i|→ (2^30) - 1
0|h|3

foo() calls baz()
(2^30) - 1||20
...|...|...
5|z|→ 4
4|y|10
3|x|→ 0
2|j|→ 0
1|i|→ (2^30) - 1
0|h|3

baz() returns
(2^30) - 1||20
...|...|...
7|g|100
6|f|→ 4
5|z|→ 4
4|y|10
3|x|→ 0
2|j|→ 0
1|i|→ (2^30) - 1
0|h|3

foo() calls bar()
(2^30) - 1||20
...|...|...
5|z|→ 4
4|y|10
3|x|→ 0
2|j|→ 0
1|i|→ (2^30) - 1
0|h|3

bar() calls baz()
(2^30) - 1||20
(2^30) - 2||5
...|...|...
10|e|→ 9
9|d|→ (2^30) - 2
8|c|5
7|b|→ 4
6|a|→ 0
5|z|→ 4
4|y|10
3|x|→ 0
2|j|→ 0
1|i|→ (2^30) - 1
0|h|3

baz() returns
(2^30) - 1||20
(2^30) - 2||5
...|...|...
12|g|100
11|f|→ (2^30) - 2
10|e|→ 9
9|d|→ (2^30) - 2
8|c|5
7|b|→ 4
6|a|→ 0
5|z|→ 4
4|y|10
3|x|→ 0
2|j|→ 0
1|i|→ (2^30) - 1
0|h|3

bar() returns
(2^30) - 1||20
(2^30) - 2||5
...|...|...
10|e|→ 9
9|d|→ (2^30) - 2
8|c|5
7|b|→ 4
6|a|→ 0
5|z|→ 4
4|y|10
3|x|→ 0
2|j|→ 0
1|i|→ (2^30) - 1
0|h|3

foo() returns
(2^30) - 1||20
...|...|...
5|z|→ 4
4|y|10
3|x|→ 0
2|j|→ 0
1|i|→ (2^30) - 1
0|h|3

main() returns
(2^30) - 1||20
...|...|...
2|j|→ 0
1|i|→ (2^30) - 1
0|h|3
`;

export interface SeedRow {
  readonly address: string;
  readonly name: string;
  readonly value: string;
}

export interface SeedTable {
  readonly caption: string;
  readonly rows: readonly SeedRow[];
}

export const SEED_TABLES: readonly SeedTable[] = TABLES.trim()
  .split(/\n\n/)
  .map((block) => {
    const [caption, ...lines] = block.split('\n');
    return {
      caption: caption!,
      rows: lines.map((line) => {
        const [address, name, value] = line.split('|');
        return { address: address!, name: name!, value: value! };
      }),
    };
  });

/** `(2^30) - k` or a decimal address, as the number the DOM's data-addr holds. */
export function addressNumber(text: string): number {
  const heap = /^\(2\^30\) - (\d+)$/.exec(text);
  return heap ? 2 ** 30 - Number(heap[1]) : Number(text);
}

// Minimising a reproducer: the smallest program found that still gives the same class and
// signature. `keeps(text)` answers whether a candidate does. Two passes, repeated while either
// removes something: whole brace-balanced blocks (an item, an `impl`, a loop: removing only a
// part of one rarely still parses), then delta debugging by lines (Zeller's ddmin).

/** Removes the blocks of `lines` that `keeps` allows, largest first. */
async function removeBlocks(lines, keeps, budget) {
  for (;;) {
    const blocks = braceBlocks(lines).sort((a, b) => b[1] - b[0] - (a[1] - a[0]));
    let removed = false;
    for (const [start, end] of blocks) {
      if (budget.left <= 0) return lines;
      budget.left--;
      const candidate = [...lines.slice(0, start), ...lines.slice(end + 1)];
      if (await keeps(candidate.join('\n'))) {
        lines = candidate;
        removed = true;
        break;
      }
    }
    if (!removed) return lines;
  }
}

/** [first, last] line pairs of each block that opens with more `{` than it closes on its first
 *  line and ends on the line where the depth returns (string contents are not told apart). */
export function braceBlocks(lines) {
  const depthChange = lines.map((l) => (l.match(/\{/g) ?? []).length - (l.match(/\}/g) ?? []).length);
  const blocks = [];
  depthChange.forEach((change, start) => {
    if (change <= 0) return;
    let depth = change;
    for (let end = start + 1; end < lines.length; end++) {
      depth += depthChange[end];
      if (depth <= 0) {
        blocks.push([start, end]);
        return;
      }
    }
  });
  return blocks;
}

/** ddmin over lines: removes chunks at finer granularity each round until no single line can go. */
async function removeLines(lines, keeps, budget) {
  let granularity = 2;
  while (lines.length >= 2 && budget.left > 0) {
    const chunk = Math.ceil(lines.length / granularity);
    let removed = false;
    for (let start = 0; start < lines.length && budget.left > 0; start += chunk) {
      const candidate = [...lines.slice(0, start), ...lines.slice(start + chunk)];
      budget.left--;
      if (await keeps(candidate.join('\n'))) {
        lines = candidate;
        granularity = Math.max(granularity - 1, 2);
        removed = true;
        break;
      }
    }
    if (!removed) {
      if (chunk === 1) break;
      granularity = Math.min(granularity * 2, lines.length);
    }
  }
  return lines;
}

/** The reproducer reduced within `maxTests` candidates tried; `tests` says how many were. */
export async function minimizeLines(text, keeps, maxTests) {
  const budget = { left: maxTests };
  let lines = text.split('\n');
  for (;;) {
    const before = lines.length;
    lines = await removeLines(await removeBlocks(lines, keeps, budget), keeps, budget);
    if (lines.length === before || budget.left <= 0) break;
  }
  return { text: lines.join('\n'), tests: maxTests - budget.left };
}

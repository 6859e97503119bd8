// Delta debugging by lines (Zeller's ddmin): the smallest set of a reproducer's lines found that
// still gives the same class and signature. `keeps(text)` answers whether a candidate does.

/** Removes chunks of lines while `keeps` holds, at finer granularity each round, until no single
 *  line can go or `maxTests` candidates have been tried. */
export async function minimizeLines(text, keeps, maxTests) {
  let lines = text.split('\n');
  let granularity = 2;
  let tests = 0;
  while (lines.length >= 2 && tests < maxTests) {
    const chunk = Math.ceil(lines.length / granularity);
    let removed = false;
    for (let start = 0; start < lines.length && tests < maxTests; start += chunk) {
      const candidate = [...lines.slice(0, start), ...lines.slice(start + chunk)];
      tests++;
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
  return { text: lines.join('\n'), tests };
}

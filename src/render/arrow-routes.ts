/**
 * The curves of the diagram's arrows, from a pointer's dot to the cell it points at, in plain
 * numbers: the page measures its laid-out DOM and the SVG export its own layout, and both draw
 * these same paths.
 */

export interface Box {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

/** A cubic curve from the pointer's dot to the target's edge that faces it; loops stay left of `maxX`. */
export function route(dot: Box, target: Box, maxX: number): string {
  const sx = (dot.left + dot.right) / 2;
  const sy = (dot.top + dot.bottom) / 2;
  const ty = (target.top + target.bottom) / 2;
  const head = 7; // the marker's length: the path stops short so the tip touches the cell
  if (target.left >= sx + 24) {
    // Target to the right (stack → heap, side by side).
    const tx = target.left - head;
    const bend = Math.max(24, (tx - sx) / 2);
    return `M${f(sx)},${f(sy)} C${f(sx + bend)},${f(sy)} ${f(tx - bend)},${f(ty)} ${f(tx)},${f(ty)}`;
  }
  if (target.right <= dot.left - 24) {
    // Target to the left.
    const tx = target.right + head;
    const bend = Math.max(24, (sx - tx) / 2);
    return `M${f(sx)},${f(sy)} C${f(sx + bend)},${f(sy)} ${f(tx + bend)},${f(ty)} ${f(tx)},${f(ty)}`;
  }
  // Same column: loop out to the right and come back into the target's right edge; the
  // farther apart the cells, the wider the loop, so nested arrows don't overlap.
  const tx = target.right + head;
  const bulge = Math.min(maxX, Math.max(sx, tx) + 18 + Math.min(90, Math.abs(ty - sy) * 0.18));
  return `M${f(sx)},${f(sy)} C${f(bulge)},${f(sy)} ${f(bulge)},${f(ty)} ${f(tx)},${f(ty)}`;
}

/**
 * A curve onto a byte of a text strip: bytes sit side by side, so the arrow comes down onto
 * the byte's top edge (or up onto its bottom edge, from a pointer below it).
 */
export function routeVertical(dot: Box, target: Box): string {
  const sx = (dot.left + dot.right) / 2;
  const sy = (dot.top + dot.bottom) / 2;
  const tx = (target.left + target.right) / 2;
  const head = 7;
  const below = sy > target.bottom;
  const ty = below ? target.bottom + head : target.top - head;
  const bend = Math.max(28, Math.abs(ty - sy) / 2);
  const side = Math.max(24, Math.abs(tx - sx) / 2);
  return `M${f(sx)},${f(sy)} C${f(sx + side)},${f(sy)} ${f(tx)},${f(below ? ty + bend : ty - bend)} ${f(tx)},${f(ty)}`;
}

function f(n: number): string {
  return n.toFixed(1);
}

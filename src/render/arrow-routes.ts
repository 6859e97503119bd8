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

/** How `route` draws an arrow: to a target right of the dot, left of it, or (same column) a
 *  loop out to the right and back. */
export function direction(dot: Box, target: Box): 'right' | 'left' | 'loop' {
  const sx = (dot.left + dot.right) / 2;
  return target.left >= sx + 24 ? 'right' : target.right <= dot.left - 24 ? 'left' : 'loop';
}

/** Pixels between two lanes of loops. */
const LANE_GAP = 5;

/** Of `lanes` loops that would all bulge to `maxX`, this one's (0 = the shortest loop). */
export interface Lane {
  readonly lane: number;
  readonly lanes: number;
}

/**
 * A cubic curve from the pointer's dot to the target's edge that faces it; loops stay left of
 * `maxX`. Arrows that go one way from one column would otherwise run along one line (loops
 * along `maxX`, arrows to the next column down the middle of the gap): with a `lane`, each
 * takes its own line, spread over the room there is.
 */
export function route(dot: Box, target: Box, maxX: number, lane?: Lane): string {
  const sx = (dot.left + dot.right) / 2;
  const sy = (dot.top + dot.bottom) / 2;
  const ty = (target.top + target.bottom) / 2;
  const head = 7; // the marker's length: the path stops short so the tip touches the cell
  if (target.left >= sx + 24) {
    // Target to the right (stack → heap, side by side).
    const tx = target.left - head;
    if (lane && lane.lanes > 1) {
      const x = sx + ((tx - sx) * (lane.lane + 1)) / (lane.lanes + 1);
      return `M${f(sx)},${f(sy)} C${f(x)},${f(sy)} ${f(x)},${f(ty)} ${f(tx)},${f(ty)}`;
    }
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
  const inner = Math.max(sx, tx) + 18;
  const natural = inner + Math.min(90, Math.abs(ty - sy) * 0.18);
  // With lanes, both terms grow with the lane, so no two loops of a group share a line.
  const bulge = lane && lane.lanes > 1 && maxX > inner ? Math.min(natural + lane.lane * LANE_GAP, inner + ((maxX - inner) * (lane.lane + 1)) / lane.lanes) : Math.min(maxX, natural);
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

import { direction, route, routeVertical, type Box, type Lane } from '../../src/render/arrow-routes.js';

/**
 * Arrows from each pointer cell to the cell it points at, drawn as SVG paths in an overlay that
 * covers the diagram. Positions come from the laid-out DOM, so they are recomputed whenever the
 * layout can change: a new step, a resize (ResizeObserver) or a scroll.
 */

const SVG = 'http://www.w3.org/2000/svg';

export class Arrows {
  private readonly svg: SVGSVGElement;
  private frame = 0;

  constructor(private readonly host: HTMLElement) {
    this.svg = document.createElementNS(SVG, 'svg');
    this.svg.classList.add('arrows');
    this.svg.setAttribute('aria-hidden', 'true');
    host.append(this.svg);
    new ResizeObserver(() => this.schedule()).observe(host);
    // Scrolling inside the diagram (or the page, at narrow widths) moves cells relative to each other's containers.
    host.addEventListener('scroll', () => this.schedule(), { capture: true, passive: true });
    window.addEventListener('resize', () => this.schedule(), { passive: true });
  }

  /** Redraws on the next animation frame (several triggers in one frame cost one redraw). */
  schedule(): void {
    if (this.frame !== 0) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.draw();
    });
  }

  draw(): void {
    // The diagram's renderer replaces the host's children; the overlay goes back on top.
    if (this.svg.parentNode !== this.host || this.host.lastChild !== this.svg) this.host.append(this.svg);
    const origin = this.host.getBoundingClientRect();
    // The overlay spans the whole scrollable content, so arrows scroll with the cells.
    const width = this.host.scrollWidth;
    const height = this.host.scrollHeight;
    this.svg.setAttribute('width', String(width));
    this.svg.setAttribute('height', String(height));
    this.svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
    const dx = this.host.scrollLeft - origin.left;
    const dy = this.host.scrollTop - origin.top;
    const paths: SVGPathElement[] = [];
    // Side by side, a loop between two cells of a stack stays in the gap left of the next
    // column (another thread's stack, or the heap's).
    const columns = [...this.host.querySelectorAll<HTMLElement>('.region.stack, .diagram > .column')].map((c) => c.getBoundingClientRect());
    const limits = new Map<Element, number>();
    const limitOf = (stack: Element): number => {
      const known = limits.get(stack);
      if (known !== undefined) return known;
      const right = stack.getBoundingClientRect().right;
      const next = columns.filter((c) => c.left > right).reduce((min, c) => Math.min(min, c.left), Infinity);
      const limit = next === Infinity ? width - 3 : next + dx - 10;
      limits.set(stack, limit);
      return limit;
    };
    type Arrow = { readonly source: HTMLElement; readonly to: string; readonly a: Box; readonly b: Box; readonly maxX: number; readonly byte: boolean; lane?: Lane };
    const arrows: Arrow[] = [];
    for (const source of this.host.querySelectorAll<HTMLElement>('[data-points-to]')) {
      const to = source.dataset.pointsTo!;
      const target = this.host.querySelector<HTMLElement>(`[data-addr="${to}"]`);
      const dot = source.querySelector<HTMLElement>('.dot');
      if (!target || !dot) continue; // e.g. a temporary outside the diagram
      const stack = source.closest('.region.stack');
      const maxX = stack ? limitOf(stack) : width - 3;
      arrows.push({ source, to, a: shift(dot.getBoundingClientRect(), dx, dy), b: shift(target.getBoundingClientRect(), dx, dy), maxX, byte: target.classList.contains('byte') });
    }
    // Loops that share a right edge, and arrows from one column to the next, get a lane each,
    // by length, so that they never run along one line.
    const groups = new Map<string, Arrow[]>();
    for (const arrow of arrows) {
      if (arrow.byte) continue;
      const way = direction(arrow.a, arrow.b);
      const key = way === 'loop' ? `loop ${arrow.maxX}` : way === 'right' ? `right ${Math.round(arrow.a.left)}` : null;
      if (key) groups.set(key, [...(groups.get(key) ?? []), arrow]);
    }
    for (const group of groups.values()) {
      group.sort((p, q) => Math.abs(p.b.top - p.a.top) - Math.abs(q.b.top - q.a.top));
      group.forEach((arrow, lane) => (arrow.lane = { lane, lanes: group.length }));
    }
    for (const { source, to, a, b, maxX, byte, lane } of arrows) {
      const path = document.createElementNS(SVG, 'path');
      path.setAttribute('d', byte ? routeVertical(a, b) : route(a, b, maxX, lane));
      path.setAttribute('data-from', source.dataset.addr!);
      path.setAttribute('data-to', to);
      path.setAttribute('class', source.classList.contains('changed') ? 'arrow changed' : 'arrow');
      path.setAttribute('marker-end', 'url(#arrowhead)');
      paths.push(path);
    }
    this.svg.replaceChildren(defs(), ...paths);
  }
}

function shift(r: DOMRect, dx: number, dy: number): Box {
  return { left: r.left + dx, right: r.right + dx, top: r.top + dy, bottom: r.bottom + dy };
}

function defs(): SVGDefsElement {
  const d = document.createElementNS(SVG, 'defs');
  const marker = document.createElementNS(SVG, 'marker');
  marker.setAttribute('id', 'arrowhead');
  marker.setAttribute('viewBox', '0 0 10 10');
  marker.setAttribute('refX', '1');
  marker.setAttribute('refY', '5');
  marker.setAttribute('markerWidth', '7');
  marker.setAttribute('markerHeight', '7');
  marker.setAttribute('markerUnits', 'userSpaceOnUse');
  marker.setAttribute('orient', 'auto');
  const tip = document.createElementNS(SVG, 'path');
  tip.setAttribute('d', 'M0,0 L10,5 L0,10 z');
  tip.setAttribute('class', 'arrow-tip');
  marker.append(tip);
  d.append(marker);
  return d;
}

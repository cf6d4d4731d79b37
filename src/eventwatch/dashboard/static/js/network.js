// Actor network: a small force-directed layout computed here (no library), drawn in SVG.
// Edge colour is the conflict-cooperation index (red conflict, blue cooperation).
import { clear, diverging, emptyNote, fmt, s } from "./dom.js";

const W = 640, H = 620;  // taller than wide: the panel spans two rows

function layout(nodes, edges) {
  // area grows with the node count; the view box is fitted afterwards, so no hard bounds
  const spread = 60 * Math.sqrt(nodes.length);
  const pos = nodes.map((n, i) => {
    const a = i * 2.399963;                              // golden-angle spiral: deterministic start
    const r = spread * Math.sqrt((i + 0.5) / nodes.length);
    return { x: W / 2 + Math.cos(a) * r, y: H / 2 + Math.sin(a) * r, vx: 0, vy: 0 };
  });
  const index = new Map(nodes.map((n, i) => [n.id, i]));
  const links = edges.map((e) => [index.get(e.source), index.get(e.target), e.events]);
  for (let step = 0; step < 300; step++) {
    const heat = 1 - step / 300;
    for (let i = 0; i < pos.length; i++) {
      for (let j = i + 1; j < pos.length; j++) {        // repulsion
        const dx = pos[i].x - pos[j].x, dy = pos[i].y - pos[j].y;
        const d2 = Math.max(dx * dx + dy * dy, 25), f = 2500 / d2;
        const d = Math.sqrt(d2);
        pos[i].vx += (dx / d) * f; pos[i].vy += (dy / d) * f;
        pos[j].vx -= (dx / d) * f; pos[j].vy -= (dy / d) * f;
      }
    }
    for (const [a, b] of links) {                        // springs
      const dx = pos[b].x - pos[a].x, dy = pos[b].y - pos[a].y;
      const d = Math.max(Math.sqrt(dx * dx + dy * dy), 1), f = (d - 80) * 0.02;
      pos[a].vx += (dx / d) * f; pos[a].vy += (dy / d) * f;
      pos[b].vx -= (dx / d) * f; pos[b].vy -= (dy / d) * f;
    }
    for (const p of pos) {                               // gravity keeps small components close
      p.vx += (W / 2 - p.x) * 0.015; p.vy += (H / 2 - p.y) * 0.015;
      p.x += Math.max(-30, Math.min(30, p.vx * heat));
      p.y += Math.max(-30, Math.min(30, p.vy * heat));
      p.vx *= 0.5; p.vy *= 0.5;
    }
  }
  return pos;
}

// the view box around the laid-out nodes (room for labels), at the panel's aspect ratio
function fitBox(pos) {
  const xs = pos.map((p) => p.x), ys = pos.map((p) => p.y);
  let [x0, x1, y0, y1] = [Math.min(...xs) - 40, Math.max(...xs) + 40, Math.min(...ys) - 40, Math.max(...ys) + 30];
  let w = x1 - x0, hgt = y1 - y0;
  if (w < W * 0.55) { x0 -= (W * 0.55 - w) / 2; w = W * 0.55; }   // never zoom in far: few nodes stay small
  if (hgt < H * 0.55) { y0 -= (H * 0.55 - hgt) / 2; hgt = H * 0.55; }
  if (w / hgt < W / H) { const nw = hgt * (W / H); x0 -= (nw - w) / 2; w = nw; } else { const nh = w / (W / H); y0 -= (nh - hgt) / 2; hgt = nh; }
  return `${x0.toFixed(1)} ${y0.toFixed(1)} ${w.toFixed(1)} ${hgt.toFixed(1)}`;
}

export function drawNetwork(container, network) {
  const { nodes, edges } = network;
  if (!edges.length) return emptyNote(container, "No actor pairs match the filters.");
  const pos = layout(nodes, edges);
  const at = new Map(nodes.map((n, i) => [n.id, pos[i]]));
  const maxE = Math.max(...edges.map((e) => e.events)), maxN = Math.max(...nodes.map((n) => n.events));
  const svg = s("svg", { viewBox: fitBox(pos), role: "img", "aria-label": "actor network" });
  const defs = s("defs");
  defs.append(s("marker", { id: "arrow", viewBox: "0 0 10 10", refX: 10, refY: 5, markerWidth: 5, markerHeight: 5, orient: "auto" },
    s("path", { d: "M0,0L10,5L0,10Z", fill: "#98a2b3" })));
  svg.append(defs);
  const radius = (n) => 4 + Math.sqrt(n.events / maxN) * 14;
  const rOf = new Map(nodes.map((n) => [n.id, radius(n)]));
  for (const e of edges) {
    const a = at.get(e.source), b = at.get(e.target);
    const dx = b.x - a.x, dy = b.y - a.y, d = Math.max(Math.hypot(dx, dy), 1);
    const rb = rOf.get(e.target) + 2;
    svg.append(s("line", { class: "edge", x1: a.x, y1: a.y, x2: b.x - (dx / d) * rb, y2: b.y - (dy / d) * rb,
      stroke: diverging(e.cci), "stroke-width": 0.8 + 3.2 * Math.sqrt(e.events / maxE), "stroke-opacity": 0.75,
      "marker-end": "url(#arrow)" },
      s("title", { text: `${e.source} → ${e.target}: ${fmt.format(e.events)} events, CCI ${e.cci ?? "n/a"}, mean Goldstein ${e.goldstein_mean}` })));
  }
  nodes.forEach((n, i) => {
    const p = pos[i];
    svg.append(s("g", { class: "node", "data-id": n.id },
      s("circle", { cx: p.x, cy: p.y, r: radius(n), fill: "#eef3ff", stroke: "#2458d6", "stroke-width": 1.4 }),
      s("title", { text: `${n.name} (${n.id})\n${fmt.format(n.events)} events: ${fmt.format(n.out)} as actor, ${fmt.format(n.in)} as recipient` })));
  });
  nodes.slice(0, 24).forEach((n) => {
    const p = at.get(n.id);
    svg.append(s("text", { class: "node-label", x: p.x, y: p.y - rOf.get(n.id) - 4, "text-anchor": "middle", text: n.id }));
  });
  clear(container).append(svg);
}

// Dyad timeline: stacked bars per period (cooperation up, conflict down), the Goldstein sum as
// a line on its own scale, and escalation alerts as red markers.
import { clear, emptyNote, fmt, fmt1, quadColor, s } from "./dom.js";

const H = 270, M = { top: 24, right: 48, bottom: 34, left: 42 };

export function drawTimeline(container, timeline, alerts) {
  const periods = timeline.periods || [];
  if (!periods.length) return emptyNote(container, "No dated events for this pair.");
  const W = Math.max(container.clientWidth || 800, 480);
  const iw = W - M.left - M.right, ih = H - M.top - M.bottom;
  const up = (p) => (p.by_quad["1"] || 0) + (p.by_quad["2"] || 0);
  const down = (p) => (p.by_quad["3"] || 0) + (p.by_quad["4"] || 0);
  const maxCount = Math.max(1, ...periods.map((p) => Math.max(up(p), down(p))));
  const maxG = Math.max(1, ...periods.map((p) => Math.abs(p.goldstein_sum)));
  const zero = M.top + ih / 2;
  const y = (n) => (n / maxCount) * (ih / 2);        // bar height for a count
  const yg = (g) => zero - (g / maxG) * (ih / 2);    // Goldstein line position
  const step = iw / periods.length, bw = Math.min(Math.max(1, step * 0.78), 48);
  const x = (i) => M.left + i * step + (step - bw) / 2;

  const svg = s("svg", { viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": `timeline ${timeline.a} ${timeline.b}` });
  svg.append(s("line", { x1: M.left, x2: W - M.right, y1: zero, y2: zero, stroke: "#98a2b3" }));
  axisLabels(svg, maxCount, maxG, zero, ih, W);
  periods.forEach((p, i) => {
    const g = s("g", { class: "period", "data-start": p.start });
    let top = zero;
    for (const q of ["2", "1"]) {           // material cooperation nearest the axis
      const n = p.by_quad[q] || 0;
      if (!n) continue;
      top -= y(n);
      g.append(s("rect", { x: x(i), y: top, width: bw, height: y(n), fill: quadColor(+q) }));
    }
    let bottom = zero;
    for (const q of ["4", "3"]) {
      const n = p.by_quad[q] || 0;
      if (!n) continue;
      g.append(s("rect", { x: x(i), y: bottom, width: bw, height: y(n), fill: quadColor(+q) }));
      bottom += y(n);
    }
    const top3 = Object.entries(p.by_type).sort((a, b) => b[1] - a[1]).slice(0, 3).map(([t, n]) => `${t} ${n}`);
    g.append(s("title", { text: `${p.start}: ${fmt.format(p.events)} events (${p.a_to_b} ${timeline.a}→${timeline.b}, `
      + `${p.b_to_a} back)\ncooperation ${up(p)}, conflict ${down(p)}, CCI ${p.cci ?? "n/a"}\n`
      + `Goldstein ${fmt1.format(p.goldstein_sum)}, PLOVER ${fmt1.format(p.plover_sum)}\n${top3.join(", ")}` }));
    g.append(s("rect", { x: M.left + i * step, y: M.top, width: step, height: ih, fill: "transparent" }));
    svg.append(g);
  });
  const line = periods.map((p, i) => `${i ? "L" : "M"}${(x(i) + bw / 2).toFixed(1)},${yg(p.goldstein_sum).toFixed(1)}`);
  svg.append(s("path", { d: line.join(""), fill: "none", stroke: "#3a3f4b", "stroke-width": 1.6, "stroke-linejoin": "round" }));
  // alerts are weekly; mark the period (week, month or day) that holds each alert's week
  const holder = (day) => periods.findLastIndex((p) => p.start <= day);
  const marked = new Map();
  for (const a of alerts || []) {
    const i = holder(a.period);
    if (i < 0) continue;
    marked.set(i, [...(marked.get(i) || []), a]);
  }
  for (const [i, group] of marked) {
    const cx = x(i) + bw / 2;
    svg.append(s("path", { class: "alert", d: `M${cx - 6},${M.top - 14}L${cx + 6},${M.top - 14}L${cx},${M.top - 3}Z`, fill: "#c8373a" },
      s("title", { text: group.map((g) => `Escalation alert, week of ${g.period}: Goldstein ${g.value} vs mean ${g.baseline_mean} (z = ${g.z})`).join("\n") })));
  }
  xLabels(svg, periods, x, bw, H);
  clear(container).append(svg);
}

function axisLabels(svg, maxCount, maxG, zero, ih, W) {
  const t = (x, y, text, anchor = "end") => svg.append(s("text", { x, y, "text-anchor": anchor, text }));
  t(M.left - 6, M.top + 8, fmt.format(maxCount));
  t(M.left - 6, zero + 4, "0");
  t(M.left - 6, M.top + ih, fmt.format(maxCount));
  t(4, M.top - 8, "▲ cooperation", "start");
  t(4, H - 3, "▼ conflict", "start");
  t(W - M.right + 6, M.top + 8, `+${fmt.format(Math.round(maxG))}`, "start");
  t(W - M.right + 6, M.top + ih, `−${fmt.format(Math.round(maxG))}`, "start");
  t(W - M.right + 6, zero + 4, "G 0", "start");
}

function xLabels(svg, periods, x, bw, H) {
  const every = Math.ceil(periods.length / 10);
  periods.forEach((p, i) => {
    if (i % every) return;
    svg.append(s("text", { x: x(i) + bw / 2, y: H - 20, "text-anchor": "middle", text: p.start.slice(0, 7) }));
  });
}

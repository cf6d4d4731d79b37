// Small DOM and SVG helpers: elements are built with textContent, never from HTML strings.
const SVG_NS = "http://www.w3.org/2000/svg";

export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  return fill(el, attrs, children);
}

export function s(tag, attrs = {}, ...children) {
  const el = document.createElementNS(SVG_NS, tag);
  return fill(el, attrs, children);
}

function fill(el, attrs, children) {
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === "class") el.setAttribute("class", v);
    else if (k === "text") el.textContent = v;
    else if (k.startsWith("on")) el.addEventListener(k.slice(2), v);
    else el.setAttribute(k, v);
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

export function clear(el) {
  while (el.firstChild) el.removeChild(el.firstChild);
  return el;
}

export const fmt = new Intl.NumberFormat("en");
export const fmt1 = new Intl.NumberFormat("en", { maximumFractionDigits: 1 });

// diverging colour for a value in [-1, 1]: red (conflict) - grey - blue (cooperation)
export function diverging(t) {
  const x = Math.max(-1, Math.min(1, t ?? 0));
  const [a, b] = x < 0 ? [[200, 55, 58], [208, 213, 221]] : [[31, 95, 174], [208, 213, 221]];
  const k = Math.abs(x);
  const c = a.map((v, i) => Math.round(b[i] + (v - b[i]) * k));
  return `rgb(${c[0]},${c[1]},${c[2]})`;
}

export function quadColor(q) {
  return ["#98a2b3", "#7fb3e6", "#1f5fae", "#f2a65a", "#c8373a"][q] || "#98a2b3";
}

export function emptyNote(container, text) {
  clear(container).append(h("div", { class: "empty", text }));
}

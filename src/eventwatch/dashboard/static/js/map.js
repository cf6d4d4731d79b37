// Map of event locations: Natural Earth country shapes (world-atlas, bundled) in an
// equirectangular projection, with server-side bins drawn as circles. Wheel zooms, drag pans.
import { clear, diverging, emptyNote, fmt, s } from "./dom.js";

const W = 960, H = 480;
const px = (lon) => ((lon + 180) / 360) * W;
const py = (lat) => ((90 - lat) / 180) * H;
let countryPaths = null;

async function loadCountries() {
  if (countryPaths) return countryPaths;
  const topo = await fetch("/static/vendor/world-atlas/countries-50m.json").then((r) => r.json());
  const geo = window.topojson.feature(topo, topo.objects.countries);
  countryPaths = geo.features.map((f) => ({ name: f.properties.name, d: pathOf(f.geometry) }));
  return countryPaths;
}

function pathOf(geometry) {
  if (!geometry) return "";
  const polys = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  return polys.map((rings) => rings.map((ring) =>
    ring.map(([lon, lat], i) => `${i ? "L" : "M"}${px(lon).toFixed(2)},${py(lat).toFixed(2)}`).join("") + "Z").join("")).join("");
}

// a view box around the bins (padded, at least 24 degrees wide, the map's aspect ratio)
function fitView(bins) {
  if (!bins.length) return [0, 0, W, H];
  const xs = bins.map((b) => px(b.lon)), ys = bins.map((b) => py(b.lat));
  let [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  let w = Math.max(x1 - x0, (24 / 360) * W) * 1.25, hgt = Math.max(y1 - y0, 1) * 1.25;
  if (w / hgt < W / H) w = hgt * (W / H); else hgt = w / (W / H);
  if (w > W) { w = W; hgt = H; }
  const cx = (x0 + x1) / 2, cy = (y0 + y1) / 2;
  return [Math.min(Math.max(cx - w / 2, 0), W - w), Math.min(Math.max(cy - hgt / 2, 0), H - hgt), w, hgt];
}

export async function drawMap(container, bins) {
  const paths = await loadCountries();
  const svg = s("svg", { viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": "map of event locations" });
  const land = s("g");
  for (const c of paths) land.append(s("path", { class: "country", d: c.d }, s("title", { text: c.name })));
  svg.append(s("rect", { x: 0, y: 0, width: W, height: H, fill: "#eaf1f8" }), land);
  const dots = s("g");
  svg.append(dots);
  const maxN = Math.max(1, ...bins.map((b) => b.events));
  let view = fitView(bins);
  const draw = () => {
    svg.setAttribute("viewBox", view.map((v) => v.toFixed(2)).join(" "));
    const k = view[2] / W;                    // keep circles the same size on screen
    clear(dots);
    for (const b of [...bins].reverse()) {    // biggest last, on top
      dots.append(s("circle", { class: "bin", cx: px(b.lon), cy: py(b.lat), r: (2.5 + Math.sqrt(b.events / maxN) * 16) * k,
        fill: diverging((b.goldstein_mean ?? 0) / 4) },
        s("title", { text: `${b.place ?? "?"} (${b.lat}, ${b.lon}): ${fmt.format(b.events)} events, mean Goldstein ${b.goldstein_mean}` })));
    }
  };
  draw();
  zoomAndPan(svg, () => view, (v) => { view = v; draw(); });
  clear(container).append(svg);
  if (!bins.length) container.append(Object.assign(document.createElement("div"), { className: "empty", textContent: "No located events match the filters." }));
  return { fit: () => { view = fitView(bins); draw(); } };
}

function zoomAndPan(svg, get, set) {
  svg.addEventListener("wheel", (ev) => {
    ev.preventDefault();
    const [x, y, w, hgt] = get(), r = svg.getBoundingClientRect();
    const fx = (ev.clientX - r.left) / r.width, fy = (ev.clientY - r.top) / r.height;
    const k = ev.deltaY < 0 ? 0.8 : 1.25, nw = Math.min(W, Math.max(20, w * k)), nh = nw * (H / W);
    set([x + (w - nw) * fx, y + (hgt - nh) * fy, nw, nh]);
  }, { passive: false });
  let start = null;
  svg.addEventListener("pointerdown", (ev) => { start = [ev.clientX, ev.clientY, get()]; svg.setPointerCapture(ev.pointerId); });
  svg.addEventListener("pointerup", () => { start = null; });
  svg.addEventListener("pointermove", (ev) => {
    if (!start) return;
    const [sx, sy, [x, y, w, hgt]] = start, r = svg.getBoundingClientRect();
    set([x - ((ev.clientX - sx) / r.width) * w, y - ((ev.clientY - sy) / r.height) * hgt, w, hgt]);
  });
}

export function noMap(container, message) {
  emptyNote(container, message);
}

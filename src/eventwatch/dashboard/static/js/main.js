// eventwatch dashboard: wires the filter form to the API and redraws the panels.
import { getJSON, readFilters } from "./api.js";
import { clear, emptyNote, fmt, h } from "./dom.js";
import { showEvent } from "./eventview.js";
import { drawMap } from "./map.js";
import { drawNetwork } from "./network.js";
import { fillDyads, fillEvents, pageInfo } from "./tables.js";
import { drawTimeline } from "./timeline.js";

const $ = (sel) => document.querySelector(sel);
const PAGE = 25;
const state = { filters: {}, offset: 0, total: 0, dyad: null, map: null };

function status(text, error = false) {
  const el = $("#status");
  el.textContent = text;
  el.classList.toggle("error", error);
}

async function guarded(what, job) {
  try {
    await job();
  } catch (err) {
    console.error(err);
    status(`${what} failed: ${err.message}`, true);
  }
}

async function loadStats() {
  const st = await getJSON("/api/stats");
  clear($("#store-stats")).append(h("b", { text: fmt.format(st.events) }), " events · ",
    h("b", { text: fmt.format(st.articles) }), " articles · ", h("b", { text: fmt.format(st.quotes) }), " quotes · ",
    `${st.first ?? "?"} to ${st.last ?? "?"}`);
  const select = $("#type-select");
  for (const t of st.types) select.append(h("option", { value: t.type, text: `${t.type} (${fmt.format(t.events)})` }));
}

async function loadEvents() {
  const page = await getJSON("/api/events", { ...state.filters, limit: PAGE, offset: state.offset });
  state.total = page.total;
  fillEvents($("#events tbody"), page, openEvent);
  $("#page-info").textContent = pageInfo(page);
  $("#events-title").textContent = `${fmt.format(page.total)} match`;
  $("#prev").disabled = state.offset === 0;
  $("#next").disabled = state.offset + PAGE >= page.total;
}

async function loadDyads() {
  const pairs = await getJSON("/api/dyads", { ...state.filters, limit: 12 });
  fillDyads($("#dyads tbody"), pairs, (a, b) => selectDyad(a, b));
  const select = clear($("#dyad-select"));
  for (const p of pairs) select.append(h("option", { value: `${p.a}|${p.b}`, text: `${p.a} – ${p.b} (${fmt.format(p.events)})` }));
  if (!pairs.length) return emptyNote($("#timeline"), "No country pairs match the filters.");
  const keep = state.dyad && pairs.some((p) => `${p.a}|${p.b}` === state.dyad.join("|"));
  if (!keep) state.dyad = [pairs[0].a, pairs[0].b];
  else select.append(h("option", { value: state.dyad.join("|"), text: state.dyad.join(" – ") }));
  select.value = state.dyad.join("|");
  await loadTimeline();
}

async function loadTimeline() {
  if (!state.dyad) return;
  const [a, b] = state.dyad;
  const span = { date_from: state.filters.date_from, date_to: state.filters.date_to };
  const freq = $("#freq-select").value;
  const [timeline, alerts] = await Promise.all([
    getJSON("/api/timeline", { a, b, freq, ...span }),
    getJSON("/api/alerts", { a, b }),
  ]);
  $("#timeline-title").textContent = `${a} ↔ ${b} · ${fmt.format(timeline.events)} events · CCI ${timeline.cci ?? "n/a"}`
    + ` · ${alerts.alerts.length} alert${alerts.alerts.length === 1 ? "" : "s"}`;
  drawTimeline($("#timeline"), timeline, alerts.alerts);
}

function selectDyad(a, b) {
  state.dyad = [a, b];
  const select = $("#dyad-select");
  if (![...select.options].some((o) => o.value === `${a}|${b}`)) select.append(h("option", { value: `${a}|${b}`, text: `${a} – ${b}` }));
  select.value = `${a}|${b}`;
  guarded("timeline", loadTimeline);
}

async function loadMap() {
  const bins = await getJSON("/api/map", { ...state.filters, cell: 0.5, limit: 1500 });
  $("#map-title").textContent = `${fmt.format(bins.reduce((n, b) => n + b.events, 0))} events in ${fmt.format(bins.length)} cells`;
  state.map = await drawMap($("#map"), bins);
}

async function loadNetwork() {
  const net = await getJSON("/api/network", { ...state.filters, max_edges: 60 });
  $("#network-title").textContent = `${net.nodes.length} actors · ${net.edges.length} busiest links`;
  drawNetwork($("#network"), net);
}

async function openEvent(id) {
  await guarded("event", async () => {
    document.querySelectorAll("#events tr.selected").forEach((tr) => tr.classList.remove("selected"));
    document.querySelector(`#events tr[data-id="${CSS.escape(id)}"]`)?.classList.add("selected");
    showEvent($("#event-view"), await getJSON(`/api/events/${encodeURIComponent(id)}`));
  });
}

async function refresh() {
  status("loading…");
  const started = performance.now();
  await Promise.all([guarded("events", loadEvents), guarded("pairs", loadDyads), guarded("map", loadMap),
    guarded("network", loadNetwork)]);
  if (!$("#status").classList.contains("error")) status(`updated in ${Math.round(performance.now() - started)} ms`);
  document.body.dataset.ready = "true";
}

function wire() {
  const form = $("#filters");
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    state.filters = readFilters(form);
    state.offset = 0;
    document.body.dataset.ready = "false";
    refresh();
  });
  form.addEventListener("reset", () => setTimeout(() => form.requestSubmit(), 0));
  $("#prev").addEventListener("click", () => { state.offset = Math.max(0, state.offset - PAGE); guarded("events", loadEvents); });
  $("#next").addEventListener("click", () => { state.offset += PAGE; guarded("events", loadEvents); });
  $("#dyad-select").addEventListener("change", (ev) => selectDyad(...ev.target.value.split("|")));
  $("#freq-select").addEventListener("change", () => guarded("timeline", loadTimeline));
  $("#map-reset").addEventListener("click", () => state.map?.fit());
  $("#ev-close").addEventListener("click", () => { $("#event-view").hidden = true; });
  $("#event-view").addEventListener("click", (ev) => { if (ev.target.id === "event-view") ev.currentTarget.hidden = true; });
  document.addEventListener("keydown", (ev) => { if (ev.key === "Escape") $("#event-view").hidden = true; });
}

wire();
guarded("stats", loadStats).then(refresh);

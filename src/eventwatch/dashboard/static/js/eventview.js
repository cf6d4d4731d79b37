// The event view: article text with the evidence sentence, trigger, linked quotes and the
// event place highlighted. Overlapping spans are split at every boundary so each piece of
// text is one <mark> carrying the classes of all spans that cover it.
import { clear, fmt1, h } from "./dom.js";

export function segments(text, spans) {
  const cuts = new Set([0, text.length]);
  for (const sp of spans) { cuts.add(sp.start); cuts.add(sp.end); }
  const points = [...cuts].filter((c) => c >= 0 && c <= text.length).sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    const kinds = spans.filter((sp) => sp.start <= a && b <= sp.end).map((sp) => sp.kind);
    out.push({ start: a, end: b, text: text.slice(a, b), kinds: [...new Set(kinds)] });
  }
  return out;
}

function party(name, country, code) {
  return [name || "—", code || country ? ` (${[code, country].filter(Boolean).join(", ")})` : ""].join("");
}

export function showEvent(root, data) {
  const { event, record, article, quotes, highlights } = data;
  root.querySelector("#ev-title").textContent = `${event.event_type} · ${event.date ?? "undated"}`;
  const facts = clear(root.querySelector("#ev-facts"));
  const date = record.date || {};
  const rows = [
    ["Actor", party(event.actor_name, event.actor_country, event.actor_code)],
    ["Recipient", party(event.recipient_name, event.recipient_country, event.recipient_code)],
    ["Quad / Goldstein", `${event.quad ?? "—"} / ${event.goldstein === null ? "—" : fmt1.format(event.goldstein)}`],
    ["Date", `${date.value ?? event.date ?? "—"} (${date.source ?? "unknown source"}${date.reason ? ": " + date.reason : ""})`],
    ["Place", event.place_name ? `${event.place_name} (${event.place_country ?? "?"})` : "—"],
    ["Asserted", event.asserted ? "yes" : `no (${(record.aux_modes || []).join(", ")})`],
    ["Confidence", event.confidence ?? "—"],
    ["Event id", event.id],
  ];
  for (const [k, v] of rows) facts.append(h("dt", { text: k }), h("dd", { text: String(v) }));
  const title = article.url ? h("a", { href: article.url, rel: "noreferrer noopener", target: "_blank", text: article.title || article.id })
    : document.createTextNode(article.title || article.id);
  clear(root.querySelector("#ev-article-title")).append(title,
    h("span", { class: "sub", text: [article.source, article.published].filter(Boolean).join(" · ") }));
  const body = clear(root.querySelector("#ev-text"));
  for (const seg of segments(article.text || "", highlights)) {
    if (!seg.kinds.length) { body.append(document.createTextNode(seg.text)); continue; }
    body.append(h("mark", { class: seg.kinds.map((k) => `hl-${k}`).join(" "), "data-kinds": seg.kinds.join(" "), text: seg.text }));
  }
  const list = clear(root.querySelector("#ev-quotes"));
  if (!quotes.length) list.append(h("li", { text: "none" }));
  for (const q of quotes) {
    list.append(h("li", { class: q.linked ? "linked" : "" }, `“${q.text}” — ${q.speaker_name || q.speaker_text || "unknown speaker"}`,
      q.linked ? " (this event)" : ""));
  }
  root.hidden = false;
  root.querySelector("mark.hl-trigger, mark.hl-sentence")?.scrollIntoView({ block: "center" });
}

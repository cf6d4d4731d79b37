// The event table (one server page at a time) and the country-pair table.
import { clear, diverging, fmt, fmt1, h, quadColor } from "./dom.js";

function evidence(e) {
  const text = e.sentence || "";
  const at = e.trigger ? text.indexOf(e.trigger) : -1;
  const head = (t, n) => (t.length > n ? t.slice(0, n - 1) + "…" : t);
  const tail = (t, n) => (t.length > n ? "…" + t.slice(t.length - n + 1) : t);
  if (at < 0) return h("td", { class: "evidence", text: head(text, 160) });
  return h("td", { class: "evidence" }, tail(text.slice(0, at), 80), h("b", { text: e.trigger }),
    head(text.slice(at + e.trigger.length), 110));
}

function side(name, code) {
  return h("span", { class: "party" }, name || "—", code ? h("small", { text: ` ${code}` }) : null);
}

export function fillEvents(tbody, page, onPick) {
  clear(tbody);
  if (!page.items.length) {
    tbody.append(h("tr", {}, h("td", { colspan: 6, class: "empty", text: "No events match the filters." })));
    return;
  }
  for (const e of page.items) {
    const chip = h("span", { class: `chip q${e.quad}`, text: e.event_type });
    chip.style.background = quadColor(e.quad);
    const g = e.goldstein ?? 0;
    tbody.append(h("tr", { "data-id": e.id, tabindex: 0, onclick: () => onPick(e.id),
      onkeydown: (ev) => { if (ev.key === "Enter") onPick(e.id); } },
      h("td", { text: e.date ?? "—" }), h("td", {}, chip, e.asserted ? null : h("small", { text: " not asserted" })),
      h("td", {}, side(e.actor_name, e.actor_code || e.actor_country), " → ", side(e.recipient_name, e.recipient_code || e.recipient_country)),
      h("td", { text: e.place_name ? `${e.place_name}${e.place_country ? ", " + e.place_country : ""}` : "—" }),
      h("td", { class: `num ${g < 0 ? "neg" : g > 0 ? "pos" : ""}`, text: fmt1.format(g) }),
      evidence(e)));
  }
}

export function pageInfo(page) {
  if (!page.total) return "0 events";
  const last = Math.min(page.offset + page.items.length, page.total);
  return `${fmt.format(page.offset + 1)}–${fmt.format(last)} of ${fmt.format(page.total)}`;
}

export function fillDyads(tbody, pairs, onPick) {
  clear(tbody);
  if (!pairs.length) tbody.append(h("tr", {}, h("td", { colspan: 4, class: "empty", text: "No country pairs match." })));
  for (const p of pairs) {
    const bar = h("span");
    const c = p.cci ?? 0;
    bar.style.left = c < 0 ? `${50 + c * 50}%` : "50%";
    bar.style.width = `${Math.abs(c) * 50}%`;
    bar.style.background = diverging(c);
    tbody.append(h("tr", { "data-pair": `${p.a}-${p.b}`, onclick: () => onPick(p.a, p.b) },
      h("td", { text: `${p.a} – ${p.b}` }), h("td", { class: "num", text: fmt.format(p.events) }),
      h("td", { class: `num ${p.goldstein_sum < 0 ? "neg" : "pos"}`, text: fmt.format(Math.round(p.goldstein_sum)) }),
      h("td", { title: `CCI ${p.cci}` }, h("div", { class: "ccibar" }, bar))));
  }
}

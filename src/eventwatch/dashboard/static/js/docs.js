// An offline endpoint list built from /openapi.json (FastAPI's own /docs page needs a CDN).
import { h } from "./dom.js";

function schemaText(schema = {}) {
  if (schema.anyOf) return schema.anyOf.map(schemaText).filter((t) => t !== "null").join(" | ");
  if (schema.type === "array") return `${schemaText(schema.items)}[]`;
  const limits = [];
  if (schema.minimum !== undefined) limits.push(`≥ ${schema.minimum}`);
  if (schema.maximum !== undefined) limits.push(`≤ ${schema.maximum}`);
  if (schema.maxLength !== undefined) limits.push(`≤ ${schema.maxLength} chars`);
  if (schema.pattern) limits.push(schema.pattern);
  return [schema.format || schema.type || "", ...limits].join(" ");
}

const spec = await fetch("/openapi.json").then((r) => r.json());
const root = document.getElementById("endpoints");
for (const [path, ops] of Object.entries(spec.paths)) {
  for (const [method, op] of Object.entries(ops)) {
    const rows = (op.parameters || []).map((p) => h("tr", {}, h("td", {}, h("code", { text: p.name })),
      h("td", { text: p.in }), h("td", { text: schemaText(p.schema) }),
      h("td", { text: p.schema && p.schema.default !== undefined ? String(p.schema.default) : (p.required ? "required" : "") })));
    root.append(h("section", {},
      h("h2", {}, h("code", { text: method.toUpperCase() }), path),
      h("p", { text: op.summary || "" }),
      rows.length ? h("table", {}, h("tr", {}, h("th", { text: "parameter" }), h("th", { text: "in" }),
        h("th", { text: "type" }), h("th", { text: "default" })), rows) : null,
      path.includes("{") ? null : h("a", { class: "try", href: path, text: `open ${path}` })));
  }
}

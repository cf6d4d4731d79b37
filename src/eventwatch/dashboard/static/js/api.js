// JSON from the eventwatch HTTP API (same origin only).
export async function getJSON(path, params = {}) {
  const url = new URL(path, window.location.origin);
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === "") continue;
    if (Array.isArray(value)) value.forEach((v) => url.searchParams.append(key, v));
    else url.searchParams.set(key, value);
  }
  const response = await fetch(url, { headers: { Accept: "application/json" } });
  if (!response.ok) {
    const body = await response.json().catch(() => ({}));
    const detail = typeof body.detail === "string" ? body.detail : JSON.stringify(body.detail ?? "");
    throw new Error(`${response.status} on ${url.pathname}: ${detail}`);
  }
  return response.json();
}

// the filter form as query parameters (repeated keys for type and quad)
export function readFilters(form) {
  const data = new FormData(form);
  const params = {};
  for (const key of ["actor", "recipient", "country", "date_from", "date_to", "place", "q"]) {
    const v = (data.get(key) || "").trim();
    if (v) params[key] = v;
  }
  const types = data.getAll("type");
  const quads = data.getAll("quad");
  if (types.length) params.type = types;
  if (quads.length) params.quad = quads;
  if (data.get("asserted")) params.asserted = "true";
  return params;
}

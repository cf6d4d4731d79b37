// Copies the vendor files the dashboard uses, unmodified and with their licences, from
// node_modules into the Python package. The dashboard's own code is plain ES modules in
// src/eventwatch/dashboard/static/js and needs no build. Run: npm ci && npm run build
import { copyFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const vendor = join(here, "..", "src", "eventwatch", "dashboard", "static", "vendor");
const files = [
  ["topojson-client/dist/topojson-client.min.js", "topojson-client/topojson-client.min.js"],
  ["topojson-client/LICENSE", "topojson-client/LICENSE"],
  ["world-atlas/countries-50m.json", "world-atlas/countries-50m.json"],
  ["world-atlas/LICENSE", "world-atlas/LICENSE"],
];
for (const [from, to] of files) {
  const target = join(vendor, to);
  mkdirSync(dirname(target), { recursive: true });
  copyFileSync(join(here, "node_modules", from), target);
  console.log(`vendor/${to}`);
}

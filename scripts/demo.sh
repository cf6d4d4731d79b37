#!/usr/bin/env bash
# Set up (if needed), ingest the example articles into ./eventwatch.duckdb and print a summary.
# Safe to re-run: articles are keyed by content hash, nothing is doubled.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/env.sh
.venv/bin/eventwatch demo --db "${DB:-eventwatch.duckdb}" "$@"

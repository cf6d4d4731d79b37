#!/usr/bin/env bash
# Set up (if needed) and run the whole test suite. Exit non-zero on any failure,
# and also when pytest collected no tests (its exit 5).
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/env.sh || exit 1
.venv/bin/python -m pytest -q -p no:cacheprovider "$@"
rc=$?
if [ "$rc" -eq 5 ]; then echo "no tests were collected: failing" >&2; exit 1; fi
exit "$rc"

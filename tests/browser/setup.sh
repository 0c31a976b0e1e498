#!/usr/bin/env bash
# Installs what the browser tests drive: Debian's Chromium and playwright-core (npm).
# Never downloads a browser build of its own. Without root or a package registry the
# browser tests skip, saying why.
set -u
cd "$(dirname "$0")"
if ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "installing Debian's chromium for the browser tests..."
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
      || echo "warning: could not install chromium; browser tests will be skipped"
  else
    echo "note: chromium not found (install Debian's 'chromium' package); browser tests will be skipped"
  fi
fi
if command -v npm >/dev/null 2>&1; then
  if [ ! -d node_modules/playwright-core ]; then
    npm ci --silent --no-audit --no-fund >/dev/null 2>&1 || npm install --silent --no-audit --no-fund >/dev/null 2>&1 \
      || echo "warning: could not install playwright-core; browser tests will be skipped"
  fi
else
  echo "note: npm not found; browser tests will be skipped"
fi
exit 0

#!/usr/bin/env bash
# Installs what the foreign-stack tests of CorsConformance.Cli.Tests need; safe to run again.
#   nginx (Debian's nginx-light) for NginxServerTests, and tests/servers/node-cors/node_modules (npm ci from the
#   committed package-lock.json) for NodeCorsServerTests. The tests also run 'npm ci' themselves when node_modules is
#   missing; without nginx they are skipped with the reason.
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"

if ! command -v nginx >/dev/null 2>&1 && [ ! -x /usr/sbin/nginx ]; then
  if [ "$(id -u)" = "0" ]; then
    echo "Installing nginx-light for the nginx CORS tests..."
    export DEBIAN_FRONTEND=noninteractive
    (apt-get update -qq && apt-get install -y -qq nginx-light) >/tmp/cors-nginx-apt.log 2>&1 \
      || { echo "nginx-light install failed:"; tail -20 /tmp/cors-nginx-apt.log; }
  else
    echo "nginx is not installed and this is not root: the nginx CORS tests will be skipped (sudo apt-get install nginx-light)."
  fi
fi

if command -v npm >/dev/null 2>&1; then
  if [ ! -f "$here/node-cors/node_modules/express/package.json" ]; then
    echo "Installing the Express/cors test server's packages (npm ci)..."
    (cd "$here/node-cors" && npm ci --no-audit --no-fund >/tmp/cors-npm-ci.log 2>&1) \
      || { echo "npm ci failed:"; tail -20 /tmp/cors-npm-ci.log; }
  fi
else
  echo "npm is not installed: the Express/cors tests need Node.js and npm."
fi
exit 0

#!/usr/bin/env bash
# Installs the Debian packages the portal and its tests need, only when they are missing:
# the PostgreSQL server (initdb, pg_ctl) and Node.js with npm (front-end packages), plus any package
# named on the command line (the tests add chromium, the browser of the end-to-end tests, and nginx, the proxy
# in front of two portals in TwoInstancesBehindNginxTests, which runs its own nginx on a free port; on a machine
# with systemd the package also starts Debian's default site on port 80, which nothing here uses).
set -euo pipefail
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null 2>&1 || missing+=(postgresql)
command -v npm >/dev/null 2>&1 || missing+=(nodejs npm)
for package in "$@"; do
  dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing missing packages: ${missing[*]}" >&2
  sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

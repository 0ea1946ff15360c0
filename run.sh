#!/usr/bin/env bash
# Runs the portal on http://localhost:5080 with the embedded PostgreSQL default and the study seeded.
# Installs what a fresh Debian machine lacks (PostgreSQL server, Node.js/npm) first.
set -euo pipefail
root="$(cd "$(dirname "$0")" && pwd)"
"$root/scripts/install-prerequisites.sh"
export Portal__DataDirectory="${Portal__DataDirectory:-$root/.data}"
exec dotnet run --project "$root/src/PartnerPortal.Web" -- "$@"

#!/usr/bin/env bash
# Runs the portal in the Development environment with the embedded PostgreSQL default and the study seeded,
# on http://localhost:5080 unless ASPNETCORE_URLS or --urls says otherwise. Installs what a fresh Debian
# machine lacks (PostgreSQL server, Node.js/npm) first.
set -euo pipefail
root="$(cd "$(dirname "$0")" && pwd)"
"$root/scripts/install-prerequisites.sh"
export Portal__DataDirectory="${Portal__DataDirectory:-$root/.data}"
export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}"
export ASPNETCORE_URLS="${ASPNETCORE_URLS:-http://localhost:5080}"
# No launch profile: its applicationUrl would override ASPNETCORE_URLS.
exec dotnet run --no-launch-profile --project "$root/src/PartnerPortal.Web" -- "$@"

#!/usr/bin/env bash
# Runs every test: unit (domain), integration (a throwaway PostgreSQL cluster the tests start themselves)
# and web (the portal in memory over that cluster). Installs what a fresh Debian machine lacks first.
set -euo pipefail
root="$(cd "$(dirname "$0")" && pwd)"
"$root/scripts/install-prerequisites.sh" chromium nginx

log="$(mktemp)"
trap 'rm -f "$log"' EXIT
set +e
dotnet test "$root/PartnerPortal.sln" --configuration Release 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e

# One closing line across all test assemblies, in the plain form CI tools read.
awk '/(Passed|Failed)! +- +Failed: / {
       for (i = 1; i <= NF; i++) {
         if ($i == "Failed:")  failed  += $(i + 1)
         if ($i == "Passed:")  passed  += $(i + 1)
         if ($i == "Skipped:") skipped += $(i + 1)
       }
     }
     END { printf "tests: %d passed, %d failed, %d skipped\n", passed, failed, skipped }' "$log"
exit "$status"

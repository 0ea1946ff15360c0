#!/usr/bin/env bash
# Real Chromium contexts doing the analyst's scoring work on the large round (issue 17), to compare with the headless
# circuit client of load-test.sh at the same size: benchmarks/browser-load/browser-load.js. One context costs
# ~80–90 MB and real CPU; 25 is about what two cores drive honestly.
#
#   scripts/browser-load.sh [contexts] [seconds]        # defaults: 25 contexts, 60 s (after 15 s of warm-up)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
contexts="${1:-25}"
seconds="${2:-60}"
source "$root/scripts/load-portal.sh"
"$root/scripts/install-prerequisites.sh" chromium >/dev/null
# Playwright's node package ships inside the .NET package the end-to-end tests use.
dotnet build -c Release "$root/tests/PartnerPortal.EndToEnd.Tests" -v quiet -nologo >/dev/null
playwright="$root/tests/PartnerPortal.EndToEnd.Tests/bin/Release/net10.0/.playwright/package"
dotnet "$root/benchmarks/PartnerPortal.LoadTest/bin/Release/net10.0/PartnerPortal.LoadTest.dll" \
  --base "http://127.0.0.1:$port" --round "$slug" --analysts "$list" --password "$password" --prime true
ticks() { awk '{print $14 + $15}' "/proc/$portal_pid/stat"; }
ticks_before="$(ticks)"
started="$(date +%s)"
node "$root/benchmarks/browser-load/browser-load.js" "http://127.0.0.1:$port" "$slug" "$list" "$password" "$contexts" "$seconds" 15 "$playwright"
echo "portal CPU during the run: $(( ($(ticks) - ticks_before) / $(getconf CLK_TCK) )) s in $(( $(date +%s) - started )) s"

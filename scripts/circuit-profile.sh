#!/usr/bin/env bash
# Where the portal's CPU goes under the circuit load (issue 17): dotnet-trace samples the portal's threads while N
# analysts work as in load-test.sh, then prints the methods holding the most CPU — exclusive (the method itself)
# and inclusive (with what it calls). PROFILE_DIR keeps the trace (.nettrace and a .speedscope.json to open at
# speedscope.app). PROFILE=gc-verbose records allocations instead (a sample every ~100 KB, with its stack) and the
# runtime's counters (allocation rate, GC pauses) beside them; the trace is kept for PerfView or TraceEvent.
#
#   scripts/circuit-profile.sh [clients] [seconds]        # defaults: 50 clients, 30 s; LOAD_PORT, LOAD_DATA_DIRECTORY as load-test.sh
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
clients="${1:-50}"
seconds="${2:-30}"
source "$root/scripts/load-portal.sh"

tools="$root/.tools"
[ -x "$tools/dotnet-trace" ] || dotnet tool install dotnet-trace --tool-path "$tools" --version 10.0.750501 >/dev/null
load=(dotnet "$root/benchmarks/PartnerPortal.LoadTest/bin/Release/net10.0/PartnerPortal.LoadTest.dll"
  --base "http://127.0.0.1:$port" --round "$slug" --analysts "$list" --password "$password")
"${load[@]}" --prime true
# The trace starts once the clients are past their warm-up (15 s) and stops before they do.
"${load[@]}" --clients "$clients" --seconds "$((seconds + 10))" --warmup 15 --saves "$work/saves.csv" >"$work/load.txt" 2>&1 &
load_pid=$!
sleep 20
if [ "${PROFILE:-cpu}" = gc-verbose ]; then
  [ -x "$tools/dotnet-counters" ] || dotnet tool install dotnet-counters --tool-path "$tools" --version 10.0.750501 >/dev/null
  "$tools/dotnet-counters" collect -p "$portal_pid" --duration "00:00:$seconds" --format csv -o "$work/portal.counters.csv" --counters System.Runtime >/dev/null 2>&1 &
  "$tools/dotnet-trace" collect -p "$portal_pid" --profile gc-verbose --duration "00:00:00:$seconds" -o "$work/portal.nettrace" >/dev/null 2>&1
  wait "$load_pid" || true
  cat "$work/load.txt"
  [ -z "${PROFILE_DIR:-}" ] || cp "$work"/portal.* "$PROFILE_DIR/"
  python3 - "$work/portal.counters.csv" <<'PY'
import csv, sys
rows = [r for r in csv.reader(open(sys.argv[1])) if len(r) >= 5 and r[4]]
mean = lambda name: sum(float(r[4]) for r in rows if r[2].startswith(name)) / max(1, sum(1 for r in rows if r[2].startswith(name)))
print(f"allocated {mean('dotnet.gc.heap.total_allocated') / 2**20:.0f} MB/s; paused for GC {100 * mean('dotnet.gc.pause.time'):.0f} % of the time; "
      f"CPU {100 * (mean('dotnet.process.cpu.time (s / 1 sec)[cpu.mode=user]') + mean('dotnet.process.cpu.time (s / 1 sec)[cpu.mode=system]')):.0f} % of one core")
PY
  exit 0
fi
"$tools/dotnet-trace" collect -p "$portal_pid" --profile dotnet-sampled-thread-time --duration "00:00:00:$seconds" \
  --format Speedscope -o "$work/portal.nettrace" >/dev/null 2>&1
wait "$load_pid" || true
cat "$work/load.txt"
[ -z "${PROFILE_DIR:-}" ] || cp "$work"/portal.* "$PROFILE_DIR/"
echo "## exclusive (the method itself)"
"$tools/dotnet-trace" report "$work/portal.nettrace" topN -n 40
echo "## inclusive (with what it calls)"
"$tools/dotnet-trace" report "$work/portal.nettrace" topN -n 80 --inclusive

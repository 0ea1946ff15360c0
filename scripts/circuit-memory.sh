#!/usr/bin/env bash
# Server memory per open circuit (issue 17): the portal's live managed heap after a full garbage collection (forced by
# dotnet-gcdump, then read with dotnet-counters: heap size less fragmentation at the last collection) once the large
# round's analysis is loaded and no circuit is open, then again with N analysts' pair pages open and idle. (heap with N − heap with none) ÷ N is what one circuit costs; the resident
# memory of load-test.sh also counts the analysis rebuilt after saves and the GC's headroom.
#
#   scripts/circuit-memory.sh [circuits]        # default 200 (more than 20); LOAD_PORT and LOAD_DATA_DIRECTORY as load-test.sh
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
circuits="${1:-200}"
source "$root/scripts/load-portal.sh"

tools="$root/.tools"
for tool in dotnet-gcdump dotnet-counters; do
  [ -x "$tools/$tool" ] || dotnet tool install "$tool" --tool-path "$tools" --version 10.0.750501 >/dev/null
done
load=(dotnet "$root/benchmarks/PartnerPortal.LoadTest/bin/Release/net10.0/PartnerPortal.LoadTest.dll"
  --base "http://127.0.0.1:$port" --round "$slug" --analysts "$list" --password "$password")
"${load[@]}" --prime true
# The live managed heap in bytes after a full collection: the gcdump's collection is the last one when the
# counters are read a moment later (an idle portal collects rarely).
heap() {
  "$tools/dotnet-gcdump" collect -p "$portal_pid" -o "$work/$1.gcdump" >/dev/null 2>&1
  # GCDUMP_DIR keeps the dumps, to see by type what the heap holds: dotnet-gcdump report FILE
  [ -z "${GCDUMP_DIR:-}" ] || cp "$work/$1.gcdump" "$GCDUMP_DIR/"
  "$tools/dotnet-counters" collect -p "$portal_pid" --duration 00:00:03 --format csv -o "$work/$1.csv" >/dev/null
  python3 - "$work/$1.csv" <<'PY'
import csv, sys
rows = [r for r in csv.reader(open(sys.argv[1])) if len(r) == 5 and "last_collection.heap." in r[2]]
last = rows[-1][0]
size = sum(float(r[4]) for r in rows if r[0] == last and ".heap.size (" in r[2])
fragmentation = sum(float(r[4]) for r in rows if r[0] == last and ".fragmentation.size (" in r[2])
print(int(size - fragmentation))
PY
}
# Opens N idle pair pages (one per client, the twenty load analysts in turn), weighs the heap, closes them.
held() {
  rm -f "$work/release"
  "${load[@]}" --clients "$1" --hold "$work/release" >"$work/hold.txt" 2>&1 &
  local holder=$!
  for _ in $(seq 600); do grep -q "^holding" "$work/hold.txt" && break; kill -0 "$holder" 2>/dev/null || break; sleep 1; done
  grep -q "^holding" "$work/hold.txt" || { cat "$work/hold.txt" >&2; exit 1; }
  sleep 5
  heap "held-$1"
  touch "$work/release"
  wait "$holder" || echo "(some circuits failed while held: $(tail -1 "$work/hold.txt"))" >&2
  sleep 5
}
# Each analyst's first page also builds their view of the round (the figures of the pairs they have scored, kept
# until scores change and shared by all their pages): twenty circuits, one per analyst, carry those twenty views;
# the circuits beyond them carry only themselves.
analysts=20
before="$(heap before)"
with_analysts="$(held "$analysts")"
with_all="$(held "$circuits")"
python3 - "$before" "$with_analysts" "$with_all" "$analysts" "$circuits" <<'PY'
import sys
before, views, total, a, n = (int(x) for x in sys.argv[1:])
mb = 2 ** 20
per_circuit = (total - views) / (n - a)
print(f"live managed heap after a full GC: {before / mb:.1f} MB with no circuit (the round's analysis), "
      f"{views / mb:.1f} MB with {a} pair pages (one per analyst), {total / mb:.1f} MB with {n}")
print(f"per circuit beyond the first of each analyst: {per_circuit / mb:.2f} MB; "
      f"per analyst's view of the round: {((views - before) - a * per_circuit) / a / mb:.2f} MB")
PY

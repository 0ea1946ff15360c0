#!/usr/bin/env bash
# Load test (issues 7 and 17): analysts at work in their pages' Blazor Server circuits for 60 s against a portal
# on loopback, over the large demo round (200 countries × 205 technologies × 20 analysts = 4.1 M scores). Each
# client signs in, opens the scoring matrix (or a pair's page), follows a cell to a pair, sets five scores and a
# note, moves to the next pair, and downloads the heat map data over plain HTTP. Prints p50/p95/p99 per action,
# saves/s, the portal's CPU and memory, then counts the saved scores in PostgreSQL against every save the load
# generator saw acknowledged ("Saved" on the card).
#
#   scripts/load-test.sh [clients] [seconds]        # defaults: 50 clients, 60 s (after 15 s of warm-up)
#
# Uses its own embedded cluster under .data-load/ (LOAD_DATA_DIRECTORY; kept, so the round is generated once:
# about ten minutes) and port 5090 (LOAD_PORT).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
clients="${1:-50}"
seconds="${2:-60}"
source "$root/scripts/load-portal.sh"

# The portal's CPU time (clock ticks) and resident memory before the load, to tell what the circuits cost: taken
# once the round's analysis is in memory (the first heat map download builds it), which no circuit holds.
dotnet "$root/benchmarks/PartnerPortal.LoadTest/bin/Release/net10.0/PartnerPortal.LoadTest.dll" \
  --base "http://127.0.0.1:$port" --round "$slug" --analysts "$list" --password "$password" --prime true
ticks() { awk '{print $14 + $15}' "/proc/$portal_pid/stat"; }
rss_before_kb="$(awk '/VmRSS/ {print $2}' "/proc/$portal_pid/status")"
ticks_before="$(ticks)"
started="$(date +%s.%N)"
peak_kb="$rss_before_kb"
(while kill -0 "$portal_pid" 2>/dev/null; do awk '/VmRSS/ {print $2}' "/proc/$portal_pid/status" 2>/dev/null; sleep 1; done) >"$work/rss.txt" &
sampler_pid=$!

dotnet "$root/benchmarks/PartnerPortal.LoadTest/bin/Release/net10.0/PartnerPortal.LoadTest.dll" \
  --base "http://127.0.0.1:$port" --round "$slug" --analysts "$list" --password "$password" \
  --clients "$clients" --seconds "$seconds" --warmup 15 --saves "$work/saves.csv" || echo "(the load generator saw errors)" >&2

# No lost save: every value a save reported as stored is the analyst's value in the database now.
"${psql[@]}" -q <<SQL
create temp table saves (email text, country text, technology text, criterion text, value smallint);
\copy saves from '$work/saves.csv' with (format csv)
select format('saves reported stored: %s; found in the database with that value: %s; lost: %s',
  count(*), count(s2.id), count(*) - count(s2.id))
from saves v
join rounds r on r.slug = '$slug'
join asp_net_users u on u.email = v.email
join countries c on c.code = v.country
join technologies t on t.slug = v.technology
join criteria k on k.code = v.criterion
left join scores s2 on s2.round_id = r.id and s2.analyst_id = u.id and s2.country_id = c.id
  and s2.technology_id = t.id and s2.criterion_id = k.id and s2.value = v.value;
SQL
# During the load only (warm-up included): CPU as a share of one core, and the highest resident memory over what
# the portal held before the clients came, per client (each holds one circuit at a time).
ticks_after="$(ticks)"
ended="$(date +%s.%N)"
kill "$sampler_pid" 2>/dev/null || true
peak_kb="$(sort -n "$work/rss.txt" | tail -1)"
python3 - "$ticks_before" "$ticks_after" "$(getconf CLK_TCK)" "$started" "$ended" "$rss_before_kb" "${peak_kb:-0}" "$clients" <<'PY'
import sys
t0, t1, hz, s0, s1, before, peak, clients = sys.argv[1:]
wall = float(s1) - float(s0)
cpu = (float(t1) - float(t0)) / float(hz)
print(f"portal during the load ({wall:.0f} s): CPU {cpu:.0f} s = {100 * cpu / wall:.0f} % of one core; "
      f"resident memory {int(before) / 1024:.0f} MB before, peak {int(peak) / 1024:.0f} MB, "
      f"{(int(peak) - int(before)) / 1024 / int(clients):.2f} MB per circuit")
PY

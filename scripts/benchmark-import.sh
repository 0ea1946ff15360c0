#!/usr/bin/env bash
# Imports 100,000 and 1,000,000 tidy indicator rows with the portal's CLI (streamed, binary COPY into a
# staging table, merged) and loads the same files with psql's \copy into a plain table on the same server,
# then prints rows per second and the importer's peak memory. Uses a PostgreSQL server given by
# ConnectionStrings__Portal; without one it starts the embedded cluster under .data/ (via ./run.sh).
#
#   scripts/benchmark-import.sh
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'kill "${portal_pid:-}" 2>/dev/null || true; rm -rf "$work"' EXIT
psql_bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)/psql"

dotnet build -c Release "$root/src/PartnerPortal.Web" -v quiet -nologo >/dev/null
cli=("dotnet" "$root/src/PartnerPortal.Web/bin/Release/net10.0/PartnerPortal.Web.dll")
export Portal__DataDirectory="${Portal__DataDirectory:-$root/.data}"
if [ -z "${ConnectionStrings__Portal:-}" ]; then
  # The embedded cluster stays up while the portal runs, so psql and the CLI share it.
  ASPNETCORE_ENVIRONMENT=Development ASPNETCORE_URLS=http://127.0.0.1:5099 "${cli[@]}" >"$work/portal.log" 2>&1 &
  portal_pid=$!
  for _ in $(seq 60); do grep -q "Now listening" "$work/portal.log" && break; sleep 1; done
  port="$(python3 -c "import json; print(json.load(open('$Portal__DataDirectory/postgres.json'))['Port'])")"
  export PGPASSWORD="$(python3 -c "import json; print(json.load(open('$Portal__DataDirectory/postgres.json'))['Password'])")"
  psql_args=(-h 127.0.0.1 -p "$port" -U postgres -d partnerportal)
else
  psql_args=("$ConnectionStrings__Portal")
fi

# 200 countries × 50 indicators × 100 years = 1,000,000 distinct values.
# (Generated once: a second run finds the round and leaves it.)
# The generator takes the seeded countries first and invents the rest; 220 leaves 200 of kind "country".
"${cli[@]}" demo generate --countries 220 --technologies 1 --analysts 1 --slug import-bench >/dev/null 2>&1 || true
"$psql_bin" "${psql_args[@]}" -At -c "select c.code from countries c join round_countries rc on rc.country_id = c.id
  join rounds r on r.id = rc.round_id where r.slug = 'import-bench' and c.kind = 'Country' order by c.code limit 200" >"$work/countries.txt"
python3 - "$work" <<'PY'
import sys
work = sys.argv[1]
countries = open(f"{work}/countries.txt").read().split()
assert len(countries) == 200, len(countries)
with open(f"{work}/tidy-1m.csv", "w") as big, open(f"{work}/tidy-100k.csv", "w") as small:
    for f in (big, small):
        f.write("country,indicator,year,value\n")
    n = 0
    for i in range(1, 51):
        for country in countries:
            for year in range(1925, 2025):
                line = f"{country},BENCH.I{i:02d},{year},{(n * 7919) % 100000 / 100:.2f}\n"
                big.write(line)
                if n < 100_000:
                    small.write(line)
                n += 1
PY

"$psql_bin" "${psql_args[@]}" -q -c "drop table if exists import_bench_plain; create table import_bench_plain (country text, indicator text, year int, value double precision)"
printf '| rows | portal import (s) | rows/s | peak memory (MB) | psql \\copy (s) | rows/s | ratio |\n|---:|---:|---:|---:|---:|---:|---:|\n'
for size in 100k 1m; do
  file="$work/tidy-$size.csv"
  rows=$(($(wc -l <"$file") - 1))
  # Vacuumed after the delete, so the import meets a table as it is in use, not one full of just-deleted copies of its keys.
  "$psql_bin" "${psql_args[@]}" -q -c "delete from indicator_values where indicator_id in (select id from indicators where code like 'BENCH.%')" -c "vacuum indicator_values"
  /usr/bin/time -f "%e %M" -o "$work/time.txt" "${cli[@]}" import indicators "$file" --create-indicators >/dev/null 2>"$work/import.log" \
    || { cat "$work/import.log" >&2; exit 1; }
  read -r import_seconds peak_kb <"$work/time.txt"
  "$psql_bin" "${psql_args[@]}" -q -c "truncate import_bench_plain"
  start=$(date +%s.%N)
  "$psql_bin" "${psql_args[@]}" -q -c "\\copy import_bench_plain from '$file' with (format csv, header)"
  copy_seconds=$(echo "$(date +%s.%N) - $start" | bc)
  python3 - "$rows" "$import_seconds" "$peak_kb" "$copy_seconds" <<'PY'
import sys
rows, imp, peak, cp = int(sys.argv[1]), float(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4])
print(f"| {rows:,} | {imp:.2f} | {rows / imp:,.0f} | {peak / 1024:.0f} | {cp:.2f} | {rows / cp:,.0f} | {imp / cp:.1f}× |")
PY
done
echo "(the portal's figure includes starting the CLI process and checking migrations, about 1–2 s)"

#!/usr/bin/env bash
# Imports the indicator files that once took the portal's memory (issue 14: a workbook with a cell at column
# ZZZZZZ, one with a 1 GiB shared string, one with a 100 MB string that packs too poorly to look like a zip
# bomb, a 150 MB CSV of one line; see scripts/upload-bombs.py) with the portal's CLI against a throwaway
# embedded database, and prints each file's size, the importer's answer and the CLI process's peak memory
# (maximum resident set size, GNU time). A small file that imports is the first row, for comparison.
# Target: every bomb refused with a clear message, peak memory under 300 MB.
#
#   scripts/benchmark-upload-bombs.sh
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d /tmp/partnerportal-bombs-XXXXXX)"
# The embedded cluster runs as the postgres user when we are root: it must reach its folder inside ours.
chmod 755 "$work"
trap 'rm -rf "$work"' EXIT

dotnet build -c Release "$root/src/PartnerPortal.Web" -v quiet -nologo >/dev/null
cli=(dotnet "$root/src/PartnerPortal.Web/bin/Release/net10.0/PartnerPortal.Web.dll")
# A cluster of its own under the throwaway folder, started for each command and stopped after it.
export Portal__DataDirectory="$work/data"
unset ConnectionStrings__Portal

python3 "$root/scripts/upload-bombs.py" "$work" >/dev/null
"${cli[@]}" seed >/dev/null 2>"$work/seed.log" || { cat "$work/seed.log" >&2; exit 1; }

printf '| file | size | answer | seconds | peak memory (MB) |\n|---|---:|---|---:|---:|\n'
for file in normal.csv zzzzzz.xlsx huge-string.xlsx random-string.xlsx one-line.csv; do
  path="$work/$file"
  /usr/bin/time -f "%e %M" -o "$work/time.txt" "${cli[@]}" import indicators "$path" --create-indicators >/dev/null 2>"$work/import.log" || true
  # GNU time puts "Command exited with non-zero status 1" before its figures when the import is refused.
  read -r seconds peak_kb < <(tail -1 "$work/time.txt")
  answer="$(grep -m1 -E '^(error: |imported: )' "$work/import.log" || tail -1 "$work/import.log")"
  python3 - "$file" "$(stat -c %s "$path")" "$answer" "$seconds" "$peak_kb" <<'PY'
import sys
name, size, answer, seconds, peak = sys.argv[1], int(sys.argv[2]), sys.argv[3], float(sys.argv[4]), int(sys.argv[5])
shown = f"{size / 1024:,.1f} KB" if size < 1024 * 1024 else f"{size / 1024 / 1024:,.1f} MB"
print(f"| {name} | {shown} | {answer.replace('|', '/')} | {seconds:.1f} | {peak / 1024:.0f} |")
PY
done
echo "(each run includes starting the CLI and its embedded PostgreSQL, checking migrations and the seeded study)"

#!/usr/bin/env bash
# Server time per page of a running portal, as the median and 95th percentile of N requests each,
# measured as time to first byte on loopback (the page is rendered before its first byte is sent).
#
#   PORTAL_URL=http://localhost:5080 PORTAL_EMAIL=manager@demo.local PORTAL_PASSWORD=... \
#     scripts/measure-pages.sh [requests-per-page] [round-slug]
set -euo pipefail
url="${PORTAL_URL:-http://localhost:5080}"
email="${PORTAL_EMAIL:?set PORTAL_EMAIL to an account that may see every page (manager and analyst roles)}"
password="${PORTAL_PASSWORD:?set PORTAL_PASSWORD}"
requests="${1:-50}"
round="${2:-mm-2021}"
jar="$(mktemp)"
trap 'rm -f "$jar"' EXIT

token="$(curl -s -c "$jar" -b "$jar" "$url/account/login" | sed -n 's/.*name="__RequestVerificationToken" value="\([^"]*\)".*/\1/p' | head -1 | sed 's/&#x2B;/+/g; s/&#x2F;/\//g; s/&#x3D;/=/g')"
status="$(curl -s -o /dev/null -w '%{http_code}' -c "$jar" -b "$jar" \
  --data-urlencode "__RequestVerificationToken=$token" --data-urlencode "_handler=login" \
  --data-urlencode "Input.Email=$email" --data-urlencode "Input.Password=$password" "$url/account/login")"
[ "$status" = "302" ] || { echo "sign-in as $email failed (HTTP $status)" >&2; exit 1; }

pair="$(curl -s -b "$jar" "$url/rounds/$round/heatmap.json" | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["countries"][0]["code"] + "/" + d["technologies"][0]["slug"])')"
pages=(/ /rounds "/rounds/$round" "/rounds/$round/ranking" "/rounds/$round/heatmap" "/rounds/$round/heatmap.json"
       "/rounds/$round/pairs/$pair" "/rounds/$round/proposal" "/rounds/$round/weights" "/rounds/$round/dashboard"
       "/rounds/$round/settings" "/rounds/$round/print" "/rounds/$round/score" "/rounds/$round/score/$pair"
       /framework/criteria /technologies /countries /work)

printf '| page | median ms | p95 ms |\n|---|---:|---:|\n'
for page in "${pages[@]}"; do
  curl -s -o /dev/null -b "$jar" "$url$page"   # warm-up
  times="$(for _ in $(seq "$requests"); do curl -s -o /dev/null -b "$jar" -w '%{time_starttransfer}\n' "$url$page"; done | sort -n)"
  median="$(echo "$times" | awk -v n="$requests" 'NR == int((n + 1) / 2) { printf "%.1f", $1 * 1000 }')"
  p95="$(echo "$times" | awk -v n="$requests" 'NR == int(n * 0.95 + 0.999) { printf "%.1f", $1 * 1000 }')"
  printf '| `%s` | %s | %s |\n' "$page" "$median" "$p95"
done

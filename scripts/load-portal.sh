#!/usr/bin/env bash
# The large demo round, its load accounts and a Production portal on loopback, for the load scripts
# (load-test.sh, circuit-memory.sh): sourced, after `root` is set. Sets work (a temporary folder removed on exit), portal_pid, port,
# slug, password, list (the analysts), cli and psql.
slug="load-200x205x20"
password="load test password 2026"
port="${LOAD_PORT:-5090}"
work="$(mktemp -d)"
# The portal's log outlives the run (artifacts/load-portal.log), to read what a client's error was on the server.
trap 'kill "${portal_pid:-}" 2>/dev/null || true; wait "${portal_pid:-}" 2>/dev/null || true; cp "$work/portal.log" "$root/artifacts/load-portal.log" 2>/dev/null || true; rm -rf "$work"' EXIT
psql_bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)/psql"

"$root/scripts/install-prerequisites.sh" >/dev/null
# Published, as deployed: outside Development a build output serves its packages' scripts (blazor.web.js,
# MudBlazor) empty, which the headless client never notices but a browser does.
publish="$root/artifacts/load-portal"
dotnet publish -c Release "$root/src/PartnerPortal.Web" -o "$publish" -v quiet -nologo >/dev/null
dotnet build -c Release "$root/benchmarks/PartnerPortal.LoadTest" -v quiet -nologo >/dev/null
export Portal__DataDirectory="${LOAD_DATA_DIRECTORY:-$root/.data-load}"
cli=(dotnet "$publish/PartnerPortal.Web.dll")

# First run: the round and the accounts. Demo accounts (the generated analysts) are refused outside
# Development, so they are disabled; the load runs as twenty analysts of its own.
if [ ! -f "$Portal__DataDirectory/load-round-ready" ]; then
  echo "generating the round (4.1 M scores) and accounts, once…" >&2
  "${cli[@]}" demo generate --countries 200 --technologies 205 --analysts 20 --seed 1 --slug "$slug" >/dev/null 2>&1 || echo "(the round was there already)" >&2
  for i in $(seq -w 1 20); do
    "${cli[@]}" users disable --email "analyst$i@$slug.demo" >/dev/null 2>&1 || true
    echo "$password" | "${cli[@]}" users add --email "load$i@load.test" --role Analyst --password-stdin >/dev/null 2>&1 || true
  done
  touch "$Portal__DataDirectory/load-round-ready"
fi

# As deployed: Production (its appsettings.json beside the program), plain http only because this is loopback,
# and every client signing in from this one address (up to ten clients per analyst account).
(cd "$publish" &&
  exec env ASPNETCORE_ENVIRONMENT=Production Portal__AllowPlainHttp=true ASPNETCORE_URLS="http://127.0.0.1:$port" \
  Portal__SignIn__AttemptsPerAddress=1000 Portal__SignIn__AttemptsPerAccount=1000 \
  dotnet PartnerPortal.Web.dll >"$work/portal.log" 2>&1) &
portal_pid=$!
for _ in $(seq 120); do curl -sf "http://127.0.0.1:$port/health" >/dev/null && break; sleep 1; done
curl -sf "http://127.0.0.1:$port/health" >/dev/null || { tail -20 "$work/portal.log" >&2; exit 1; }
pg_port="$(python3 -c "import json; print(json.load(open('$Portal__DataDirectory/postgres.json'))['Port'])")"
export PGPASSWORD="$(python3 -c "import json; print(json.load(open('$Portal__DataDirectory/postgres.json'))['Password'])")"
psql=("$psql_bin" -h 127.0.0.1 -p "$pg_port" -U postgres -d partnerportal -At)

analysts=()
for i in $(seq -w 1 20); do analysts+=("load$i@load.test"); done
list="$(IFS=,; echo "${analysts[*]}")"
"${cli[@]}" round assign --round "$slug" --analysts "$list" >/dev/null 2>&1
# Every run starts from the same state: the load accounts have scored nothing. The clients' choices are seeded, so
# without this a run replays the pairs the last one completed, finds them done (the group shown) and skips scoring
# them: runs measured fewer and fewer saves. Removed before the first request builds the round's analysis.
"${psql[@]}" -q -c "delete from scores where round_id = (select id from rounds where slug = '$slug')
  and analyst_id in (select id from asp_net_users where email like 'load%@load.test')" >/dev/null
echo "scores before: $("${psql[@]}" -c "select count(*) from scores s join rounds r on r.id = s.round_id where r.slug = '$slug'")" >&2


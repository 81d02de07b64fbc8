#!/usr/bin/env bash
# The API's benchmark in one command (see bench/README.md):
#   1. builds the API and the scale generator in Release;
#   2. generates the scale-1 and scale-10000 databases into $BENCH_DIR unless they are there;
#   3. for each scale, starts the API on 127.0.0.1, waits for it to answer, and runs
#      `wrk -t2 -c32 -d10s` (after a 3 s warm-up, 60 s for the first body on a fresh API) on
#      each workload body: req/s, p50, p99;
#   4. at scale 10000, times page 1 against page 1,000 of planItems(first: 100) with a
#      sequential client (curl, one request at a time, the two pages alternating).
# It stops the API processes it started, also on failure.
#
# Env: BENCH_DIR (/tmp/plan-data-bench), SCALES ("1 10000"), WORKLOADS ("widget"; the peers'
# bodies are "w1 w2"), PORT (5299), THREADS (2), CONNECTIONS (32), DURATION (10s), WARMUP (3s),
# JIT_WARMUP (60s: the first warm-up of each body on a freshly started API),
# TIMEOUT (10s: wrk's own default of 2 s would drop the slow answers from the latency figures),
# PAGE_SCALE (10000), PAGE (1000), PAGE_REQUESTS (200), REBUILD (0: 1 regenerates the databases),
# QUIET_MAX (15: seconds to wait at most for the machine to calm down before each measurement),
# MAX_FOREIGN (10) and RETRIES (1): a wrk run during which other processes used more than
# MAX_FOREIGN % of the machine is measured again, at most RETRIES times.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
here="$repo/bench"
work="${BENCH_DIR:-/tmp/plan-data-bench}"
scales="${SCALES:-1 10000}"
workloads="${WORKLOADS:-widget}"
port="${PORT:-5299}"
threads="${THREADS:-2}"
conns="${CONNECTIONS:-32}"
duration="${DURATION:-10s}"
timeout="${TIMEOUT:-10s}"
warmup="${WARMUP:-3s}"
jit_warmup="${JIT_WARMUP:-60s}"
page_scale="${PAGE_SCALE:-10000}"
page="${PAGE:-1000}"
page_requests="${PAGE_REQUESTS:-200}"
url="http://127.0.0.1:$port/graphql"
hz="$(getconf CLK_TCK)"
mkdir -p "$work"
results="$work/results-$(date +%Y%m%d-%H%M%S).md"

pid=""
# SIGTERM lets Kestrel finish the requests in flight, which can take minutes after an overloading
# run (SQLite statements do not stop when the client goes), so SIGKILL follows after 10 s.
stop_api() {
  if [[ -n "$pid" ]]; then
    kill "$pid" 2> /dev/null || true
    for _ in $(seq 1 100); do kill -0 "$pid" 2> /dev/null || break; sleep 0.1; done
    kill -KILL "$pid" 2> /dev/null || true
    wait "$pid" 2> /dev/null || true
    pid=""
  fi
}
trap stop_api EXIT
trap 'exit 130' INT TERM

say() { printf '%s\n' "$*" | tee -a "$results"; }

# ---- tools -----------------------------------------------------------------------------------
for tool in wrk sqlite3 curl; do
  if ! command -v "$tool" > /dev/null; then
    if [[ "$(id -u)" == 0 ]]; then
      echo "installing $tool" >&2
      apt-get update -qq > /dev/null && apt-get install -y -qq "$tool" > /dev/null
    else
      echo "$tool is missing: apt-get install $tool" >&2
      exit 1
    fi
  fi
done

# ---- build -----------------------------------------------------------------------------------
echo "building (Release)" >&2
for project in src/PlanData.Api bench/ScaleGenerator; do
  if ! dotnet build -c Release -nologo -v q "$repo/$project" > "$work/build.log" 2>&1; then
    grep -E "error|rror\(s\)" "$work/build.log" | sort -u | tail -20 >&2
    exit 1
  fi
done
api="$repo/src/PlanData.Api/bin/Release/net10.0/PlanData.Api.dll"
generator="$here/ScaleGenerator/bin/Release/net10.0/ScaleGenerator.dll"

# ---- databases -------------------------------------------------------------------------------
# A database is reused while what shapes it (schema and writers, seed, generator) is unchanged.
fingerprint="$(cd "$repo" && find seed src/PlanData bench/ScaleGenerator -type f \
  \( -name '*.cs' -o -name '*.csproj' -o -name '*.json' -o -name '*.txt' -o -name '*.docx' \) \
  -not -path '*/bin/*' -not -path '*/obj/*' | LC_ALL=C sort | xargs sha1sum | sha1sum | cut -c1-10)"
database() {
  local scale="$1" db="$work/scale-$1-$fingerprint.sqlite"
  if [[ ! -f "$db" || "${REBUILD:-0}" == 1 ]]; then
    find "$work" -maxdepth 1 -name "scale-$scale-*.sqlite" -delete
    echo "generating scale $scale" >&2
    local start=$SECONDS
    dotnet "$generator" --scale "$scale" --seed "$repo/seed" --out "$db" > "$work/scale-$scale-$fingerprint.json"
    echo "generated scale $scale in $((SECONDS - start)) s: $(cat "$work/scale-$scale-$fingerprint.json")" >&2
  fi
  echo "$db"
}

# ---- the API ---------------------------------------------------------------------------------
start_api() {
  Database__Path="$1" ASPNETCORE_ENVIRONMENT=Production dotnet "$api" --urls "http://127.0.0.1:$port" > "$work/api.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 600); do
    if curl -s -o /dev/null -H 'Content-Type: application/json' --data '{"query":"{ __typename }"}' "$url"; then
      return 0
    fi
    if ! kill -0 "$pid" 2> /dev/null; then
      echo "the API exited:" >&2
      tail -20 "$work/api.log" >&2
      return 1
    fi
    sleep 0.1
  done
  echo "the API did not answer within 60 s" >&2
  return 1
}

post() { curl -sS -H 'Content-Type: application/json' -H 'Accept: application/graphql-response+json' --data-binary @"$1" "$url"; }

# Prints the response size; stops the run when the answer is not data without errors.
check() {
  local response
  response="$(post "$1")"
  if [[ "$response" == *'"errors"'* || "$response" != *'"data"'* ]]; then
    echo "$(basename "$1"): bad response: ${response:0:400}" >&2
    exit 1
  fi
  printf '%s' "$response" | wc -c
}

# ---- load (wrk) ------------------------------------------------------------------------------
cpu_totals() { awk '/^cpu /{ print $2+$3+$4+$7+$8+$9, $2+$3+$4+$5+$6+$7+$8+$9 }' /proc/stat; } # busy total
server_ticks() { if [[ -n "$pid" && -r /proc/$pid/stat ]]; then awk '{ print $14+$15 }' "/proc/$pid/stat"; else echo 0; fi; }
quiet_wait() {
  local i b0 t0 b1 t1 s0 s1
  for ((i = 0; i < ${QUIET_MAX:-15}; i++)); do
    read -r b0 t0 < <(cpu_totals); s0=$(server_ticks); sleep 1; read -r b1 t1 < <(cpu_totals); s1=$(server_ticks)
    if (( (b1 - b0 - (s1 - s0)) * 100 <= (t1 - t0) * 10 )); then return 0; fi
  done
}

# One wrk measurement; prints "rps p50 p99 requests non2xx errors foreign_cpu". The first
# warm-up on a fresh API lasts JIT_WARMUP: with both cores busy serving, .NET's tiered, profile-
# guided recompilation of the hot code takes about a minute (scale 1: 355, 545, 988, 1,133, 1,394,
# 1,527 req/s in six back-to-back 10 s runs), and a 3 s warm-up would measure the JIT.
load() {
  local body="$1" first_warmup="$2" try b0 t0 s0 b1 t1 s1 wu ws foreign line
  for ((try = 0; try <= ${RETRIES:-1}; try++)); do
    quiet_wait
    WRK_BODY="$body" wrk -t"$threads" -c"$conns" -d"$first_warmup" --timeout "$timeout" -s "$here/post.lua" "$url" > /dev/null
    first_warmup="$warmup"
    read -r b0 t0 < <(cpu_totals); s0=$(server_ticks)
    TIMEFORMAT='%3U %3S'
    { time WRK_BODY="$body" wrk -t"$threads" -c"$conns" -d"$duration" --timeout "$timeout" --latency -s "$here/post.lua" "$url" > "$work/wrk.out"; } 2> "$work/wrk.time"
    read -r b1 t1 < <(cpu_totals); s1=$(server_ticks)
    read -r wu ws < "$work/wrk.time"
    foreign="$(awk -v b=$((b1 - b0)) -v t=$((t1 - t0)) -v s=$((s1 - s0)) -v wu="$wu" -v ws="$ws" -v hz="$hz" \
      'BEGIN { f = (b - s - (wu + ws) * hz) / t * 100; if (f < 0) f = 0; printf "%.1f", f }')"
    cat "$work/wrk.out" >> "$work/wrk.log"
    awk -v f="$foreign" -v m="${MAX_FOREIGN:-10}" 'BEGIN { exit !(f <= m) }' && break
    if ((try < ${RETRIES:-1})); then echo "  other processes used $foreign % of the machine during the run: measuring again" >&2; fi
  done
  line="$(grep '^RESULT' "$work/wrk.out")"
  awk -v f="$foreign" '{ for (i = 2; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
    printf "%s %s %s %s %s %s %s\n", v["rps"], v["p50_ms"], v["p99_ms"], v["requests"], v["non2xx"], v["socket_errors"], f }' <<< "$line"
}

# ---- paging (sequential) ---------------------------------------------------------------------
page_body() { # FILE AFTER-CURSOR WITH-TOTAL(0|1)
  local after="" total=""
  [[ -n "$2" ]] && after=", after: \\\"$2\\\""
  [[ "$3" == 1 ]] && total="totalCount "
  printf '{"query":"{ planItems(first: 100%s) { %snodes { number title status schedule { text end } leadAgency { name } } pageInfo { hasNextPage endCursor } } }"}\n' "$after" "$total" > "$1"
}

# The cursor of the row at 0-based position OFFSET in planItems' default order (PlanId, Number):
# base64 of the JSON array of its sort keys (src/PlanData.Api/GraphQL/KeysetOrder.cs).
cursor_at() {
  local keys
  keys="$(sqlite3 -readonly "$1" "SELECT '[' || PlanId || ',' || Number || ']' FROM PlanItems ORDER BY PlanId, Number LIMIT 1 OFFSET $2")"
  printf '%s' "$keys" | base64 -w0
}

stats() { # FILE of seconds -> "p50 p99 mean" in ms (nearest rank)
  sort -n "$1" | awk '{ a[NR] = $1 * 1000; s += $1 * 1000 }
    function rank(q) { r = int(q * NR); if (r < q * NR) r++; if (r < 1) r = 1; return a[r] }
    END { printf "%.2f %.2f %.2f\n", rank(0.50), rank(0.99), s / NR }'
}

# Times bodies one request at a time, in turns, so that all see the same machine; after warm-up
# rounds, so that none is measured while .NET still recompiles the code it runs.
sequential() { # BODY... -> writes $work/seq-<i>.txt, one time in seconds per line
  local i b body
  for ((b = 1; b <= $#; b++)); do : > "$work/seq-$b.txt"; done
  for ((i = 0; i < 100; i++)); do for body in "$@"; do post "$body" > /dev/null; done; done
  for ((i = 0; i < page_requests; i++)); do
    for ((b = 1; b <= $#; b++)); do
      curl -s -o /dev/null -w '%{time_total}\n' -H 'Content-Type: application/json' --data-binary @"${!b}" "$url" >> "$work/seq-$b.txt"
    done
  done
}

# ---- run -------------------------------------------------------------------------------------
declare -A dbs
for scale in $scales; do dbs[$scale]="$(database "$scale")"; done

say "# plan-data API benchmark, $(date '+%Y-%m-%d %H:%M %Z')"
say ""
say "machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo), $(. /etc/os-release && echo "$PRETTY_NAME"), .NET $(dotnet --version), $(wrk -v 2>&1 | head -1 | cut -d' ' -f1-2); load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
say "load: wrk -t$threads -c$conns -d$duration --timeout $timeout after a $warmup warm-up ($jit_warmup for each body's first run on a fresh API), on 127.0.0.1; database fingerprint $fingerprint"
say ""
say "| workload | scale | plan items | req/s | p50 | p99 | response | requests | non-2xx | foreign CPU |"
say "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
for scale in $scales; do
  db="${dbs[$scale]}"
  items="$(sqlite3 -readonly "$db" 'SELECT count(*) FROM PlanItems')"
  start_api "$db"
  for workload in $workloads; do
    body="$here/bodies/$workload.json"
    bytes="$(check "$body")"
    read -r rps p50 p99 requests non2xx errors foreign < <(load "$body" "$jit_warmup")
    say "| $workload | $scale | $items | $rps | $p50 ms | $p99 ms | $bytes B | $requests | $non2xx | $foreign % |"
    if [[ "$non2xx" != 0 || "$errors" != 0 ]]; then echo "  ($non2xx non-2xx answers, $errors socket errors: see $work/wrk.log)" >&2; fi
  done
  stop_api
done

if [[ " $scales " == *" $page_scale "* ]]; then
  db="${dbs[$page_scale]}"
  start_api "$db"
  # The cursor built here must be the one the API hands out: page 1's endCursor is row 99's.
  page_body "$work/page1.json" "" 0
  served="$(post "$work/page1.json" | sed -n 's/.*"endCursor":"\([^"]*\)".*/\1/p')"
  if [[ "$served" != "$(cursor_at "$db" 99)" ]]; then
    echo "cursor format changed: the API's endCursor of page 1 is '$served' ($(printf '%s' "$served" | base64 -d 2>/dev/null)), not $(cursor_at "$db" 99)" >&2
    exit 1
  fi
  last_before="$(((page - 1) * 100 - 1))"
  page_body "$work/page1000.json" "$(cursor_at "$db" "$last_before")" 0
  check "$work/page1000.json" > /dev/null
  first="$(post "$work/page1000.json" | grep -o '"number":[0-9]*' | head -1 | cut -d: -f2)"
  page_body "$work/page1-total.json" "" 1
  page_body "$work/page1000-total.json" "$(cursor_at "$db" "$last_before")" 1
  check "$work/page1000-total.json" > /dev/null
  say ""
  say "Paging at scale $page_scale: planItems(first: 100[, after: the cursor of row $((last_before + 1))]) in the default order (PlanId, Number); page $page starts at an item number $first. $page_requests sequential requests of each (curl, one at a time, the four bodies in turns, after 100 warm-up rounds)."
  say ""
  say "| selection | page | p50 | p99 | mean |"
  say "|---|---|---:|---:|---:|"
  sequential "$work/page1.json" "$work/page1000.json" "$work/page1-total.json" "$work/page1000-total.json"
  labels=("" "nodes + pageInfo|1" "nodes + pageInfo|$page" "totalCount + nodes + pageInfo|1" "totalCount + nodes + pageInfo|$page")
  for b in 1 2 3 4; do
    read -r p50 p99 mean < <(stats "$work/seq-$b.txt")
    say "| ${labels[b]%%|*} | ${labels[b]#*|} | $p50 ms | $p99 ms | $mean ms |"
  done
  stop_api
fi
say ""
say "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "results: $results" >&2

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
mkdir -p "$work"
results="$work/results-$(date +%Y%m%d-%H%M%S).md"
# One wrk host is one client: the rate limiter would answer most of the load with 429.
export API_ENV="${API_ENV:-RateLimiting__Enabled=false}"

source "$here/lib.sh"

# ---- run -------------------------------------------------------------------------------------
declare -A dbs
for scale in $scales; do dbs[$scale]="$(database "$scale")" || exit 1; done

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
    read -r rps p50 p99 requests non2xx errors foreign _ < <(load "$body" "$jit_warmup")
    say "| $workload | $scale | $items | $rps | $p50 ms | $p99 ms | $bytes B | $requests | $non2xx | $foreign % |"
    if [[ "$non2xx" != 0 || "$errors" != 0 ]]; then echo "  ($non2xx non-2xx answers, $errors socket errors: see $work/wrk.log)" >&2; fi
  done
  stop_api
done

if [[ " $scales " == *" $page_scale "* ]]; then paging "${dbs[$page_scale]}"; fi
say ""
say "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "results: $results" >&2

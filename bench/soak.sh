#!/usr/bin/env bash
# The soak (issue 6): the API under 60 s of mixed queries at saturation.
#   1. builds the API in Release and starts it on the scale-$SCALE database (bench/lib.sh);
#   2. warms it up with the same mix (WARMUP, default 60 s: .NET's tiered JIT settles in about a minute);
#   3. records the server's resident memory (VmRSS) after the warm-up;
#   4. runs `wrk -t2 -c32 -d60s` with soak.lua: the requests in bodies/soak/ in turns on every connection
#      (POST queries with variables, trusted operations by id, a cacheable GET), each answer checked
#      (HTTP 200, "data", no "errors");
#   5. records VmRSS after the run (after a 5 s pause) and fails unless there were zero bad answers and
#      zero socket errors, and memory after the run is at most 20 % above memory after the warm-up
#      (less is fine: that is the GC giving memory back).
# The rate limiter is switched off (API_ENV): one wrk host is one client, and the point is the server at
# saturation, not the limiter's refusals.
# Env: BENCH_DIR, SCALE (1), PORT (5299), THREADS (2), CONNECTIONS (32), DURATION (60s), WARMUP (60s),
# TIMEOUT (10s), MEMORY_TOLERANCE (20, %).
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
here="$repo/bench"
work="${BENCH_DIR:-/tmp/plan-data-bench}"
scale="${SCALE:-1}"
port="${PORT:-5299}"
threads="${THREADS:-2}"
conns="${CONNECTIONS:-32}"
duration="${DURATION:-60s}"
warmup="${WARMUP:-60s}"
timeout="${TIMEOUT:-10s}"
tolerance="${MEMORY_TOLERANCE:-20}"
url="http://127.0.0.1:$port/graphql"
mkdir -p "$work"
results="$work/soak-$(date +%Y%m%d-%H%M%S).md"
export API_ENV="${API_ENV:-RateLimiting__Enabled=false}"

source "$here/lib.sh"

rss_mb() { awk '/^VmRSS/ { printf "%.1f", $2 / 1024 }' "/proc/$pid/status"; }
soak() { # DURATION OUT
  SOAK_DIR="$here/bodies/soak" wrk -t"$threads" -c"$conns" -d"$1" --timeout "$timeout" -s "$here/soak.lua" "$url" > "$2"
}

db="$(database "$scale")" || exit 1
items="$(sqlite3 -readonly "$db" 'SELECT count(*) FROM PlanItems')"
start_api "$db"
for body in "$here"/bodies/soak/*.json; do check "$body" > /dev/null; done

quiet_wait
echo "warming up for $warmup" >&2
soak "$warmup" "$work/soak-warmup.out"
sleep 5
rss_warm="$(rss_mb)"
echo "soaking for $duration" >&2
soak "$duration" "$work/soak.out"
sleep 5
rss_after="$(rss_mb)"
line="$(grep '^RESULT' "$work/soak.out")"
declare -A v
for kv in ${line#RESULT }; do v[${kv%%=*}]="${kv#*=}"; done
growth="$(awk -v a="$rss_after" -v w="$rss_warm" 'BEGIN { printf "%+.1f", (a - w) / w * 100 }')"

say "# plan-data API soak, $(date '+%Y-%m-%d %H:%M %Z')"
say ""
say "machine: $(nproc) cores, .NET $(dotnet --version); scale $scale ($items plan items); $(ls "$here/bodies/soak" | wc -l) kinds of request in turns; wrk -t$threads -c$conns -d$duration --timeout $timeout after a $warmup warm-up; $API_ENV"
say ""
say "| req/s | p50 | p99 | max | requests | bad answers | non-2xx | socket errors | RSS after warm-up | RSS after soak | change |"
say "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
say "| ${v[rps]} | ${v[p50_ms]} ms | ${v[p99_ms]} ms | ${v[max_ms]} ms | ${v[requests]} | ${v[bad_answers]} | ${v[non2xx]} | ${v[socket_errors]} | $rss_warm MB | $rss_after MB | $growth % |"
grep '^FIRST_BAD' "$work/soak.out" >&2 || true
stop_api

failed=0
if [[ "${v[bad_answers]}" != 0 || "${v[socket_errors]}" != 0 ]]; then echo "FAILED: ${v[bad_answers]} bad answers, ${v[socket_errors]} socket errors" >&2; failed=1; fi
if ! awk -v a="$rss_after" -v w="$rss_warm" -v t="$tolerance" 'BEGIN { exit !(a <= w * (1 + t / 100)) }'; then
  echo "FAILED: memory after the soak ($rss_after MB) is more than $tolerance % above memory after the warm-up ($rss_warm MB)" >&2; failed=1
fi
echo "results: $results" >&2
exit "$failed"

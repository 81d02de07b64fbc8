#!/usr/bin/env bash
# Our API against the JavaScript peers and the Kestrel ceiling, in one command (issue 7; see
# bench/README.md, "Against the peers"). On this machine, one server at a time:
#   1. builds our API, the scale generator and bench/Chart in Release, generates the scale-1 and
#      scale-10000 databases (lib.sh), copies the peers and the ceiling from ../shared/tools into
#      $BENCH_DIR, installs the peers (npm ci, which compiles better-sqlite3) and builds their
#      databases (data/make-db.mjs), and builds the ceiling in Release; each only when missing;
#   2. for each scale, runs W1 and W2 (bodies/w1.json, w2.json, the peers' bodies) with the same
#      wrk settings and the same warm-up before every run, against: our API with response caching
#      off, our API with caching on (W1 only: "W1 repeated"), graphql-yoga, mercurius + jit, and the
#      ceiling fed the bytes yoga answers at that scale. Our API always runs without rate limiting.
#      Each run records req/s, p50, p99, the response size, the server's peak RSS and foreign CPU;
#   3. times our API from process start to its first answer to `{ __typename }` (polled every
#      10 ms) with an existing database, STARTS times per scale, and takes the median;
#   4. times page 1 against page 1,000 at scale 10000 (lib.sh's paging, as run.sh does);
#   5. writes the tables, the ratios and issue 7's targets (met / not met) to
#      $BENCH_DIR/compare-<time>.md and stdout, and draws req/s per contender to bench/compare.png.
# It stops every server it started, by PID, also on failure.
#
# Env: BENCH_DIR (/tmp/plan-data-bench), SHARED_TOOLS (../shared/tools), SCALES ("1 10000"),
# CONTENDERS ("ours ours-cached yoga mercurius ceiling"), PORT (5299), THREADS (2), CONNECTIONS (32),
# DURATION (10s), WARMUP (60s: before every measured run, for every contender: our API needs about a
# minute under load for .NET's tiered JIT), TIMEOUT (10s), STARTS (5), PAGE_SCALE (10000), PAGE (1000),
# PAGE_REQUESTS (200), CHART (bench/compare.png), START_TIMEOUT (300 s), REBUILD (0: 1 regenerates every
# database), QUIET_MAX, MAX_FOREIGN and RETRIES (as in run.sh).
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
here="$repo/bench"
work="${BENCH_DIR:-/tmp/plan-data-bench}"
shared="${SHARED_TOOLS:-$repo/../shared/tools}"
scales="${SCALES:-1 10000}"
contenders="${CONTENDERS:-ours ours-cached yoga mercurius ceiling}"
port="${PORT:-5299}"
threads="${THREADS:-2}"
conns="${CONNECTIONS:-32}"
duration="${DURATION:-10s}"
timeout="${TIMEOUT:-10s}"
warmup="${WARMUP:-60s}"
starts="${STARTS:-5}"
page_scale="${PAGE_SCALE:-10000}"
page="${PAGE:-1000}"
page_requests="${PAGE_REQUESTS:-200}"
chart="${CHART:-$here/compare.png}"
url="http://127.0.0.1:$port/graphql"
# Hashing the scale-10000 file before the first answer takes a while on a busy machine.
START_TIMEOUT="${START_TIMEOUT:-300}"
mkdir -p "$work"
stamp="$(date +%Y%m%d-%H%M%S)"
results="$work/compare-$stamp.md"
measurements="$work/compare-$stamp.tsv"
began=$SECONDS
# Settings the API does not know yet are ignored, so these runs are valid before and after the
# response cache exists.
caching_off="GraphQL__ResponseCache__Enabled=false RateLimiting__Enabled=false"
caching_on="GraphQL__ResponseCache__Enabled=true RateLimiting__Enabled=false"

source "$here/lib.sh"

# ---- the peers, the ceiling and the chart ------------------------------------------------------
for tool in node npm g++ make python3; do
  command -v "$tool" > /dev/null || { echo "$tool is missing (the peers need Node 20 and, for better-sqlite3, g++, make and python3)" >&2; exit 1; }
done
if [[ ! -d "$shared/peers" || ! -d "$shared/ceiling" ]]; then
  echo "no peers or ceiling in $shared (set SHARED_TOOLS)" >&2
  exit 1
fi
for w in w1 w2; do
  cmp -s "$here/bodies/$w.json" "$shared/peers/bodies/$w.json" || echo "warning: bodies/$w.json differs from the peers' $w.json" >&2
done

# ../shared is read-only in CI, so the peers are installed and the ceiling is built in a copy.
# node_modules is kept between runs while package-lock.json is unchanged.
peers="$work/peers"
for dir in common data yoga mercurius; do
  mkdir -p "$peers/$dir"
  find "$shared/peers/$dir" -maxdepth 1 -type f -exec cp -f {} "$peers/$dir/" \;
done
for dir in data yoga mercurius; do
  lock="$(sha1sum < "$peers/$dir/package-lock.json" | cut -c1-10)"
  if [[ "$(cat "$peers/$dir/node_modules/.lock-sha1" 2> /dev/null)" != "$lock" ]]; then
    echo "npm ci in $peers/$dir (compiles better-sqlite3: a few minutes)" >&2
    if ! (cd "$peers/$dir" && npm ci --no-audit --no-fund > "$work/npm-$dir.log" 2>&1); then
      tail -20 "$work/npm-$dir.log" >&2
      exit 1
    fi
    echo "$lock" > "$peers/$dir/node_modules/.lock-sha1"
  fi
done

peers_fingerprint="$(cat "$peers/data/make-db.mjs" "$peers/data/seed-plan.json" | sha1sum | cut -c1-10)"
peer_database() { # SCALE
  local db="$work/peers-s$1-$peers_fingerprint.sqlite"
  if [[ ! -f "$db" || "${REBUILD:-0}" == 1 ]]; then
    find "$work" -maxdepth 1 -name "peers-s$1-*.sqlite" -delete
    echo "generating the peers' scale $1" >&2
    node "$peers/data/make-db.mjs" --scale "$1" --out "$db.partial" >&2
    mv "$db.partial" "$db"
  fi
  echo "$db"
}

mkdir -p "$work/ceiling-src"
cp -f "$shared/ceiling/Ceiling.csproj" "$shared/ceiling/Program.cs" "$work/ceiling-src/"
dotnet_release build "$work/ceiling-src" -o "$work/ceiling-bin"
dotnet_release build "$here/Chart"
ceiling="$work/ceiling-bin/Ceiling.dll"

declare -A dbs peer_dbs
for scale in $scales; do
  dbs[$scale]="$(database "$scale")" || exit 1
  peer_dbs[$scale]="$(peer_database "$scale")"
done

# ---- measuring ---------------------------------------------------------------------------------
declare -A label=(
  [ours]="ours, caching off"
  [ours-cached]="ours, caching on (W1 repeated)"
  [yoga]="graphql-yoga 5"
  [mercurius]="mercurius 16 + jit"
  [ceiling]="ceiling (Kestrel, fixed body)"
)
declare -A rps p50 p99 size peak
start_peer() { # NAME SCALE
  start_server "$work/$1.log" env NODE_ENV=production node "$peers/$1/server.mjs" --db "${peer_dbs[$2]}" --port "$port"
}

# Measures the running server $pid with BODY; records and prints one row.
measure() { # CONTENDER WORKLOAD SCALE BODY
  local key="$1|$2|$3" bytes r50 r99 r requests non2xx errors foreign rss
  bytes="$(check "$4")"
  echo "$1, ${2^^}, scale $3: warm-up $warmup, then $duration" >&2
  read -r r r50 r99 requests non2xx errors foreign rss < <(load "$4" "$warmup")
  rps[$key]="$r" p50[$key]="$r50" p99[$key]="$r99" size[$key]="$bytes" peak[$key]="$rss"
  if [[ "$requests" == 0 ]]; then r50="–" r99="–"; else r50="$r50 ms" r99="$r99 ms"; fi
  say "| ${label[$1]} | ${2^^} | $3 | $(number "$r") | $r50 | $r99 | $bytes B | $rss MB | $requests | $non2xx / $errors | $foreign % |"
  printf '%s\t%s\t%s\t%s\n' "${label[$1]}" "${2^^}" "$3" "$r" >> "$measurements"
}

number() { # 1234.5 -> 1,235; 12.34 -> 12.3
  awk -v x="$1" 'BEGIN { if (x == "") { print "–"; exit } if (x < 100) { printf "%.1f\n", x; exit }
    s = sprintf("%.0f", x); while (s ~ /[0-9][0-9][0-9][0-9]/) sub(/[0-9][0-9][0-9]($|,)/, ",&", s); print s }'
}
quotient() { # A B -> A / B unrounded, or nothing
  awk -v a="$1" -v b="$2" 'BEGIN { if (a != "" && b != "" && b != 0) printf "%.6f\n", a / b }'
}
ratio() { # A B -> A / B with two significant digits, or "–"
  awk -v r="$(quotient "$1" "$2")" 'BEGIN { if (r == "") { print "–"; exit }
    f = r >= 10 ? "%.0f" : r >= 1 ? "%.1f" : r >= 0.1 ? "%.2f" : "%.2g"; printf f "\n", r }'
}
percent() { # A B -> 100 A / B
  awk -v r="$(quotient "$1" "$2")" 'BEGIN { if (r == "") { print "–"; exit } r *= 100
    f = r >= 10 ? "%.0f %%" : r >= 1 ? "%.1f %%" : "%.2g %%"; printf f "\n", r }'
}
versions() {
  local yoga mercurius jit
  yoga="$(node -p "require('$peers/yoga/node_modules/graphql-yoga/package.json').version")"
  mercurius="$(node -p "require('$peers/mercurius/node_modules/mercurius/package.json').version")"
  jit="$(node -p "require('$peers/mercurius/node_modules/graphql-jit/package.json').version")"
  echo "Node $(node -v | tr -d v), graphql-yoga $yoga, mercurius $mercurius, graphql-jit $jit"
}

say "# Our API against the peers and the ceiling, $(date '+%Y-%m-%d %H:%M %Z')"
say ""
say "machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo), $(. /etc/os-release && echo "$PRETTY_NAME"), .NET $(dotnet --version), $(versions), $(wrk -v 2>&1 | head -1 | cut -d' ' -f1-2); load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
say "load: every run is wrk -t$threads -c$conns -d$duration --timeout $timeout after a $warmup warm-up, on 127.0.0.1, one server at a time, each started fresh per scale; our API with $caching_off (caching on: $caching_on)"
say ""
say "| contender | workload | scale | req/s | p50 | p99 | response | peak RSS | requests | non-2xx / socket errors | foreign CPU |"
say "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
for scale in $scales; do
  for contender in $contenders; do
    case "$contender" in
      ours | ours-cached)
        if [[ "$contender" == ours ]]; then API_ENV="$caching_off" workloads="w1 w2"; else API_ENV="$caching_on" workloads="w1"; fi
        start_api "${dbs[$scale]}"
        for w in $workloads; do measure "$contender" "$w" "$scale" "$here/bodies/$w.json"; done
        stop_api ;;
      yoga | mercurius)
        start_peer "$contender" "$scale"
        for w in w1 w2; do measure "$contender" "$w" "$scale" "$here/bodies/$w.json"; done
        stop_api ;;
      ceiling)
        # Size-matched, as ../shared/tools/peers/run-all.sh does: the exact bytes yoga answers.
        start_peer yoga "$scale"
        for w in w1 w2; do post "$here/bodies/$w.json" > "$work/ceiling-body-s$scale-$w.json"; done
        stop_api
        for w in w1 w2; do
          start_server "$work/ceiling.log" env ASPNETCORE_URLS="http://127.0.0.1:$port" dotnet "$ceiling" "$work/ceiling-body-s$scale-$w.json"
          measure ceiling "$w" "$scale" "$here/bodies/$w.json"
          stop_api
        done ;;
      *) echo "unknown contender $contender" >&2; exit 2 ;;
    esac
  done
done

declare -A first_answer
if [[ " $contenders " == *" ours "* ]]; then
  say ""
  say "Start to first answer: our API started $starts times per scale with an existing database ($caching_off), polled with \`{ __typename }\` every 10 ms until an HTTP 200. Then, at once, one W1 request: how long the first real query waits (the warm-up query runs in the background meanwhile)."
  say ""
  say "| scale | median | runs | then W1, median | runs |"
  say "|---:|---:|---|---:|---|"
  API_ENV="$caching_off"
  median() { printf '%s\n' "$@" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
  for scale in $scales; do
    times=()
    w1_times=()
    for ((i = 0; i < starts; i++)); do
      quiet_wait
      POLL=0.01 start_api "${dbs[$scale]}"
      times+=("$first_answer_ms")
      sent="${EPOCHREALTIME/./}"
      curl -s -o /dev/null -H 'Content-Type: application/json' --data @"$here/bodies/w1.json" "$url"
      w1_times+=("$(((${EPOCHREALTIME/./} - sent) / 1000))")
      stop_api
    done
    first_answer[$scale]="$(median "${times[@]}")"
    say "| $scale | ${first_answer[$scale]} ms | $(printf '%s ms, ' "${times[@]}" | sed 's/, $//') | $(median "${w1_times[@]}") ms | $(printf '%s ms, ' "${w1_times[@]}" | sed 's/, $//') |"
  done
fi

if [[ " $scales " == *" $page_scale "* && " $contenders " == *" ours "* ]]; then
  API_ENV="$caching_off"
  paging "${dbs[$page_scale]}"
fi

# ---- ratios and targets ------------------------------------------------------------------------
say ""
say "Ratios: W1 against the W1-body ceiling and W2 against the W2-body ceiling, of the same scale."
say ""
say "| workload | scale | ours, caching off | ours, caching on | yoga | mercurius + jit | ceiling | ours / mercurius | ours / ceiling | W1 repeated / ceiling |"
say "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
for scale in $scales; do
  for w in w1 w2; do
    k="|$w|$scale"
    say "| ${w^^} | $scale | $(number "${rps[ours$k]:-}") | $(number "${rps[ours-cached$k]:-}") | $(number "${rps[yoga$k]:-}") | $(number "${rps[mercurius$k]:-}") | $(number "${rps[ceiling$k]:-}") | $(ratio "${rps[ours$k]:-}" "${rps[mercurius$k]:-}")× | $(percent "${rps[ours$k]:-}" "${rps[ceiling$k]:-}") | $(percent "${rps[ours-cached$k]:-}" "${rps[ceiling$k]:-}") |"
  done
done

verdict() { # MEASURED LIMIT ge|le -> met / not met / not measured
  if [[ -z "$1" || "$1" == "–" || "$1" == "-" ]]; then echo "not measured"; return; fi
  awk -v m="$1" -v l="$2" -v op="$3" 'BEGIN { ok = op == "ge" ? m >= l : m <= l; print ok ? "**met**" : "**not met**" }'
}
say ""
say "Targets of issue 7:"
say ""
say "| target | goal | measured | |"
say "|---|---:|---:|---|"
for scale in $scales; do
  for w in w1 w2; do
    k="|$w|$scale"
    say "| ${w^^}, caching off, scale $scale: ours / mercurius + jit | ≥ 3× | $(ratio "${rps[ours$k]:-}" "${rps[mercurius$k]:-}")× ($(number "${rps[ours$k]:-}") / $(number "${rps[mercurius$k]:-}") req/s) | $(verdict "$(quotient "${rps[ours$k]:-}" "${rps[mercurius$k]:-}")" 3 ge) |"
  done
done
for scale in $scales; do
  k="|w1|$scale"
  say "| W1 repeated, caching on, scale $scale: ours / ceiling | ≥ 70 % | $(percent "${rps[ours-cached$k]:-}" "${rps[ceiling$k]:-}") ($(number "${rps[ours-cached$k]:-}") / $(number "${rps[ceiling$k]:-}") req/s) | $(verdict "$(quotient "${rps[ours-cached$k]:-}" "${rps[ceiling$k]:-}")" 0.70 ge) |"
done
if [[ -n "${page_p50[1]:-}" ]]; then
  for b in 1 3; do
    selection="nodes + pageInfo"; [[ "$b" == 3 ]] && selection="totalCount + nodes + pageInfo"
    say "| page $page against page 1 at scale $page_scale, $selection, p50 | ≤ 1.5× | $(ratio "${page_p50[b + 1]}" "${page_p50[b]}")× (${page_p50[b + 1]} / ${page_p50[b]} ms) | $(verdict "$(quotient "${page_p50[b + 1]}" "${page_p50[b]}")" 1.5 le) |"
  done
else
  say "| page $page against page 1 at scale $page_scale | ≤ 1.5× | – | not measured |"
fi
for scale in $scales; do
  say "| start to first answer, scale $scale, median of $starts | ≤ 1 s | ${first_answer[$scale]:-–} ms | $(verdict "${first_answer[$scale]:-}" 1000 le) |"
done
worst="" worst_run=""
for key in "${!peak[@]}"; do
  [[ "$key" == ours* && "${peak[$key]}" != "-" ]] || continue
  if [[ -z "$worst" ]] || awk -v a="${peak[$key]}" -v b="$worst" 'BEGIN { exit !(a > b) }'; then worst="${peak[$key]}" worst_run="$key"; fi
done
if [[ -n "$worst" ]]; then
  IFS='|' read -r wc ww ws <<< "$worst_run"
  say "| RSS under load: our API's highest peak over all its runs | ≤ 200 MB | $worst MB (${label[$wc]}, ${ww^^}, scale $ws) | $(verdict "$worst" 200 le) |"
else
  say "| RSS under load: our API's highest peak over all its runs | ≤ 200 MB | – | not measured |"
fi

say ""
say "load average after: $(cut -d' ' -f1-3 /proc/loadavg); the whole run took $(((SECONDS - began) / 60)) min $(((SECONDS - began) % 60)) s"
if dotnet "$here/Chart/bin/Release/net10.0/Chart.dll" "$measurements" "$chart" "req/s, wrk -t$threads -c$conns -d$duration after a $warmup warm-up, $(date '+%Y-%m-%d')"; then
  echo "chart: $chart" >&2
fi
echo "results: $results" >&2

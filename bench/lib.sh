# Shared by run.sh, soak.sh and compare.sh; sourced after they set repo, here, work, port and url.
# Installs the tools, builds in Release, generates the scale databases, starts and stops the API
# (or another server), runs wrk, and times page 1 against page $page (run.sh's and compare.sh's
# threads, conns, duration, timeout, warmup, page_scale, page and page_requests).

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
# Runs `dotnet VERB ARGS` in Release, quietly; on failure shows the build's errors and stops.
dotnet_release() {
  if ! dotnet "$@" -c Release -nologo -v q > "$work/build.log" 2>&1; then
    grep -E "error|rror\(s\)" "$work/build.log" | sort -u | tail -20 >&2
    exit 1
  fi
}

# The API is published as a deployment is (README, "Running in production"): Release, ReadyToRun for this platform.
echo "building (Release)" >&2
rid="$(dotnet --info | awk '/^ *RID:/ { print $2; exit }')"
# One folder per checkout: publishing another checkout's build over it keeps files it takes for current.
api_dir="$work/api-$(printf '%s' "$repo" | sha1sum | cut -c1-10)"
dotnet_release publish "$repo/src/PlanData.Api" -r "$rid" --self-contained false -o "$api_dir"
dotnet_release build "$here/ScaleGenerator"
api="$api_dir/PlanData.Api.dll"
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
    # A failed build must stop the run: the API would otherwise build a seed database at the path and be measured on it.
    if ! dotnet "$generator" --scale "$scale" --seed "$repo/seed" --out "$db" > "$work/scale-$scale-$fingerprint.json"; then
      echo "the scale $scale database could not be generated (above)" >&2
      exit 1
    fi
    echo "generated scale $scale in $((SECONDS - start)) s: $(cat "$work/scale-$scale-$fingerprint.json")" >&2
  fi
  echo "$db"
}

# ---- the API ---------------------------------------------------------------------------------
# Starts a server (LOG, then the command) in the background as $pid, and waits until it answers
# `{ __typename }` at $url with HTTP 200, polling every POLL s (0.1). first_answer_ms: from launch to
# that answer.
first_answer_ms=""
start_server() {
  local log="$1" launched deadline code=000
  shift
  # Another server on the port would answer in this one's place.
  if curl -s -o /dev/null --max-time 2 "$url"; then
    echo "something already answers at $url: stop it, or set PORT" >&2
    return 1
  fi
  launched="${EPOCHREALTIME/./}"
  "$@" > "$log" 2>&1 &
  pid=$!
  deadline=$((SECONDS + ${START_TIMEOUT:-60}))
  while ((SECONDS < deadline)); do
    code="$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 -H 'Content-Type: application/json' --data '{"query":"{ __typename }"}' "$url" || true)"
    if [[ "$code" == 200 ]]; then
      first_answer_ms="$(((${EPOCHREALTIME/./} - launched) / 1000))"
      return 0
    fi
    if ! kill -0 "$pid" 2> /dev/null; then
      echo "$(basename "$log" .log) exited:" >&2
      tail -20 "$log" >&2
      return 1
    fi
    sleep "${POLL:-0.1}"
  done
  echo "$(basename "$log" .log) did not answer 200 within ${START_TIMEOUT:-60} s (last HTTP status: $code)" >&2
  return 1
}

start_api() {
  # API_ENV: more settings for this run, e.g. "RateLimiting__Enabled=false".
  # shellcheck disable=SC2086
  start_server "$work/api.log" env Database__Path="$1" ASPNETCORE_ENVIRONMENT=Production ${API_ENV:-} dotnet "$api" --urls "http://127.0.0.1:$port"
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

# ---- machine ---------------------------------------------------------------------------------
cpu_totals() { awk '/^cpu /{ print $2+$3+$4+$7+$8+$9, $2+$3+$4+$5+$6+$7+$8+$9 }' /proc/stat; } # busy total
server_ticks() { if [[ -n "$pid" && -r /proc/$pid/stat ]]; then awk '{ print $14+$15 }' "/proc/$pid/stat"; else echo 0; fi; }
quiet_wait() {
  local i b0 t0 b1 t1 s0 s1
  for ((i = 0; i < ${QUIET_MAX:-15}; i++)); do
    read -r b0 t0 < <(cpu_totals); s0=$(server_ticks); sleep 1; read -r b1 t1 < <(cpu_totals); s1=$(server_ticks)
    if (( (b1 - b0 - (s1 - s0)) * 100 <= (t1 - t0) * 10 )); then return 0; fi
  done
}


# ---- load (wrk) ------------------------------------------------------------------------------
hz="$(getconf CLK_TCK)"
# The server's peak resident memory in MB (VmHWM). Writing 5 to clear_refs resets the peak, so that
# it covers one measured run; where that is refused, the peak since the start is an upper bound.
reset_peak_rss() { { echo 5 > "/proc/$pid/clear_refs"; } 2> /dev/null || true; }
peak_rss() { awk '/^VmHWM/ { printf "%.1f", $2 / 1024; found = 1 } END { if (!found) print "-" }' "/proc/$pid/status" 2> /dev/null || echo -; }

# A server slower than the warm-up's requests goes on executing them after wrk has gone (SQLite
# statements do not stop with the client), and that backlog would eat into the measured run. Waits,
# at most DRAIN_MAX s (120), until the server uses under a tenth of a core over a second.
drain() {
  local i s0 s1
  for ((i = 0; i < ${DRAIN_MAX:-120}; i++)); do
    s0=$(server_ticks); sleep 1; s1=$(server_ticks)
    if (( (s1 - s0) * 10 < hz )); then return 0; fi
  done
  echo "  the server was still busy ${DRAIN_MAX:-120} s after the warm-up" >&2
}

# One wrk measurement of the server $pid; prints "rps p50 p99 requests non2xx errors foreign_cpu
# peak_rss_mb". The first warm-up (FIRST_WARMUP) may be longer than the one before a repeated run
# ($warmup): with both cores busy serving, .NET's tiered, profile-guided recompilation of the hot code
# takes about a minute (scale 1: 355, 545, 988, 1,133, 1,394, 1,527 req/s in six back-to-back 10 s
# runs), and a 3 s warm-up would measure the JIT.
load() { # BODY FIRST_WARMUP
  local body="$1" first_warmup="$2" try b0 t0 s0 b1 t1 s1 wu ws foreign line rss
  for ((try = 0; try <= ${RETRIES:-1}; try++)); do
    quiet_wait
    WRK_BODY="$body" wrk -t"$threads" -c"$conns" -d"$first_warmup" --timeout "$timeout" -s "$here/post.lua" "$url" > /dev/null
    first_warmup="$warmup"
    drain
    reset_peak_rss
    read -r b0 t0 < <(cpu_totals); s0=$(server_ticks)
    TIMEFORMAT='%3U %3S'
    { time WRK_BODY="$body" wrk -t"$threads" -c"$conns" -d"$duration" --timeout "$timeout" --latency -s "$here/post.lua" "$url" > "$work/wrk.out"; } 2> "$work/wrk.time"
    read -r b1 t1 < <(cpu_totals); s1=$(server_ticks)
    rss="$(peak_rss)"
    read -r wu ws < "$work/wrk.time"
    foreign="$(awk -v b=$((b1 - b0)) -v t=$((t1 - t0)) -v s=$((s1 - s0)) -v wu="$wu" -v ws="$ws" -v hz="$hz" \
      'BEGIN { f = (b - s - (wu + ws) * hz) / t * 100; if (f < 0) f = 0; printf "%.1f", f }')"
    cat "$work/wrk.out" >> "$work/wrk.log"
    awk -v f="$foreign" -v m="${MAX_FOREIGN:-10}" 'BEGIN { exit !(f <= m) }' && break
    if ((try < ${RETRIES:-1})); then echo "  other processes used $foreign % of the machine during the run: measuring again" >&2; fi
  done
  line="$(grep '^RESULT' "$work/wrk.out")"
  awk -v f="$foreign" -v r="$rss" '{ for (i = 2; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
    printf "%s %s %s %s %s %s %s %s\n", v["rps"], v["p50_ms"], v["p99_ms"], v["requests"], v["non2xx"], v["socket_errors"], f, r }' <<< "$line"
}

# ---- paging (sequential) ---------------------------------------------------------------------
page_body() { # FILE AFTER-CURSOR WITH-TOTAL(0|1)
  local after="" total=""
  [[ -n "$2" ]] && after=", after: \\\"$2\\\""
  [[ "$3" == 1 ]] && total="totalCount "
  printf '{"query":"{ planItems(first: 100%s) { %snodes { number title status schedule { text end } leadAgency { name } } pageInfo { hasNextPage endCursor } } }"}\n' "$after" "$total" > "$1"
}

# The cursor of the row at 0-based position OFFSET in planItems' default order (PlanId, Number):
# base64 of the JSON array of its sort keys (src/PlanData.Querying/KeysetOrder.cs).
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

# Page 1 against page $page of planItems(first: 100) on a fresh API over DB, as a table (say).
# Leaves the p50s in page_p50: [1] page 1, [2] page $page, [3] and [4] the same with totalCount.
declare -a page_p50
paging() { # DB
  local db="$1" served last_before first b p50 p99 mean labels
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
    page_p50[b]="$p50"
    say "| ${labels[b]%%|*} | ${labels[b]#*|} | $p50 ms | $p99 ms | $mean ms |"
  done
  stop_api
}

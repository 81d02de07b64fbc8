-- wrk script: POSTs the GraphQL request in the file named by env WRK_BODY, and prints one
-- machine-readable line at the end (the same line as ../../shared/tools/peers/post.lua).
local f = io.open(os.getenv("WRK_BODY") or "bodies/widget.json", "r")
wrk.method = "POST"
wrk.body = f:read("*a")
f:close()
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/graphql-response+json"

function done(summary, latency, requests)
  local secs = summary.duration / 1e6
  local e = summary.errors
  io.write(string.format("RESULT rps=%.1f p50_ms=%.2f p99_ms=%.2f requests=%d bytes=%d non2xx=%d socket_errors=%d\n",
    summary.requests / secs, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.requests, summary.bytes, e.status, e.connect + e.read + e.write + e.timeout))
end

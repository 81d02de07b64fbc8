-- wrk script for the soak (bench/soak.sh): every connection sends the requests in the folder named by
-- env SOAK_DIR in turns (*.json: POSTed as the body; *.path: a GET of that path), checks each answer
-- (HTTP 200 with "data" and without "errors") and prints one machine-readable line at the end.
local dir = os.getenv("SOAK_DIR") or "bodies/soak"
local requests = {}

-- Built in init, once wrk has set the Host header that wrk.format copies into each request.
local function load_requests()
  for name in io.popen('ls "' .. dir .. '"'):lines() do
  local f = io.open(dir .. "/" .. name, "r")
  local text = f:read("*a"):gsub("%s+$", "")
  f:close()
  local headers = { ["Accept"] = "application/graphql-response+json" }
  if name:match("%.json$") then
    headers["Content-Type"] = "application/json"
    table.insert(requests, wrk.format("POST", "/graphql", headers, text))
  elseif name:match("%.path$") then
    table.insert(requests, wrk.format("GET", text, headers, nil))
  end
  end
end

local threads = {}
function setup(thread)
  table.insert(threads, thread)
end

-- Globals, so that done() can read them from each thread.
next_request = 0
bad = 0
first_bad = ""
function init(args)
  load_requests()
  math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16))
  next_request = math.random(0, #requests - 1)
  kinds = #requests
end

function request()
  next_request = next_request % #requests + 1
  return requests[next_request]
end

function response(status, headers, body)
  if status ~= 200 or body:find('"errors"', 1, true) or not body:find('"data"', 1, true) then
    bad = bad + 1
    if first_bad == "" then first_bad = status .. " " .. body:sub(1, 300) end
  end
end

function done(summary, latency, requests_done)
  local bad_total, sample, kinds = 0, "", 0
  for _, thread in ipairs(threads) do
    bad_total = bad_total + thread:get("bad")
    kinds = thread:get("kinds")
    local s = thread:get("first_bad")
    if sample == "" and s ~= nil then sample = s end
  end
  local secs = summary.duration / 1e6
  local e = summary.errors
  io.write(string.format("RESULT rps=%.1f p50_ms=%.2f p99_ms=%.2f max_ms=%.2f requests=%d non2xx=%d socket_errors=%d bad_answers=%d kinds=%d\n",
    summary.requests / secs, latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    summary.requests, e.status, e.connect + e.read + e.write + e.timeout, bad_total, kinds))
  if sample ~= "" then io.write("FIRST_BAD " .. sample .. "\n") end
end

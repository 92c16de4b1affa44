-- One portal page (LOADTEST_PATH: « /index.xhtml », « /notes.xhtml?periode=tout ») of logged-in families: every request
-- carries the next session cookie of LOADTEST_COOKIES (written by bench/Sessions.java), each thread starting at its own
-- offset, so that all the sessions are used.
-- Counts answers other than 200 (an expired session would be a 302 to the login page and would flatter the figure).
local path = assert(os.getenv("LOADTEST_PATH"), "LOADTEST_PATH: the page to request")
local cookies = {}
for line in io.lines(os.getenv("LOADTEST_COOKIES")) do cookies[#cookies + 1] = line end

local threads = {}
local counter = 1
function setup(thread)
  thread:set("id", counter)
  counter = counter + 1
  table.insert(threads, thread)
end

function init(args)
  next_cookie = id * 37
  not_ok = 0
end

function request()
  next_cookie = next_cookie % #cookies + 1
  return wrk.format("GET", path, { ["Cookie"] = cookies[next_cookie] })
end

function response(status, headers, body)
  if status ~= 200 then not_ok = not_ok + 1 end
end

function done(summary, latency, requests)
  local bad = 0
  for _, t in ipairs(threads) do bad = bad + t:get("not_ok") end
  io.write(string.format("RESULT requests=%d seconds=%.2f rps=%.1f p50_ms=%.1f p99_ms=%.1f not_ok=%d errors=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, bad,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout))
end

-- Logins through the real portal form, as a browser does: GET /login.xhtml (new session, Faces view state), then POST
-- the form with that state and a generated guardian's identifier and password; a 302 to /index.xhtml is a login.
-- One connection per thread (wrk -t N -c N): the thread's state machine then follows its only connection.
local usernames = {}
for line in io.lines(os.getenv("LOADTEST_USERNAMES")) do usernames[#usernames + 1] = line end
local password = os.getenv("LOADTEST_PASSWORD")

local threads = {}
local counter = 1
function setup(thread)
  thread:set("id", counter)
  counter = counter + 1
  table.insert(threads, thread)
end

local function urlencode(s)
  return (s:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

function init(args)
  step = "get"
  cookie = nil
  view_state = nil
  next_user = id * 101
  logins = 0
  failures = 0
end

function request()
  if step == "post" then
    next_user = next_user % #usernames + 1
    local body = "login=login&login%3Ausername=" .. urlencode(usernames[next_user]) ..
      "&login%3Apassword=" .. urlencode(password) .. "&login%3Asubmit=&jakarta.faces.ViewState=" .. urlencode(view_state)
    return wrk.format("POST", "/login.xhtml", {
      ["Cookie"] = cookie, ["Content-Type"] = "application/x-www-form-urlencoded" }, body)
  end
  return wrk.format("GET", "/login.xhtml", {})
end

function response(status, headers, body)
  if step == "get" then
    local set = headers["Set-Cookie"] or headers["set-cookie"]
    local state = body and body:match('name="jakarta.faces.ViewState"[^>]*value="([^"]+)"')
    if status == 200 and set and state then
      cookie = set:match("^([^;]+)")
      view_state = state:gsub("&#58;", ":")
      step = "post"
    else
      failures = failures + 1
    end
  else
    local location = headers["Location"] or headers["location"] or ""
    if status == 302 and location:find("index.xhtml", 1, true) then
      logins = logins + 1
    else
      failures = failures + 1
    end
    step = "get"
  end
end

function done(summary, latency, requests)
  local ok, bad = 0, 0
  for _, t in ipairs(threads) do
    ok = ok + t:get("logins")
    bad = bad + t:get("failures")
  end
  io.write(string.format("RESULT logins=%d seconds=%.2f logins_per_s=%.2f failures=%d\n",
    ok, summary.duration / 1e6, ok / (summary.duration / 1e6), bad))
end

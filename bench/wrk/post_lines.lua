-- wrk script: POSTs the lines of the file named by CAIRN_BENCH_LINES in turn (one credential per
-- line) and counts the answers that are not 200 with "verified":true; done() sums the count over
-- wrk's threads (each runs its own Lua state) and prints it.
local threads = {}

function setup(thread)
  threads[#threads + 1] = thread
end

function init(args)
  lines = {}
  for line in io.lines(os.getenv("CAIRN_BENCH_LINES")) do lines[#lines + 1] = line end
  next_line = 0
  unverified = 0
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
end

function request()
  next_line = next_line % #lines + 1
  return wrk.format(nil, nil, nil, lines[next_line])
end

function response(status, headers, body)
  if status ~= 200 or not string.find(body, '"verified":true', 1, true) then
    unverified = unverified + 1
  end
end

function done(summary, latency, requests)
  local total = 0
  for _, thread in ipairs(threads) do total = total + thread:get("unverified") end
  io.write(string.format("answers not 200 with \"verified\":true: %d\n", total))
end

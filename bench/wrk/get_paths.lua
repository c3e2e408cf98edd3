-- wrk script: GETs the paths listed one per line in the file named by CAIRN_BENCH_PATHS in turn,
-- and counts the answers that are not 200; done() sums the count over wrk's threads and prints it.
-- Optional: CAIRN_BENCH_ACCEPT sets the Accept header (text/html asks for pages), and
-- CAIRN_BENCH_DELAY_MS paces each connection (a request, its answer, then this pause), so that
-- CONNECTIONS / (DELAY + latency) sets the rate; latency is measured without the pause.
local threads = {}

function setup(thread)
  threads[#threads + 1] = thread
end

function init(args)
  paths = {}
  for line in io.lines(os.getenv("CAIRN_BENCH_PATHS")) do paths[#paths + 1] = line end
  next_path = 0
  failed = 0
  headers = {}
  local accept = os.getenv("CAIRN_BENCH_ACCEPT")
  if accept then headers["Accept"] = accept end
  pause = tonumber(os.getenv("CAIRN_BENCH_DELAY_MS") or "")
end

function request()
  next_path = next_path % #paths + 1
  return wrk.format("GET", paths[next_path], headers)
end

function delay()
  return pause or 0
end

function response(status, headers, body)
  if status ~= 200 then failed = failed + 1 end
end

function done(summary, latency, requests)
  local total = 0
  for _, thread in ipairs(threads) do total = total + thread:get("failed") end
  io.write(string.format("answers other than 200: %d\n", total))
end

-- wrk's summary as one JSON line (latencies in microseconds), read by scripts/bench-http.ts.
-- Each answer's status is counted, so a run's non-2xx answers say what they were
-- (wrk's own summary counts them only as "non-2xx"). Every wrk thread has its
-- own Lua state: the threads are kept at setup and their counts summed at the end.
--
-- WRK_MIX=<file> makes the requests a mix: each line of the file is a path and,
-- after a tab, the Cookie header to send with it; each thread goes round the
-- list from its own starting point.
local threads = {}
local mix = nil
if os.getenv('WRK_MIX') then
  mix = {}
  for line in io.lines(os.getenv('WRK_MIX')) do
    local path, cookie = line:match('^([^\t]+)\t?(.*)$')
    if path then table.insert(mix, { path = path, cookie = cookie }) end
  end
end

function setup(thread)
  table.insert(threads, thread)
  thread:set('id', #threads)
end

function init(args)
  statuses = {}
  if mix then
    local requests = {}
    for _, m in ipairs(mix) do
      table.insert(requests, wrk.format('GET', m.path, m.cookie ~= '' and { Cookie = m.cookie } or {}))
    end
    local i = (id or 1) * 7
    request = function()
      i = i + 1
      return requests[(i % #requests) + 1]
    end
  end
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

done = function(summary, latency, requests)
  local e = summary.errors
  local total = {}
  for _, thread in ipairs(threads) do
    for status, n in pairs(thread:get('statuses') or {}) do
      total[status] = (total[status] or 0) + n
    end
  end
  local parts = {}
  for status, n in pairs(total) do
    table.insert(parts, string.format('"%d":%d', status, n))
  end
  table.sort(parts)
  io.write(string.format(
    '\nWRK_JSON {"requests":%d,"duration_us":%d,"bytes":%d,"errors":%d,"connect":%d,"read":%d,"write":%d,"timeout":%d,"non2xx":%d,"statuses":{%s},"p50":%d,"p95":%d,"p99":%d}\n',
    summary.requests, summary.duration, summary.bytes, e.connect + e.read + e.write + e.timeout, e.connect, e.read, e.write, e.timeout, e.status,
    table.concat(parts, ','), latency:percentile(50), latency:percentile(95), latency:percentile(99)))
end

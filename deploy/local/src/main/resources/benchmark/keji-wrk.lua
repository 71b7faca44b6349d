-- Requests for wrk, written by Keji's benchmark (org.keji.launcher.Wrk), configured through the environment:
--   KEJI_WRK_FILE    one request a line: path <TAB> Idempotency-Key (may be empty) <TAB> JSON body (may be empty)
--   KEJI_WRK_MODE    random: any line, at random (reads); unique: every line at most once in the run (creates)
--   KEJI_WRK_METHOD  GET, POST, ...
--   KEJI_WRK_TOKEN   the bearer token of every request
--   KEJI_WRK_THREADS the -t value: thread n of t sends lines n, n + t, n + 2t, ... in unique mode
--   KEJI_WRK_DELAY_MS optional: each connection waits this long (a fraction is honoured on average) after an answer
--                    before its next request, which paces the load at a chosen rate below the peak
-- A response hook counts every answer that is not 2xx by status; done() prints one KEJI-WRK line that the
-- benchmark parses (latencies in microseconds, over every answer).

local threads = {}
local next_id = 1

local pace = tonumber(os.getenv("KEJI_WRK_DELAY_MS") or "")
if pace and pace > 0 then
   local whole = math.floor(pace)
   local fraction = pace - whole
   function delay()
      if math.random() < fraction then
         return whole + 1
      end
      return whole
   end
end

function setup(thread)
   thread:set("id", next_id)
   next_id = next_id + 1
   table.insert(threads, thread)
end

local function split(line)
   local first = line:find("\t", 1, true)
   if not first then
      return line, "", ""
   end
   local second = line:find("\t", first + 1, true)
   if not second then
      return line:sub(1, first - 1), line:sub(first + 1), ""
   end
   return line:sub(1, first - 1), line:sub(first + 1, second - 1), line:sub(second + 1)
end

local function format(line)
   local path, key, body = split(line)
   local headers = { ["Authorization"] = "Bearer " .. token }
   if key ~= "" then
      headers["Idempotency-Key"] = key
   end
   if body ~= "" then
      headers["Content-Type"] = "application/json"
   else
      body = nil
   end
   return wrk.format(method, path, headers, body)
end

function init(args)
   method = os.getenv("KEJI_WRK_METHOD")
   mode = os.getenv("KEJI_WRK_MODE")
   token = os.getenv("KEJI_WRK_TOKEN")
   local step = tonumber(os.getenv("KEJI_WRK_THREADS"))
   non2xx = 0
   statuses = ""
   first_error = ""
   exhausted = 0
   counts = {}
   lines = {}
   local n = 0
   for line in io.lines(os.getenv("KEJI_WRK_FILE")) do
      if mode == "random" then
         table.insert(lines, format(line))
      elseif n % step == id - 1 then
         table.insert(lines, line)
      end
      n = n + 1
   end
   sent = 0
   math.randomseed(os.time() * 31 + id)
end

function request()
   if mode == "random" then
      return lines[math.random(#lines)]
   end
   sent = sent + 1
   if sent > #lines then
      -- out of unique lines: repeat the last (an idempotent replay) and say so, the benchmark refuses the round
      exhausted = exhausted + 1
      return format(lines[#lines])
   end
   return format(lines[sent])
end

function response(status, headers, body)
   if status < 200 or status > 299 then
      non2xx = non2xx + 1
      counts[status] = (counts[status] or 0) + 1
      local parts = {}
      for s, c in pairs(counts) do
         table.insert(parts, s .. ":" .. c)
      end
      statuses = table.concat(parts, ",")
      if first_error == "" then
         first_error = status .. " " .. string.gsub(string.sub(body or "", 1, 300), "[\r\n]", " ")
      end
   end
end

function done(summary, latency, requests)
   local non2xx, exhausted, statuses, first_error = 0, 0, {}, ""
   for _, thread in ipairs(threads) do
      non2xx = non2xx + thread:get("non2xx")
      exhausted = exhausted + thread:get("exhausted")
      local s = thread:get("statuses")
      if s ~= "" then
         table.insert(statuses, s)
      end
      if first_error == "" then
         first_error = thread:get("first_error")
      end
   end
   local errors = summary.errors
   io.write(string.format("KEJI-WRK requests=%d duration_us=%d non2xx=%d exhausted=%d p50_us=%d p90_us=%d "
      .. "p99_us=%d max_us=%d connect=%d read=%d write=%d timeout=%d statuses=%s\n", summary.requests,
      summary.duration, non2xx, exhausted, latency:percentile(50), latency:percentile(90), latency:percentile(99),
      latency.max, errors.connect, errors.read, errors.write, errors.timeout, table.concat(statuses, ",")))
   if first_error ~= "" then
      io.write("KEJI-WRK-FIRST-ERROR " .. first_error .. "\n")
   end
end

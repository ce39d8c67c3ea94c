-- Rotates through the paths in $MIXED_PATHS (one per line), one per request, across all connections.
local paths = {}
for line in io.lines(os.getenv("MIXED_PATHS")) do paths[#paths + 1] = line end
local i = 0
request = function()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end
-- the reporter of the other shapes
dofile(os.getenv("BENCH_ROOT") .. "/bench/search/report.lua")
